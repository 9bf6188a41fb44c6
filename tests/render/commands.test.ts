import {execFile} from 'node:child_process'
import {mkdtemp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {pack} from '../../src/commands/pack.ts'
import {render} from '../../src/commands/render.ts'
import {UsageError} from '../../src/errors.ts'
import {readPdf} from './read-pdf.ts'

const run = promisify(execFile)
const cli = join(import.meta.dirname, '../../bin/statement-packs.js')

function source(title: string, item: string, body: string): string {
  return `---\ntitle: ${title}\norganisations: [Ghana]\nmeeting: 13th Meeting of States Parties\nagendaItem: "${item}"\nlanguage: en\n---\n\n${body}\n`
}

let cwd: string
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'commands-'))
  await mkdir(join(cwd, 'sources'))
  await writeFile(join(cwd, 'sources', 'b.md'), source('Second statement', '9', 'Mr President, we thank you.'))
  await writeFile(join(cwd, 'sources', 'a.md'), source('First statement', '10', 'Madam Chair, “thank you”.'))
  await writeFile(join(cwd, 'empty.txt'), '')
  await mkdir(join(cwd, 'theme', 'partials'), {recursive: true})
  await writeFile(join(cwd, 'theme', 'partials', 'statement-header.hbs'), '<header><h1>Custom theme: {{title}}</h1></header>')
})

describe('render command', () => {
  it('renders every file of a folder, with --templates, and reports an unreadable source without stopping', async () => {
    const result = await render(['sources', 'empty.txt'], {output: 'out', templates: 'theme', formats: ['pdf']}, cwd)
    expect(result.sources.map(({source, failed}) => [source, failed])).toEqual([
      ['sources/a.md', false],
      ['sources/b.md', false],
      ['empty.txt', true],
    ])
    expect(result.sources[2]!.messages[0]).toMatchObject({severity: 'error', fatal: true})
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual(['a.pdf', 'b.pdf'])
    const pdf = await readPdf(await readFile(join(cwd, 'out', 'a.pdf')))
    expect(pdf.text).toContain('Custom theme: First statement')
    expect(pdf.text).toContain('Madam Chair, “thank you”.')
  })
})

describe('pack command', () => {
  it('orders by agenda item, or as given', async () => {
    const byAgenda = await pack(['sources'], {output: 'packs/agenda.pdf'}, cwd)
    expect(byAgenda.pack!.entries.map((entry) => entry.title)).toEqual(['Second statement', 'First statement'])
    const asGiven = await pack(['sources/a.md', 'sources/b.md'], {output: 'packs/given.pdf', order: 'as-given', title: 'Ghana'}, cwd)
    expect(asGiven.pack!.entries.map((entry) => entry.title)).toEqual(['First statement', 'Second statement'])
    const pdf = await readPdf(await readFile(join(cwd, 'packs', 'given.pdf')))
    expect(pdf.info.Title).toBe('Ghana')
  })

  it('prints the pack without the statements that cannot be read, and reports them', async () => {
    const result = await pack(['sources', 'empty.txt', 'missing.md'], {output: 'partial.pdf'}, cwd)
    expect(result.pack!.entries.map((entry) => entry.title)).toEqual(['Second statement', 'First statement'])
    expect(result.sources.filter((entry) => entry.failed).map((entry) => [entry.source, entry.messages[0]?.ruleId])).toEqual([
      ['empty.txt', 'empty-file'],
      ['missing.md', 'missing-file'],
    ])
    const nothing = await pack(['empty.txt'], {output: 'nothing.pdf'}, cwd)
    expect(nothing.pack).toBeNull()
    await expect(readFile(join(cwd, 'nothing.pdf'))).rejects.toThrow()
  })

  it('wants a .pdf name that is not a source', async () => {
    await expect(pack(['sources'], {output: 'pack'}, cwd)).rejects.toThrow(UsageError)
    await writeFile(join(cwd, 'source.pdf'), 'Madam Chair, thank you.')
    await expect(pack(['source.pdf'], {output: 'source.pdf'}, cwd)).rejects.toThrow(/is also a source/)
  })
})

describe('exit codes', () => {
  it('exits 1 for a missing or unreadable source, 2 for a pattern that matches nothing', async () => {
    const missing = await run(process.execPath, [cli, 'render', 'nope.md', 'sources/a.md', '-o', 'out2', '--format', 'html'], {cwd}).catch((error: {code: number; stderr: string}) => error)
    expect(missing).toMatchObject({code: 1})
    expect((missing as {stderr: string}).stderr).toMatch(/^nope\.md:1:1  error  no such file  missing-file$/m)
    expect(await readdir(join(cwd, 'out2'))).toEqual(['a.html'])
    const nothing = await run(process.execPath, [cli, 'render', 'nope/*.md', '-o', 'out3'], {cwd}).catch((error: {code: number; stderr: string}) => error)
    expect(nothing).toMatchObject({code: 2})
    expect((nothing as {stderr: string}).stderr).toContain('No source files match nope/*.md')
    const unreadable = await run(process.execPath, [cli, 'render', 'empty.txt', '-o', 'out2', '--format', 'html'], {cwd}).catch((error: {code: number; stderr: string}) => error)
    expect(unreadable).toMatchObject({code: 1})
    expect((unreadable as {stderr: string}).stderr).toMatch(/^empty\.txt.*error/m)
  })
})
