import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {project, run} from './cli-helpers.ts'

const documents = fileURLToPath(new URL('../documents/', import.meta.url))

/** The statement as text, attached to an e-mail as it arrived in a mailbox. */
function emailWith(name: string, bytes: Buffer): string {
  return [
    'From: desk@mission.example',
    'To: statements@secretariat.example',
    'Subject: Statement for publication',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="part"',
    '',
    '--part',
    'Content-Type: text/plain',
    '',
    'Please publish the attached statement.',
    '--part',
    `Content-Type: text/plain; charset=utf-8; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    bytes.toString('base64'),
    '--part--',
    '',
  ].join('\r\n')
}

interface Report {
  sources: {source: string; status: string; duplicateOf?: string; outputs: string[]; diagnostics: {ruleId: string | null; reason: string; severity: string}[]}[]
}

let root: string
beforeAll(async () => {
  const text = await readFile(join(documents, 'en-two-page-statement.txt'))
  // `b-mailbox.eml` sorts after `a-statement.txt`; the command line names it first.
  root = await project({'a-statement.txt': text, 'b-mailbox.eml': emailWith('Statement.txt', text), 'c-other.txt': 'Mr. President,\n\nNorland supports the draft decision on transparency.\n'}, {outputs: {readingCopies: [], delegationPacks: false, archive: true}})
})

describe('the same statement in two sources', () => {
  it('is built once, from the first source by path; the other gets a duplicate-statement warning naming it', async () => {
    const result = await run(['build', 'sources/b-mailbox.eml', 'sources', '--report', 'report.json'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^sources\/b-mailbox\.eml#Statement\.txt:1:1 {2}warning {2}Unexpected second copy of the statement read from sources\/a-statement\.txt .*duplicate-statement$/m)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as Report
    const duplicate = report.sources.find((source) => source.source === 'sources/b-mailbox.eml#Statement.txt')!
    expect(duplicate.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'duplicate-statement')).toHaveLength(1)
    // Never "up to date": it was set aside as a copy, and the summary counts it apart.
    expect(duplicate).toMatchObject({status: 'duplicate', duplicateOf: 'sources/a-statement.txt', outputs: []})
    expect(result.stderr).toMatch(/^3 sources: 2 built, 0 up to date, 1 duplicate · /m)
    expect(result.stderr).toMatch(/^\[statements \d\/3\] duplicate sources\/b-mailbox\.eml#Statement\.txt$/m)
    const others = report.sources.filter((source) => source !== duplicate)
    expect(others.flatMap((source) => source.diagnostics).filter((diagnostic) => diagnostic.ruleId === 'duplicate-statement')).toEqual([])
    const catalogue = JSON.parse(await readFile(join(root, 'output', 'catalogue.json'), 'utf8')) as {statements: {source: string}[]}
    expect(catalogue.statements.map((statement) => statement.source).sort()).toEqual(['sources/a-statement.txt', 'sources/c-other.txt'])
    // Built again with nothing changed: still once, still warned, and --strict fails on the warning.
    const again = await run(['build', 'sources'], root)
    expect(again.stderr).toContain('duplicate-statement')
    expect(again.stderr).toMatch(/^3 sources: 0 built, 2 up to date, 1 duplicate · /m)
    expect((await run(['build', 'sources', '--strict'], root)).code).toBe(1)
  })

  it('gets one reading copy from render, and the duplicate the same warning', async () => {
    const result = await run(['render', 'sources/b-mailbox.eml', 'sources/a-statement.txt', '--format', 'html', '-o', 'copies'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^sources\/b-mailbox\.eml#Statement\.txt:1:1 {2}warning .*read from sources\/a-statement\.txt.*duplicate-statement$/m)
    expect(await readdir(join(root, 'copies'))).toEqual(['a-statement.html'])
  })

  it('is found between a Word document and its text', async () => {
    const result = await run(['normalise', join(documents, 'en-two-page-statement.txt'), join(documents, 'en-two-page-statement.docx')], root)
    expect(result.code).toBe(0)
    const warnings = result.stderr.split('\n').filter((line) => line.includes('duplicate-statement'))
    expect(warnings).toEqual([expect.stringMatching(/^\S+en-two-page-statement\.txt:1:1 {2}warning .*read from \S+en-two-page-statement\.docx /)])
  })

  it('takes no output name: the statement built keeps its plain name, with no collision warning, in build, render and normalise', async () => {
    const named = await project(
      {'a.docx': await readFile(join(documents, 'en-two-page-statement.docx')), 'a.txt': await readFile(join(documents, 'en-two-page-statement.txt'))},
      {outputs: {readingCopies: ['html'], delegationPacks: false, archive: false}},
    )
    const built = await run(['build', '--report', 'report.json'], named)
    expect(built.code).toBe(0)
    expect(built.stderr).not.toContain('output-name-collision')
    const report = JSON.parse(await readFile(join(named, 'report.json'), 'utf8')) as Report
    expect(report.sources.map(({source, status, outputs}) => [source, status, outputs])).toEqual([
      ['sources/a.docx', 'built', ['reading-copies/a.html']],
      ['sources/a.txt', 'duplicate', []],
    ])
    const rendered = await run(['render', 'sources', '--format', 'html', '-o', 'copies'], named)
    expect(rendered.stderr).not.toContain('output-name-collision')
    expect(await readdir(join(named, 'copies'))).toEqual(['a.html'])
    const normalised = await run(['normalise', 'sources', '-o', 'markdown'], named)
    expect(normalised.stderr).not.toContain('output-name-collision')
    expect(await readdir(join(named, 'markdown'))).toEqual(['a.md'])
  })

  it('is told apart from a statement with the same body under another agenda item', async () => {
    const text = await readFile(join(documents, 'en-two-page-statement.txt'), 'utf8')
    const moved = await project({'a.txt': text, 'b.txt': text.replace('Agenda item 9 (b)', 'Agenda item 9 (c)')})
    const result = await run(['normalise', 'sources'], moved)
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('duplicate-statement')
  })
})
