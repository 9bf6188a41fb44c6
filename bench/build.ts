import {spawn} from 'node:child_process'
import {appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from '../src/commands/build.ts'
import type {BuildReport} from '../src/report/build-report.ts'
import {inventedStatement} from '../tests/invented-statement.ts'

const root = fileURLToPath(new URL('../', import.meta.url))
const mdToPdf = join(root, 'node_modules', '.bin', 'md-to-pdf')

export interface BuildBenchResult {
  statements: number
  packs: number
  /** Cold build: every reading copy (PDF + HTML), every pack, the archive. */
  coldSeconds: number | null
  /** md-to-pdf's CLI on the same normalised Markdown, in calls of 20 files. */
  mdToPdfSeconds: number | null
  /** md-to-pdf calls that timed out and were run again (included in the time). */
  mdToPdfRetries: number
  /** PDFs md-to-pdf wrote (fewer than the statements when a call failed three times). */
  mdToPdfPdfs: number
  /** A second build with nothing changed. Goal ≤ 1 s. */
  noopSeconds: number
  /** The same as `statement-packs build` in a new process (Node, tsx and module loading included). */
  noopCliSeconds: number
  /** A build after editing one source. */
  editSeconds: number
  /** Of which: printing the PDFs that contain the statement (its reading copy and its pack). */
  editPdfSeconds: number
  /** The rest (hashing, cache, the archive, …). Goal ≤ 1 s. */
  editOverheadSeconds: number
  /** Of the edit: rebuilding the archive (it runs beside the pack). */
  editArchiveSeconds: number
}

export interface BuildBenchOptions {
  count?: number
  /** Skip the cold build's md-to-pdf comparison (it takes minutes). */
  skipMdToPdf?: boolean
  log?: (line: string) => void
}

/**
 * Generates `count` statements (real statement text from sources/, front matter spreading
 * them over 40 meetings with 5 delegations each), builds them cold, then measures a no-op
 * rebuild and a rebuild after one edit; md-to-pdf converts the same normalised Markdown.
 */
export async function benchBuild(options: BuildBenchOptions = {}): Promise<BuildBenchResult> {
  const count = options.count ?? 1000
  const log = options.log ?? (() => undefined)
  const work = await mkdtemp(join(tmpdir(), 'statement-packs-bench-build-'))
  try {
    await generateBuildSources(join(work, 'sources'), count)
    await writeFile(join(work, 'statement-packs.config.json'), JSON.stringify({sources: ['sources'], output: 'output'}))
    const quiet = {events: {}}

    log(`cold build of ${count} statements…`)
    const cold = await timed(() => build({}, work, quiet))
    const failed = cold.report.summary.failed + cold.report.packs.filter((pack) => pack.status === 'failed').length
    if (failed > 0) throw new Error(`The cold build had ${failed} failures: ${JSON.stringify(cold.report.sources.find((source) => source.status === 'failed')?.diagnostics ?? cold.report.packs.find((pack) => pack.error))}`)
    log(`  ${cold.seconds.toFixed(1)} s, ${cold.report.packs.length} packs`)

    const noop = await timed(() => build({}, work, quiet))
    if (noop.report.summary.built !== 0) throw new Error('The no-op rebuild rebuilt something')
    const noopCli = await timed(() => runCli(work, ['build', '--quiet']))
    log(`no-op rebuild: ${noop.seconds.toFixed(2)} s (the command in a new process: ${noopCli.seconds.toFixed(2)} s)`)

    const edited = 'sources/statement-0421.txt'
    await appendFile(join(work, edited), '\nWe thank the Presidency for its work.\n')
    const edit = await timed(() => build({}, work, quiet))
    const source = edit.report.sources.find((entry) => entry.source === edited)!
    const pack = edit.report.packs.find((entry) => entry.statements.includes(edited))!
    const pdfSeconds = (source.timings.renderMs + pack.timings.renderMs) / 1000
    log(`rebuild after one edit: ${edit.seconds.toFixed(2)} s, of which its reading copy ${(source.timings.renderMs / 1000).toFixed(2)} s, its pack ${(pack.timings.renderMs / 1000).toFixed(2)} s, the archive (beside the pack) ${((edit.report.archive?.timings.buildMs ?? 0) / 1000).toFixed(2)} s`)

    let mdToPdfSeconds: number | null = null
    let mdToPdfRetries = 0
    let mdToPdfPdfs = 0
    if (!options.skipMdToPdf) {
      const markdown = join(work, 'markdown')
      await writeNormalisedMarkdown(join(work, 'output'), markdown)
      log('md-to-pdf on the same normalised Markdown, 20 files a call…')
      const started = performance.now()
      const converted = await convertWithMdToPdf(markdown)
      mdToPdfSeconds = (performance.now() - started) / 1000
      mdToPdfRetries = converted.retries
      mdToPdfPdfs = converted.pdfs
      log(`  ${mdToPdfSeconds.toFixed(1)} s for ${converted.pdfs} PDFs (${converted.retries} calls run again after a timeout)`)
    }
    return {
      statements: count,
      packs: cold.report.packs.length,
      coldSeconds: cold.seconds,
      mdToPdfSeconds,
      mdToPdfRetries,
      mdToPdfPdfs,
      noopSeconds: noop.seconds,
      noopCliSeconds: noopCli.seconds,
      editSeconds: edit.seconds,
      editPdfSeconds: pdfSeconds,
      editOverheadSeconds: Math.max(0, edit.seconds - pdfSeconds),
      editArchiveSeconds: (edit.report.archive?.timings.buildMs ?? 0) / 1000,
    }
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{seconds: number; report: T}> {
  const started = performance.now()
  const report = await work()
  return {seconds: (performance.now() - started) / 1000, report}
}

const conventions = [
  ['apmbc', 'Anti-Personnel Mine Ban Convention'],
  ['ccm', 'Convention on Cluster Munitions'],
  ['ccw', 'Convention on Certain Conventional Weapons'],
  ['att', 'Arms Trade Treaty'],
] as const
const delegations = ['International Committee of the Red Cross', 'International Federation of Red Cross and Red Crescent Societies', 'Ghana', 'Chile', 'Belgium']

/** Statements with real body text (the English bundled sources, past their header) and front matter. */
export async function generateBuildSources(folder: string, count: number): Promise<void> {
  await mkdir(folder, {recursive: true})
  const bundled = join(root, 'sources')
  const bodies: string[][] = []
  for (const file of (await readdir(bundled)).filter((name) => name.endsWith('-en.txt') || name.includes('icrc') || name.includes('ifrc')).sort()) {
    const paragraphs = (await readFile(join(bundled, file), 'utf8')).split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length > 200 && !paragraph.includes('**'))
    if (paragraphs.length >= 3) bodies.push(paragraphs)
  }
  for (let index = 0; index < count; index++) {
    const [prefix, convention] = conventions[index % conventions.length]!
    const meetingNumber = 10 + (Math.floor(index / conventions.length) % 10)
    const item = `${5 + (index % 7)}${['a', 'b', 'c'][index % 3]}`
    const paragraphs = bodies[index % bodies.length]!
    const body = paragraphs.slice(0, 3 + (index % Math.max(1, paragraphs.length - 2)))
    const source = inventedStatement(
      {
        title: `Statement ${index} on item ${item}`,
        organisation: delegations[Math.floor(index / 40) % delegations.length]!,
        meeting: `${meetingNumber}th Meeting of States Parties`,
        convention,
        meetingKey: `${prefix}-${meetingNumber}msp`,
        date: `${2010 + meetingNumber}-11-${String(1 + (index % 28)).padStart(2, '0')}`,
        item,
        language: 'en',
      },
      [`This is statement number ${index}.`, ...body],
    )
    await writeFile(join(folder, `statement-${String(index).padStart(4, '0')}.txt`), source)
  }
}

/** The normalised Markdown of every statement, from the build's cache. */
async function writeNormalisedMarkdown(outDir: string, folder: string): Promise<void> {
  await mkdir(folder, {recursive: true})
  const manifest = JSON.parse(await readFile(join(outDir, '.statement-packs', 'manifest.json'), 'utf8')) as {statements: Record<string, {hash: string}>}
  for (const [source, entry] of Object.entries(manifest.statements)) {
    const cached = JSON.parse(await readFile(join(outDir, '.statement-packs', 'statements', `${entry.hash}.json`), 'utf8')) as {markdown: string}
    await writeFile(join(folder, `${source.replace(/^sources\//, '').replace(/\.txt$/, '')}.md`), cached.markdown)
  }
}

function runCli(cwd: string, args: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'statement-packs.js'), ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`statement-packs exited with ${code}: ${stderr.slice(-500)}`))))
  })
}

function runMdToPdf(folder: string, launch: string, files: string[]): Promise<void> {
  // stdin closed: md-to-pdf reads Markdown from a stdin that is not a terminal, and would wait.
  return new Promise<void>((resolve, reject) => {
    const child = spawn(mdToPdf, ['--launch-options', launch, ...files], {cwd: folder, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`md-to-pdf exited with ${code}: ${stderr.slice(-500)}`))))
  })
}

/** How many calls had to be run again, and how many PDFs md-to-pdf wrote in the end. */
async function convertWithMdToPdf(folder: string): Promise<{retries: number; pdfs: number}> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.md')).sort()
  const launch = JSON.stringify({executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox']})
  let retries = 0
  for (let start = 0; start < files.length; start += 20) {
    const batch = files.slice(start, start + 20)
    // md-to-pdf opens the 20 files at once and gives each 30 s to load: on a busy machine a call
    // can time out. It is run again (up to three times, counted) rather than failing the benchmark.
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await runMdToPdf(folder, launch, batch)
        break
      } catch {
        retries++
      }
    }
  }
  const pdfs = (await readdir(folder)).filter((file) => file.endsWith('.pdf')).length
  return {retries, pdfs}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.env.BUILD_BENCH_STATEMENTS ?? 1000)
  const result = await benchBuild({count, skipMdToPdf: process.env.BUILD_BENCH_SKIP_MD_TO_PDF === '1', log: (line) => console.error(line)})
  const seconds = (value: number | null) => (value === null ? 'skipped' : `${value.toFixed(value < 10 ? 2 : 1)} s`)
  console.log(
    `build: ${result.statements} statements, ${result.packs} packs; cold ${seconds(result.coldSeconds)} (md-to-pdf on the same Markdown: ${seconds(result.mdToPdfSeconds)} for ${result.mdToPdfPdfs} PDFs); ` +
      `no-op rebuild ${seconds(result.noopSeconds)} (goal ≤ 1 s; as a new process ${seconds(result.noopCliSeconds)}); one edit ${seconds(result.editSeconds)} = its PDFs ${seconds(result.editPdfSeconds)} + ${seconds(result.editOverheadSeconds)} (goal ≤ 1 s + its PDFs; the archive took ${seconds(result.editArchiveSeconds)} of it)` +
      (result.mdToPdfRetries ? `; ${result.mdToPdfRetries} md-to-pdf calls run again after a timeout` : ''),
  )
}
