import {copyFile, readdir, readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readPdf} from '../render/read-pdf.ts'
import {project, run, type Run} from './cli-helpers.ts'

const documents = fileURLToPath(new URL('../documents/', import.meta.url))

/** Different statements, one per format, and the two PDFs that are refused. */
const copied = [
  'en-two-page-statement.pdf',
  'es-cooperation-statement.docx',
  'en-web-page-statement.html',
  'email-html-body.eml',
  'en-three-page-indented-statement.txt',
  'scanned-statement.pdf',
  'en-password-protected.pdf',
]
const markdown = '# Statement by the Republic of Fiji\n\nConvention on the Prohibition of Anti-Personnel Mines, 22nd Meeting of the States Parties\n\nMr. President,\n\nFiji thanks the Committee for its patient work on universalisation.\n'

/** A sentence of each statement's body, as its pack prints it. */
const bodies: Record<string, string> = {
  'sources/en-two-page-statement.pdf': 'Kiribati thanks you for the careful preparation',
  'sources/es-cooperation-statement.docx': 'El Ecuador agradece a la Presidencia',
  'sources/en-web-page-statement.html': 'Tonga joins others in thanking you',
  'sources/email-html-body.eml': 'Norland thanks the coordinators',
  'sources/en-three-page-indented-statement.txt': 'Norway congratulates you on your election',
  'sources/fiji.md': 'Fiji thanks the Committee',
}

interface Report {
  sources: {source: string; status: string; format?: string; diagnostics: {ruleId: string | null; line: number | null; severity: string}[]}[]
  packs: {file: string; status: string; statements: string[]}[]
}

describe('build on a folder of text, Markdown, PDF, Word, web page and e-mail sources', () => {
  let root: string
  let result: Run
  let report: Report
  const output = () => join(root, 'output')

  beforeAll(async () => {
    root = await project({'fiji.md': markdown}, {})
    for (const name of copied) await copyFile(join(documents, name), join(root, 'sources', name))
    result = await run(['build', '--report', 'report.json'], root)
    report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as Report
  }, 400_000)

  afterAll(() => rm(root, {recursive: true, force: true}))

  it('exits 1 with exactly the two refusals, positioned, and builds every other source in its format', () => {
    expect(result.code).toBe(1)
    const errors = report.sources.flatMap(({source, diagnostics}) => diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => [source, diagnostic.ruleId]))
    expect(errors).toEqual([
      ['sources/en-password-protected.pdf', 'pdf-password-protected'],
      ['sources/scanned-statement.pdf', 'pdf-no-text-layer'],
    ])
    expect(result.stderr).toMatch(/^sources\/en-password-protected\.pdf:1:1 {2}error {2}.*pdf-password-protected$/m)
    expect(result.stderr).toMatch(/^sources\/scanned-statement\.pdf:1:1 {2}error {2}.*pdf-no-text-layer$/m)
    expect(report.sources.filter(({status}) => status === 'built').map(({source, format}) => [source, format])).toEqual([
      ['sources/email-html-body.eml', 'eml'],
      ['sources/en-three-page-indented-statement.txt', 'text'],
      ['sources/en-two-page-statement.pdf', 'pdf'],
      ['sources/en-web-page-statement.html', 'html'],
      ['sources/es-cooperation-statement.docx', 'docx'],
      ['sources/fiji.md', 'text'],
    ])
  })

  it('gives one pack per delegation and meeting, each with its statements\' text and none of the PDF or Word page furniture', async () => {
    expect(report.packs.flatMap((pack) => pack.statements).sort()).toEqual(Object.keys(bodies).sort())
    expect(report.packs).toHaveLength(Object.keys(bodies).length)
    for (const pack of report.packs) {
      expect(pack.status).toBe('built')
      const {text} = await readPdf(await readFile(join(output(), pack.file)))
      const flat = text.replace(/\s+/g, ' ')
      for (const source of pack.statements) expect(flat, pack.file).toContain(bodies[source])
      expect(flat).not.toMatch(/Kiribati – Victim assistance – 22MSP|Page \d of 2|Ecuador – Cooperación y asistencia – 22REP|Página \d de 2/)
    }
  })

  it('gives one archive listing every statement built, with its format, and the PDF and Word originals beside their pages', async () => {
    const catalogue = JSON.parse(await readFile(join(output(), 'catalogue.json'), 'utf8')) as {statements: {source: string; format?: string; paths: {page: string}}[]}
    const formats = new Map(report.sources.map(({source, format}) => [source, format]))
    expect(catalogue.statements.map(({source, format}) => [source, format]).sort()).toEqual(Object.keys(bodies).sort().map((source) => [source, formats.get(source)]))
    for (const {source, paths} of catalogue.statements) {
      const files = await readdir(join(output(), paths.page, '..'))
      const originals = files.filter((file) => file.startsWith('original.'))
      const expected = source.endsWith('.pdf') ? ['original.pdf'] : source.endsWith('.docx') ? ['original.docx'] : []
      expect(originals, source).toEqual(expected)
    }
  })
})
