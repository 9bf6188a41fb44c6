import {execFile} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
let work: string
let project: string
let tarball: string
let packed: string[]

/**
 * The package as a user gets it: `npm pack`, then `init` a project whose dependency is the
 * tarball, `npm install` it (nothing downloads a browser), and use it from there.
 */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sp-package-'))
  // dist/ is current: the tests' global setup compiled it.
  const {stdout} = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {cwd: root})
  const [summary] = JSON.parse(stdout) as Array<{filename: string; files: Array<{path: string}>}>
  tarball = join(work, summary!.filename)
  packed = summary!.files.map((file) => file.path).sort()
  project = join(work, 'project')
  await run(process.execPath, [join(root, 'bin', 'statement-packs.js'), 'init', project])
  const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as {devDependencies: Record<string, string>}
  expect(manifest.devDependencies['statement-packs']).toMatch(/^\^\d+\.\d+\.\d+$/)
  manifest.devDependencies['statement-packs'] = `file:${tarball}`
  await writeFile(join(project, 'package.json'), JSON.stringify(manifest))
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund'], {cwd: project, env: {...process.env, PUPPETEER_SKIP_DOWNLOAD: undefined}})
}, 300_000)
afterAll(() => rm(work, {recursive: true, force: true}))

describe('the package from its tarball', () => {
  it('holds the compiled code, templates, fonts, pdf.js data, schemas, examples, README and licence, and nothing else', () => {
    const tops = new Set(packed.map((path) => path.split('/')[0]))
    expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'examples', 'fonts', 'package.json', 'schemas', 'templates', 'vendor'])
    for (const file of ['vendor/pagedjs/paged.polyfill.js', 'vendor/pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'vendor/pdfjs/cmaps/LICENSE', 'vendor/pdfjs/standard_fonts/LiberationSans-Regular.ttf', 'vendor/pdfjs/LICENSE']) expect(packed).toContain(file)
    expect(packed.filter((path) => path.startsWith('bin/'))).toEqual(['bin/statement-packs.js'])
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'dist/cli.js', 'dist/load-statement-worker.js', 'dist/archive/client/search.js']) expect(packed).toContain(file)
    expect(packed.filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))).toEqual([])
  })

  it('installs no browser, no TypeScript runner and no canvas', async () => {
    const installed = await readdir(join(project, 'node_modules'))
    expect(installed).not.toContain('puppeteer')
    expect(installed).not.toContain('tsx')
    // pdf.js comes as unpdf's build: pdfjs-dist would bring @napi-rs/canvas (33 MB) with it.
    expect(installed).not.toContain('pdfjs-dist')
    expect(installed).not.toContain('@napi-rs')
    expect(installed).toContain('puppeteer-core')
    expect(installed).not.toContain('@fontsource')
  })

  it('runs the CLI, on text and on PDF', async () => {
    const {stdout} = await run(process.execPath, [join(project, 'node_modules', '.bin', 'statement-packs'), 'normalise', 'sources', '--json'], {cwd: project})
    const [statement] = JSON.parse(stdout) as Array<{source: string; meta: {language: string | null}}>
    expect(statement).toMatchObject({source: 'sources/sample-statement.txt', meta: {language: 'en'}})
    const pdf = fileURLToPath(new URL('../documents/en-two-page-statement.pdf', import.meta.url))
    const fromPdf = await run(process.execPath, [join(project, 'node_modules', '.bin', 'statement-packs'), 'normalise', pdf, '--json'], {cwd: project})
    expect(JSON.parse(fromPdf.stdout)).toMatchObject([{format: 'pdf', meta: {language: 'en'}}])
  })

  it('is imported from ESM and required from CommonJS in plain Node', async () => {
    const script = (load: string) => `${load}.then((api) => process.stdout.write(api.normalise('Mr President,\\n\\nChile supports the decision.\\n', {path: 'a.txt'}).markdown))`
    for (const [flag, load] of [['--input-type=module', "import('statement-packs')"], ['--input-type=commonjs', "Promise.resolve(require('statement-packs'))"]] as const) {
      const {stdout} = await run(process.execPath, [flag, '-e', script(load)], {cwd: project})
      expect(stdout).toContain('Chile supports the decision.')
    }
  })

  it('type-checks in a strict TypeScript consumer, its own declarations included', async () => {
    await writeFile(join(project, 'consumer.mts'), "import {normalise, type StatementMeta} from 'statement-packs'\nconst meta: StatementMeta = normalise('Mr President,\\n\\nChile supports it.\\n').meta\nexport const language: string | null = meta.language\n")
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({compilerOptions: {strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: ['node']}, files: ['consumer.mts']}))
    const checked = await run(process.execPath, [tsc, '-p', project], {cwd: project}).catch((error: {stdout: string}) => error)
    expect(checked.stdout).toBe('')
  }, 180_000)

  it('builds the project `init` wrote', async () => {
    await run(process.execPath, [join(project, 'node_modules', '.bin', 'statement-packs'), 'build', '--quiet'], {cwd: project})
    const output = await readdir(join(project, 'output'))
    expect(output).toEqual(expect.arrayContaining(['index.html', 'packs', 'reading-copies']))
    expect(await readdir(join(project, 'output', 'reading-copies'))).toEqual(['sample-statement.html', 'sample-statement.pdf'])
  }, 120_000)
})
