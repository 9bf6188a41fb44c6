import {mkdir, mkdtemp, readFile, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {project, run} from './cli-helpers.ts'

const bundled = fileURLToPath(new URL('../../sources/', import.meta.url))
/** A source the normaliser warns about (placeholder links), so warnings have something to show. */
const warned = 'apmbc-22msp-2025-icrc-ifrc-national-implementation.txt'

const withWarnings = async () => ({[warned]: await readFile(join(bundled, warned))})

describe('statement-packs build (command line)', () => {
  it('reports config errors by path and exits 2', async () => {
    const root = await project(await withWarnings(), {packs: [{select: {meeting: 'x'}}], paper: 'a3'})
    const result = await run(['build'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('packs[0].title: expected string')
    expect(result.stderr).toMatch(/paper: .*"a4"\|"letter"/)
  })

  it('refuses an unknown config key (exit 2) before any work, naming the key it was probably meant to be', async () => {
    const root = await project(await withWarnings(), {ouptut: 'out', packs: [{title: 'Only ICRC', select: {organization: 'ICRC'}}]})
    const result = await run(['build'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('ouptut: unknown setting; did you mean `output`?')
    expect(result.stderr).toContain('packs[0].select.organization: unknown setting; did you mean `organisation`?')
    expect(result.stderr).not.toContain('statements:')
  })

  it('exits 2 for an unknown flag and a pattern that matches nothing; a missing file fails alone (exit 1)', async () => {
    const root = await project(await withWarnings())
    expect((await run(['build', '--no-such-flag'], root)).code).toBe(2)
    const nothing = await run(['build', 'sources/*.doc'], root)
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('No source files match sources/*.doc')
    const missing = await run(['build', 'sources/missing.txt', 'sources', '--report', 'report.json'], root)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^sources\/missing\.txt:1:1  error  no such file  missing-file$/m)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    expect(report.sources.map((source: {source: string; status: string}) => [source.source, source.status])).toEqual([
      [`sources/${warned}`, 'built'],
      ['sources/missing.txt', 'failed'],
    ])
  })

  it('prints plain progress lines in CI, the diagnostics with file:line:column, a summary, and exits 0', async () => {
    const root = await project({...(await withWarnings()), 'b.txt': 'Mr President,\n\nWe support the draft decision.\n'})
    const result = await run(['build'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(new RegExp(`\\[statements 1/2\\] built sources/${warned.replace(/\./g, '\\.')}`))
    expect(result.stderr).toMatch(new RegExp(`sources/${warned.replace(/\./g, '\\.')}:\\d+:\\d+  warning  `))
    expect(result.stderr).toMatch(/^2 sources: 2 built, 0 up to date · \d+ warnings? · [\d.]+ s$/m)
    // The second run has nothing to do and says so.
    const again = await run(['build'], root)
    expect(again.stderr).toMatch(/^2 sources: 0 built, 2 up to date/m)
    expect(again.stderr).not.toContain('] built ')
  })

  it('never reads its own output back: a pattern skips the output folder, a source folder cannot hold it', async () => {
    const config = {sources: ['**/*.md'], output: 'sources/out', outputs: {readingCopies: [], delegationPacks: false, archive: false}}
    const root = await project({'a.md': 'Mr President,\n\nWe support the draft decision.\n'}, config)
    await mkdir(join(root, 'sources', 'out'), {recursive: true})
    await writeFile(join(root, 'sources', 'out', 'left-over.md'), 'Not a source.\n')
    const result = await run(['build', '--report', 'report.json'], root)
    expect(result.code).toBe(0)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    expect(report.sources.map((source: {source: string}) => source.source)).toEqual(['sources/a.md'])

    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({...config, sources: ['.']}))
    const inside = await run(['build'], root)
    expect(inside.code).toBe(2)
    expect(inside.stderr).toMatch(/^statement-packs: The output folder .*sources\/out is inside the source folder \.: /m)
    const same = await run(['build', 'sources', '-o', 'sources'], root)
    expect(same.code).toBe(2)
    expect(same.stderr).toMatch(/^statement-packs: The output folder .*sources is the source folder sources: /m)
  })

  it('reads a link to a file outside the project only with --follow-symlinks; otherwise that source fails alone', async () => {
    const root = await project({'a.md': 'Mr President,\n\nWe support the draft decision.\n'})
    const elsewhere = await mkdtemp(join(tmpdir(), 'sp-elsewhere-'))
    await writeFile(join(elsewhere, 'passwd.txt'), 'root:x:0:0:root:/root:/bin/bash\n')
    await symlink(join(elsewhere, 'passwd.txt'), join(root, 'sources', 'passwd.txt'))
    const refused = await run(['build', '--report', 'report.json'], root)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/^sources\/passwd\.txt:1:1  error  this link leads outside the project .*--follow-symlinks.*  symlink-outside-project$/m)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    expect(report.sources.map((source: {source: string; status: string}) => [source.source, source.status])).toEqual([
      ['sources/a.md', 'built'],
      ['sources/passwd.txt', 'failed'],
    ])
    const followed = await run(['build', '--follow-symlinks'], root)
    expect(followed.code).toBe(0)
  })

  it('--reporter github prints one annotation per warning and error of the report', async () => {
    const root = await project({...(await withWarnings()), 'empty.txt': ''})
    const result = await run(['build', '--reporter', 'github', '--report', 'report.json'], root)
    expect(result.code).toBe(1)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    const expected = report.sources.flatMap((source: {source: string; diagnostics: {severity: string; line: number | null; column: number | null; ruleId: string}[]}) =>
      source.diagnostics
        .filter((diagnostic) => diagnostic.severity !== 'info')
        .map((diagnostic) => `::${diagnostic.severity} file=${source.source},line=${diagnostic.line ?? 1},col=${diagnostic.column ?? 1},title=${diagnostic.ruleId}::`),
    )
    expect(expected.some((line: string) => line.startsWith('::warning'))).toBe(true)
    expect(expected).toContain('::error file=sources/empty.txt,line=1,col=1,title=empty-file::')
    const annotations = result.stdout.trim().split('\n')
    expect(annotations.map((line) => line.slice(0, line.indexOf('::', 2) + 2))).toEqual(expected)
  })

  it('--quiet prints only errors; a failing source fails the build (exit 1) but not the others', async () => {
    const root = await project({...(await withWarnings()), 'binary.txt': Buffer.from([0, 1, 2, 3, 0, 255])})
    const result = await run(['build', '--quiet', '--report', 'report.json'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^sources\/binary\.txt:1:1  error  .*binary-file$/)
    expect(lines.slice(1)).toEqual(['statement-packs: 1 failed (see the errors above)'])
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    expect(report.sources.map((source: {source: string; status: string}) => [source.source, source.status])).toEqual([
      [`sources/${warned}`, 'built'],
      ['sources/binary.txt', 'failed'],
    ])
  })

  it('--strict exits 1 on warnings; --fail-fast stops at the first failing source', async () => {
    const root = await project({'a-empty.txt': '', 'b-empty.txt': '', ...(await withWarnings())})
    const strict = await run(['build', `sources/${warned}`, '--strict', '--report', 'strict.json'], root)
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/warnings? \(--strict\)/)
    // The report says what the exit code says.
    expect(JSON.parse(await readFile(join(root, 'strict.json'), 'utf8')).status).toBe('failed')
    const failFast = await run(['build', '--fail-fast', '--report', 'report.json'], root)
    expect(failFast.code).toBe(1)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    expect(report.sources.map((source: {source: string}) => source.source)).toEqual(['sources/a-empty.txt'])
  })

  it('writes a --report that validates against schemas/report.schema.json', async () => {
    const root = await project({...(await withWarnings()), 'empty.txt': ''})
    await run(['build', '--report', 'out/report.json'], root)
    const schema = JSON.parse(await readFile(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'))
    const validate = new Ajv2020({strict: false, validateFormats: false}).compile(schema)
    const report = JSON.parse(await readFile(join(root, 'out', 'report.json'), 'utf8'))
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report).toMatchObject({schemaVersion: 1, status: 'failed', summary: {sources: 2, built: 1, failed: 1}})
  })

  it('without a browser stops once with the set-up hint (exit 1), not once per source', async () => {
    const root = await project(await withWarnings(), {outputs: {readingCopies: ['pdf'], delegationPacks: false, archive: false}})
    const result = await run(['build'], root, {PUPPETEER_EXECUTABLE_PATH: join(root, 'no-such-browser')})
    expect(result.code).toBe(1)
    expect(result.stderr.match(/npx statement-packs setup/g)).toHaveLength(1)
  })

  it('init writes a project that builds, and refuses to overwrite one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-init-'))
    const result = await run(['init', 'project'], root)
    expect(result.code).toBe(0)
    for (const file of ['statement-packs.config.json', 'sources/sample-statement.txt', '.github/workflows/statement-packs.yml', 'package.json']) {
      expect(result.stdout).toContain(`created ${file}`)
    }
    expect((await run(['init', 'project'], root)).code).toBe(2)
    // The starter config, reduced to normalising, builds the sample without a warning.
    const config = JSON.parse(await readFile(join(root, 'project', 'statement-packs.config.json'), 'utf8'))
    await writeFile(join(root, 'project', 'statement-packs.config.json'), JSON.stringify({...config, outputs: {readingCopies: [], delegationPacks: false, archive: false}, packs: []}))
    const build = await run(['build', '--strict'], join(root, 'project'))
    expect(build.stderr).toMatch(/1 source: 1 built/)
    expect(build.code).toBe(0)
  })

  it('templates eject copies the default templates out, and not over existing files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-eject-'))
    const result = await run(['templates', 'eject', 'my-templates'], root)
    expect(result.code).toBe(0)
    const defaults = fileURLToPath(new URL('../../templates/', import.meta.url))
    expect(await readFile(join(root, 'my-templates', 'layouts', 'statement.hbs'), 'utf8')).toBe(await readFile(join(defaults, 'layouts', 'statement.hbs'), 'utf8'))
    expect((await run(['templates', 'eject', 'my-templates'], root)).code).toBe(2)
    expect((await run(['templates', 'eject', 'my-templates', '--force'], root)).code).toBe(0)
  })
})

