import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readSource} from '../../../src/ingest/read-source.ts'
import {normalise, type NormaliseResult} from '../../../src/normalise/index.ts'
import {claimHugeSizes, makeDocx} from './make-docx.ts'

const documents = fileURLToPath(new URL('../../documents/', import.meta.url))

/** The normalised body, without its front matter. */
const body = (result: NormaliseResult) => result.markdown.replace(/^---\n[\s\S]*?\n---\n/, '')

describe('a Word document laid out by a word processor', () => {
  let docx: NormaliseResult
  let text: NormaliseResult
  beforeAll(async () => {
    docx = normalise(await readSource(`${documents}en-two-page-statement.docx`))
    text = normalise(await readSource(`${documents}en-two-page-statement.txt`))
  })

  it('gives the same metadata and the same paragraphs, list and footnote as its text twin', () => {
    expect(docx.format).toBe('docx')
    expect(docx.meta).toEqual(text.meta)
    expect(docx.meta.agendaItem?.number).toBe('9 (b)')
    expect(body(docx)).toBe(body(text))
    expect(body(docx)).toContain('takes two days[^1]. Integration')
    expect(body(docx)).toContain('\n- rehabilitation services within a day’s travel')
  })

  it('leaves the page header and the page-number footer out, and says so', () => {
    expect(docx.markdown).not.toContain('Kiribati – Victim assistance – 22MSP')
    expect(docx.markdown).not.toMatch(/Page \d of \d/)
    const removed = docx.messages.filter((message) => message.ruleId === 'drop-running-header' || message.ruleId === 'drop-page-number')
    expect(removed.map((message) => message.reason)).toEqual([
      'Unexpected page number `Page 2 of 2`, expected statement text',
      'Unexpected running header `Kiribati – Victim assistance – 22MSP`, expected statement text',
    ])
  })
})

describe('readSource on Word documents', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sp-docx-'))
  })
  afterAll(async () => {
    await rm(folder, {recursive: true, force: true})
  })
  const write = async (name: string, bytes: Uint8Array) => {
    await writeFile(join(folder, name), bytes)
    return join(folder, name)
  }

  it('names the Word paragraph a diagnostic is about', async () => {
    const path = await write('ligature.docx', makeDocx(['Mr. President,', 'The Convention is working.', 'We thank the Committee for its ﬁnal report.']))
    const result = normalise(await readSource(path))
    const ligature = result.messages.find((message) => message.ruleId === 'replace-ligature')
    expect(ligature?.reason).toMatch(/^Unexpected ligature `ﬁ` .* \(paragraph 3\)$/)
    expect(ligature?.origin).toEqual({paragraph: 3})
    expect([ligature?.line, ligature?.column]).toEqual([5, 1])
  })

  it('refuses a zip bomb from its declared sizes, before inflating anything', async () => {
    const path = await write('bomb.docx', claimHugeSizes(makeDocx(['Mr. President,'])))
    await expect(readSource(path)).rejects.toMatchObject({ruleId: 'archive-too-large', message: expect.stringMatching(/bomb\.docx: the Word document would unpack to 3072 MB, more than the 100 MB limit/)})
  })

  it('refuses a damaged Word document with its reason', async () => {
    const whole = makeDocx(['Mr. President,'])
    const path = await write('damaged.docx', whole.subarray(0, whole.length - 30))
    await expect(readSource(path)).rejects.toMatchObject({ruleId: 'docx-unreadable'})
  })

  it('applies --max-size to the document as it is on disk', async () => {
    const path = await write('large.docx', await readFile(`${documents}en-two-page-statement.docx`))
    await expect(readSource(path, {maxSize: 1024})).rejects.toMatchObject({ruleId: 'file-too-large'})
  })
})
