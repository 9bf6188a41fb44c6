import {copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {strToU8, zipSync} from 'fflate'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {makeDocx} from '../ingest/docx/make-docx.ts'
import {project, run, statementPacks} from './cli-helpers.ts'

const documents = fileURLToPath(new URL('../documents/', import.meta.url))

interface JsonEntry {
  source: string
  format: string | null
  meta: Record<string, unknown> | null
  markdown: string | null
  messages: {ruleId: string | null; reason: string; line: number | null; paragraph?: number; fatal: boolean}[]
}

const ole = Buffer.from('d0cf11e0a1b11ae1', 'hex')

let folder: string
let sources: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-formats-'))
  sources = join(folder, 'sources')
  await mkdir(sources)
  await copyFile(join(documents, 'en-two-page-statement.txt'), join(sources, 'kiribati-text.txt'))
  await copyFile(join(documents, 'en-two-page-statement.docx'), join(sources, 'kiribati.docx'))
  await copyFile(join(documents, 'en-web-page-statement.html'), join(sources, 'tonga.html'))
  await writeFile(join(sources, 'fiji.md'), '# Statement by the Republic of Fiji\n\nGeneva, 26 November 2025\n\nMr. President,\n\nFiji thanks the **Committee** for its report.\n')
  await writeFile(join(sources, 'samoa.docx'), makeDocx(['Statement by Samoa', 'Mr. President,', 'Samoa welcomes the ﬁnal report of the Committee.']))
  await writeFile(join(sources, 'old.doc'), Buffer.concat([ole, Buffer.alloc(512), Buffer.from('WordDocument', 'utf16le')]))
  await writeFile(join(sources, 'letter.rtf'), '{\\rtf1\\ansi Mr. President,\\par}')
  await writeFile(join(sources, 'draft.odt'), zipSync({mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>')}))
  await writeFile(join(sources, 'message.msg'), Buffer.concat([ole, Buffer.alloc(512), Buffer.from('__substg1.0_1000001F', 'utf16le')]))
})
afterAll(async () => {
  await rm(folder, {recursive: true, force: true})
})

describe('statement-packs normalise on a folder of mixed formats', () => {
  it('reads text, Markdown, Word and web pages, one statement each, and refuses the formats it does not read with what to save them as', async () => {
    const out = join(folder, 'out')
    const run = await statementPacks('normalise', sources, '--json', '-o', out)
    expect(run.code).toBe(1)
    const entries = new Map((JSON.parse(run.stdout) as JsonEntry[]).map((entry) => [entry.source.replace(/^.*\//, ''), entry]))
    expect([...entries.keys()].sort()).toEqual(['draft.odt', 'fiji.md', 'kiribati-text.txt', 'kiribati.docx', 'letter.rtf', 'message.msg', 'old.doc', 'samoa.docx', 'tonga.html'])

    expect(Object.fromEntries([...entries].map(([name, entry]) => [name, entry.format]))).toEqual({
      'draft.odt': null,
      'fiji.md': 'text',
      'kiribati.docx': 'docx',
      'kiribati-text.txt': 'text',
      'letter.rtf': null,
      'message.msg': null,
      'old.doc': null,
      'samoa.docx': 'docx',
      'tonga.html': 'html',
    })
    expect(entries.get('kiribati.docx')?.meta).toEqual(entries.get('kiribati-text.txt')?.meta)
    expect(entries.get('kiribati.docx')?.meta).toMatchObject({organisations: ['Kiribati'], meetingKey: 'apmbc-22msp', agendaItem: {number: '9 (b)'}})
    expect(entries.get('tonga.html')?.meta).toMatchObject({title: 'Statement by the Kingdom of Tonga', organisations: ['Tonga'], dates: {start: '2025-11-25'}, language: 'en'})
    expect(entries.get('fiji.md')?.meta).toMatchObject({title: 'Statement by the Republic of Fiji', organisations: ['Fiji']})
    expect(entries.get('samoa.docx')?.messages).toContainEqual(expect.objectContaining({ruleId: 'replace-ligature', paragraph: 3, reason: expect.stringMatching(/\(paragraph 3\)$/)}))

    for (const [name, advice] of [
      ['old.doc', 'this is a Word 97 document (.doc), which is not read; open it in a word processor and save it as .docx (or as plain text)'],
      ['letter.rtf', 'this is an RTF document, which is not read; open it in a word processor and save it as .docx (or as plain text)'],
      ['draft.odt', 'this is an OpenDocument file (.odt), which is not read; open it in a word processor and save it as .docx (or as plain text)'],
      ['message.msg', 'this is an Outlook message (.msg), which is not read; open it in Outlook and save it as .eml'],
    ] as const) {
      expect(entries.get(name)?.messages).toEqual([expect.objectContaining({ruleId: 'unsupported-format', reason: advice, fatal: true})])
      expect(run.stderr).toContain(`${join(sources, name)}:1:1  error  ${advice}  unsupported-format`)
    }
    // kiribati.docx is the statement of kiribati-text.txt (first by path): warned, not written.
    expect(entries.get('kiribati.docx')?.messages).toContainEqual(expect.objectContaining({ruleId: 'duplicate-statement'}))
    expect((await readdir(out)).sort()).toEqual(['fiji.md', 'kiribati-text.md', 'samoa.md', 'tonga.md'])
  })
})

describe('statement-packs build on a folder of mixed formats', () => {
  it('collects Word documents and web pages from the default sources folder, names the format of each in the report, and keys its cache on their bytes', async () => {
    const files = {
      'kiribati.docx': await readFile(join(documents, 'en-two-page-statement.docx')),
      'tonga.html': await readFile(join(documents, 'en-web-page-statement.html')),
      'fiji.md': '# Statement by the Republic of Fiji\n\nMr. President,\n\nFiji thanks the Committee.\n',
      'old.doc': Buffer.concat([ole, Buffer.alloc(512), Buffer.from('WordDocument', 'utf16le')]),
    }
    const projectRoot = await project(files)
    try {
      const first = await run(['build', '--report', 'report.json'], projectRoot)
      expect(first.code).toBe(1)
      const report = JSON.parse(await readFile(join(projectRoot, 'report.json'), 'utf8')) as {sources: {source: string; status: string; format?: string; diagnostics: {ruleId: string}[]}[]}
      expect(report.sources.map(({source, status, format}) => [source, status, format])).toEqual([
        ['sources/fiji.md', 'built', 'text'],
        ['sources/kiribati.docx', 'built', 'docx'],
        ['sources/old.doc', 'failed', undefined],
        ['sources/tonga.html', 'built', 'html'],
      ])
      expect(report.sources[2]?.diagnostics).toEqual([expect.objectContaining({ruleId: 'unsupported-format'})])

      const second = await run(['build', '--report', 'report.json'], projectRoot)
      const again = JSON.parse(await readFile(join(projectRoot, 'report.json'), 'utf8')) as typeof report
      expect(second.code).toBe(1)
      expect(again.sources.map(({status, format}) => [status, format])).toEqual([
        ['up-to-date', 'text'],
        ['up-to-date', 'docx'],
        ['failed', undefined],
        ['up-to-date', 'html'],
      ])
    } finally {
      await rm(projectRoot, {recursive: true, force: true})
    }
  })
})
