import {execFile, execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import puppeteer from 'puppeteer-core'
import {loadStatement, statementFrom, type Statement} from '../src/load-statement.ts'
import {normalise} from '../src/normalise/index.ts'
import {buildPack, packHtml, type PackStep} from '../src/pack/index.ts'
import {openBrowserSession} from '../src/render/browser.ts'
import {requireBrowser} from '../src/render/find-browser.ts'
import {readingCopy} from '../src/render/html.ts'
import {statementView} from '../src/templates/statement-view.ts'
import {renderReadingCopies} from '../src/render/index.ts'
import {printOptions} from '../src/render/pdf.ts'
import {collectSources} from '../src/sources/collect-sources.ts'
import {loadTemplates} from '../src/templates/index.ts'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../', import.meta.url))
const mdToPdf = join(root, 'node_modules', '.bin', 'md-to-pdf')

export interface RenderBenchResult {
  statements: number
  concurrency: number
  /** Reading copies (PDF) per second: ours, the floor, md-to-pdf. */
  ours: number
  floor: number
  mdToPdf: number | null
  /** md-to-pdf calls (of 20 files) that failed. */
  mdToPdfFailedCalls: number
  packStatements: number
  packPages: number
  /** Seconds to build the pack, and to print its final HTML once with bare Puppeteer. */
  packSeconds: number
  packFloorSeconds: number
  /** CPU seconds of the same (this process and the browser's processes): steadier than wall time on a shared machine. */
  packCpuSeconds: number
  packFloorCpuSeconds: number
  packPrintings: number
  /** Where the pack's time goes: each step's wall and CPU seconds, in order (launching the browser is in the first step it takes). */
  packSteps: Array<{step: PackStep | 'close'; seconds: number; cpuSeconds: number}>
}

export interface RenderBenchOptions {
  count?: number
  packCount?: number
  concurrency?: number
  skipMdToPdf?: boolean
  log?: (line: string) => void
}

/**
 * Reading copies per second for `count` statements (real statement texts from sources/, each a
 * distinct statement) against two references: the floor (the very same HTML printed by a bare
 * Puppeteer loop, same concurrency and PDF options) and md-to-pdf's CLI on the same normalised
 * Markdown in calls of 20 files; then a pack of `packCount` statements against the floor for its pages.
 */
export async function benchRender(options: RenderBenchOptions = {}): Promise<RenderBenchResult> {
  const count = options.count ?? 200
  const packCount = options.packCount ?? 100
  const concurrency = options.concurrency ?? availableParallelism()
  const log = options.log ?? (() => undefined)
  const work = await mkdtemp(join(tmpdir(), 'statement-packs-bench-render-'))
  try {
    const statements = await benchStatements(Math.max(count, packCount))
    const batch = statements.slice(0, count)
    const templates = await loadTemplates()
    const print = printOptions('a4')

    log(`statement-packs: ${count} reading copies (PDF), concurrency ${concurrency}…`)
    const ours = await timed(async () => {
      const session = openBrowserSession({concurrency})
      try {
        const results = await renderReadingCopies(batch, {outDir: join(work, 'ours'), formats: ['pdf'], paper: 'a4', largePrint: false, templates, session})
        const failed = results.find((result) => result.error)
        if (failed) throw failed.error
      } finally {
        await session.close()
      }
    })
    log(`  ${ours.toFixed(1)} s`)

    const htmls = await Promise.all(batch.map(async (statement) => readingCopy(templates, statementView(statement), {paper: 'a4', largePrint: false}).withFonts('print')))
    log('floor: the same HTML, bare Puppeteer loop…')
    const floor = await timed(() => barePrint(htmls, concurrency, join(work, 'floor')))
    log(`  ${floor.toFixed(1)} s`)

    let mdToPdfSeconds: number | null = null
    let mdToPdfFailedCalls = 0
    if (!options.skipMdToPdf) {
      const folder = join(work, 'markdown')
      await mkdir(folder, {recursive: true})
      const files = await Promise.all(batch.map(async (statement, index) => {
        const file = `statement-${String(index).padStart(4, '0')}.md`
        await writeFile(join(folder, file), statement.markdown)
        return file
      }))
      log('md-to-pdf on the same normalised Markdown, 20 files a call…')
      const launch = JSON.stringify({executablePath: requireBrowser().path, args: ['--no-sandbox']})
      mdToPdfSeconds = await timed(async () => {
        for (let start = 0; start < files.length; start += 20) {
          const call = run(mdToPdf, ['--launch-options', launch, ...files.slice(start, start + 20)], {cwd: folder, maxBuffer: 64 * 1024 * 1024})
          // md-to-pdf reads Markdown from stdin when stdin is not a terminal: give it an empty one.
          call.child.stdin?.end()
          // A call that fails (md-to-pdf gives up on a page after 30 s) is counted, not fatal.
          await call.catch(() => mdToPdfFailedCalls++)
        }
      })
      log(`  ${mdToPdfSeconds.toFixed(1)} s${mdToPdfFailedCalls ? `, ${mdToPdfFailedCalls} calls failed` : ''}`)
    }

    log(`pack of ${packCount} statements…`)
    let pack: Awaited<ReturnType<typeof buildPack>> | undefined
    const packSteps: RenderBenchResult['packSteps'] = []
    {
      const session = openBrowserSession({concurrency})
      let last = {wall: performance.now(), node: processCpuSeconds(), browser: 0}
      const stepEnds = (step: PackStep | 'close', browser = browserCpuSeconds(session.pid)) => {
        const now = {wall: performance.now(), node: processCpuSeconds(), browser}
        packSteps.push({step, seconds: (now.wall - last.wall) / 1000, cpuSeconds: now.node - last.node + now.browser - last.browser})
        last = now
      }
      try {
        pack = await buildPack(statements.slice(0, packCount), {output: join(work, 'pack', 'pack.pdf'), paper: 'a4', templates, session, onStepEnd: (step) => stepEnds(step)})
      } finally {
        // The browser's processes are gone once closed: closing counts this process's CPU only.
        const browser = browserCpuSeconds(session.pid)
        await session.close()
        stepEnds('close', browser)
      }
    }
    const packSeconds = packSteps.reduce((sum, step) => sum + step.seconds, 0)
    const packCpuSeconds = packSteps.reduce((sum, step) => sum + step.cpuSeconds, 0)
    log(`  ${packSeconds.toFixed(1)} s (CPU ${packCpuSeconds.toFixed(1)} s), ${pack!.pages} pages, printed ${pack!.printings}×`)
    log(`  steps: ${packSteps.map(({step, seconds, cpuSeconds}) => `${step} ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)})`).join(', ')}`)
    // What the pack printed: its final HTML, with the page numbers of its contents.
    const printedPack = await packHtml(statements.slice(0, packCount), {paper: 'a4', templates}, pack!.entries.map((entry) => entry.page ?? 0))
    log('floor for the pack: its final HTML printed once, bare Puppeteer…')
    const floorCpuStart = processCpuSeconds()
    let packFloorCpuSeconds = 0
    const packFloorSeconds = await timed(async () => {
      packFloorCpuSeconds = await barePrint([printedPack], 1, join(work, 'pack-floor'))
    })
    packFloorCpuSeconds += processCpuSeconds() - floorCpuStart
    log(`  ${packFloorSeconds.toFixed(1)} s (CPU ${packFloorCpuSeconds.toFixed(1)} s)`)

    return {
      statements: count,
      concurrency,
      ours: count / ours,
      floor: count / floor,
      mdToPdf: mdToPdfSeconds === null ? null : count / mdToPdfSeconds,
      mdToPdfFailedCalls,
      packStatements: packCount,
      packPages: pack!.pages,
      packSeconds,
      packFloorSeconds,
      packCpuSeconds,
      packFloorCpuSeconds,
      packPrintings: pack!.printings,
      packSteps,
    }
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

/** Distinct statements made from the real sources: each gets its own title, agenda item and date. */
async function benchStatements(count: number): Promise<Statement[]> {
  const sources = await collectSources([join(root, 'sources')])
  const loaded = await Promise.all(sources.map(({path}) => loadStatement(path)))
  return Array.from({length: count}, (_, index) => {
    const base = loaded[index % loaded.length]!
    const body = base.markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
    const front = {
      ...base.meta,
      title: `${base.meta.title ?? 'Statement'} (${index + 1})`,
      agendaItem: {number: `${(index % 12) + 1}${'abcd'[index % 4]}`, title: base.meta.agendaItem?.title ?? 'General debate'},
      dates: {start: `2025-12-0${(index % 5) + 1}`, end: `2025-12-0${(index % 5) + 1}`},
      language: base.meta.language ?? 'en',
    }
    const markdown = `---\n${JSON.stringify(front)}\n---\n\n${body}`
    return statementFrom(`statement-${index + 1}.md`, normalise(markdown, {path: `statement-${index + 1}.md`}))
  })
}

/** The floor: launch, print each HTML with `concurrency` pages, write the PDFs. Nothing else. Gives the browser's CPU seconds. */
async function barePrint(htmls: string[], concurrency: number, outDir: string): Promise<number> {
  await mkdir(outDir, {recursive: true})
  const userDataDir = await mkdtemp(join(tmpdir(), 'bench-floor-'))
  const browser = await puppeteer.launch({
    executablePath: requireBrowser().path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage', '--font-render-hinting=none', `--user-data-dir=${userDataDir}`],
  })
  try {
    let next = 0
    await Promise.all(
      Array.from({length: Math.min(concurrency, htmls.length)}, async () => {
        const page = await browser.newPage()
        await page.setJavaScriptEnabled(false)
        while (next < htmls.length) {
          const index = next++
          await page.setContent(htmls[index]!, {waitUntil: 'load'})
          await writeFile(join(outDir, `${index}.pdf`), await page.pdf(printOptions('a4')))
        }
      }),
    )
    return browserCpuSeconds(browser.process()?.pid)
  } finally {
    await browser.close()
    await rm(userDataDir, {recursive: true, force: true})
  }
}

const processCpuSeconds = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1e6
}

let clockTicks: number | undefined
/** CPU seconds of a browser's processes so far: those in its process group (Puppeteer starts it as a group leader), read from /proc. */
function browserCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], {encoding: 'utf8'}))
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue
    }
    // Fields after the command name (which may hold spaces): state, ppid, pgrp, … utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pid) ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / clockTicks
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return (performance.now() - start) / 1000
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchRender({
    count: Number(process.env.RENDER_BENCH_STATEMENTS ?? 200),
    packCount: Number(process.env.RENDER_BENCH_PACK ?? 100),
    skipMdToPdf: process.env.RENDER_BENCH_SKIP_MD_TO_PDF === '1',
    log: (line) => console.error(line),
  })
  const rate = (value: number | null) => (value === null ? 'skipped' : `${value.toFixed(2)}/s`)
  console.log(
    `render: ${result.statements} reading copies, concurrency ${result.concurrency}: ${rate(result.ours)}; floor ${rate(result.floor)} ` +
      `(floor time ÷ ours = ${(result.floor / result.ours).toFixed(2)}×, goal ≤ 1.2×); md-to-pdf ${rate(result.mdToPdf)}` +
      (result.mdToPdf ? ` (ours ÷ md-to-pdf = ${(result.ours / result.mdToPdf).toFixed(1)}×, goal ≥ 3×)` : '') +
      (result.mdToPdfFailedCalls ? `; ${result.mdToPdfFailedCalls} md-to-pdf calls failed` : ''),
  )
  console.log(
    `pack: ${result.packStatements} statements, ${result.packPages} pages in ${result.packSeconds.toFixed(1)} s (printed ${result.packPrintings}×); ` +
      `floor ${result.packFloorSeconds.toFixed(1)} s (${(result.packSeconds / result.packFloorSeconds).toFixed(2)}×, goal ≤ 1.3×); ` +
      `CPU ${result.packCpuSeconds.toFixed(1)} s, floor ${result.packFloorCpuSeconds.toFixed(1)} s (${(result.packCpuSeconds / result.packFloorCpuSeconds).toFixed(2)}×)`,
  )
  console.log(`pack steps: ${result.packSteps.map(({step, seconds, cpuSeconds}) => `${step} ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)})`).join(', ')}`)
}
