import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {statementPacks} from './cli-helpers.ts'

const documents = 'tests/documents/'

interface JsonEntry {
  source: string
  format: string | null
  meta: Record<string, unknown> | null
  markdown: string | null
  messages: {ruleId: string | null; reason: string; line: number | null; column: number | null; page?: number; fatal: boolean}[]
}

let out: string
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cli-normalise-pdf-'))
})
afterAll(async () => {
  await rm(out, {recursive: true, force: true})
})

/** The Markdown after the front matter. */
const body = (markdown: string | null) => markdown?.replace(/^---\n[\s\S]*?\n---\n/, '')

describe('statement-packs normalise on PDFs', () => {
  it('gives a PDF the same metadata and paragraphs as its text twin, reporting the furniture it removed with pages', async () => {
    const run = await statementPacks('normalise', `${documents}en-two-page-statement.pdf`, `${documents}en-two-page-statement.txt`, '--json')
    expect(run.code).toBe(0)
    const [pdf, text] = JSON.parse(run.stdout) as JsonEntry[]
    expect(pdf?.format).toBe('pdf')
    expect(pdf?.meta).toEqual(text?.meta)
    expect(pdf?.meta).toMatchObject({organisations: ['Kiribati'], meetingKey: 'apmbc-22msp', dates: {start: '2025-11-24'}, agendaItem: {number: '9 (b)'}})
    expect(body(pdf!.markdown)).toBe(body(text!.markdown))
    expect(pdf?.messages.filter((message) => message.ruleId === 'drop-page-number').map(({page}) => page)).toEqual([1, 2])
    expect(pdf?.messages.filter((message) => message.ruleId === 'drop-running-header')).toHaveLength(2)
    // Placed at the first line kept from their page: line 1 on page 1, a later line on page 2.
    const lines = pdf!.messages.filter((message) => message.ruleId === 'drop-page-number').map(({line, column}) => [line, column])
    expect(lines[0]).toEqual([1, 1])
    expect(lines[1]![0]).toBeGreaterThan(5)
    expect(lines[1]![1]).toBe(1)
  })

  it('reads the header of Spanish, Russian, Arabic and Chinese PDFs into their metadata', async () => {
    const names = ['es-cooperation-statement.pdf', 'ru-universalisation-statement.pdf', 'ar-victim-assistance-statement.pdf', 'zh-cooperation-statement.pdf']
    const run = await statementPacks('normalise', ...names.map((name) => `${documents}${name}`), '--json')
    expect(run.code).toBe(0)
    const metas = (JSON.parse(run.stdout) as JsonEntry[]).map(({meta}) => meta)
    expect(metas).toEqual([
      expect.objectContaining({organisations: ['Ecuador'], meetingKey: 'apmbc-22msp', dates: {start: '2025-11-25', end: '2025-11-25'}, language: 'es'}),
      expect.objectContaining({organisations: ['Kyrgyzstan'], meetingKey: 'apmbc-22msp', dates: {start: '2025-11-26', end: '2025-11-26'}, language: 'ru'}),
      expect.objectContaining({organisations: ['Jordan'], meetingKey: 'apmbc-22msp', dates: {start: '2025-11-27', end: '2025-11-27'}, language: 'ar'}),
      expect.objectContaining({organisations: ['China'], meetingKey: 'apmbc-22msp', dates: {start: '2025-11-27', end: '2025-11-27'}, language: 'zh'}),
    ])
  })

  it('exits 1 for a scanned and a password-protected PDF, with their rule IDs, and still writes the good PDF beside them', async () => {
    const inputs = ['scanned-statement.pdf', 'en-password-protected.pdf', 'en-permissions-only.pdf'].map((name) => `${documents}${name}`)
    const run = await statementPacks('normalise', ...inputs, '-o', out)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${documents}scanned-statement.pdf:1:1  error  no text layer: this PDF is a scanned image; run OCR first  pdf-no-text-layer`)
    expect(run.stderr).toMatch(new RegExp(`^${documents}en-password-protected\\.pdf:1:1  error  password-protected.*  pdf-password-protected$`, 'm'))
    expect(await readdir(out)).toEqual(['en-permissions-only.md'])
    expect(await readFile(join(out, 'en-permissions-only.md'), 'utf8')).toContain('I thank you, Mr. President.')
  })
})
