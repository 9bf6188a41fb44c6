import {spawn} from 'node:child_process'
import {appendFile, mkdtemp, readFile, rm, unlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from '../src/commands/build.ts'
import type {BuildReport} from '../src/report/build-report.ts'
import {generateBuildSources} from './build.ts'

const root = fileURLToPath(new URL('../', import.meta.url))

/** The targets (issue 13) at 1,000 statements. */
export const rebuildTargets = {editOverheadSeconds: 1, noopCliSeconds: 0.8}

export interface RebuildBenchResult {
  statements: number
  /** Cold build of the archive alone: no reading copies or packs, since the target is the cost beyond a statement's own documents. */
  coldSeconds: number
  /** `statement-packs build` with nothing changed, as a new process (compiled CLI, module loading included). */
  noopCliSeconds: number
  /** A build after editing one source: normalising it, the cache, the manifest and the archive (it prints nothing). */
  editSeconds: number
  /** Of the edit: the archive. */
  editArchiveSeconds: number
  /** After adding one source, and after removing it again. */
  addSeconds: number
  removeSeconds: number
  targets: Array<{measure: string; value: number; target: string; met: boolean}>
}

/**
 * Rebuild costs at `count` statements building the archive alone: a no-op build
 * as a process, then one edit, one added source and one removed.
 */
export async function benchRebuild(count = 1000, log: (line: string) => void = () => undefined): Promise<RebuildBenchResult> {
  const work = await mkdtemp(join(tmpdir(), 'statement-packs-bench-rebuild-'))
  try {
    await generateBuildSources(join(work, 'sources'), count)
    const config = {sources: ['sources'], output: 'output', outputs: {readingCopies: [], delegationPacks: false, archive: true}}
    await writeFile(join(work, 'statement-packs.config.json'), JSON.stringify(config))
    const quiet = {events: {}}
    const run = async () => {
      const started = performance.now()
      const report: BuildReport = await build({}, work, quiet)
      if (report.status === 'failed') throw new Error(`The build failed: ${JSON.stringify(report.sources.find((source) => source.status === 'failed')?.diagnostics ?? report.archive?.error)}`)
      return {seconds: (performance.now() - started) / 1000, report}
    }

    const cold = await run()
    log(`cold build (the archive alone) of ${count} statements: ${cold.seconds.toFixed(1)} s`)
    // Best of three: a no-op is short enough for the machine's other load to show.
    const noops: number[] = []
    for (let attempt = 0; attempt < 3; attempt++) noops.push(await runCli(work, ['build', '--quiet']))
    const noopCliSeconds = Math.min(...noops)
    log(`no-op build as a process: ${noopCliSeconds.toFixed(2)} s (best of ${noops.map((seconds) => seconds.toFixed(2)).join(', ')})`)

    await appendFile(join(work, 'sources/statement-0421.txt'), '\nWe thank the Presidency for its work.\n')
    const edit = await run()
    const editArchiveSeconds = (edit.report.archive?.timings.buildMs ?? 0) / 1000
    log(`rebuild after one edit: ${edit.seconds.toFixed(2)} s (the archive ${editArchiveSeconds.toFixed(2)} s)`)

    // A new statement in an existing meeting: another one's front matter, its own title and words.
    const added = join(work, 'sources', 'statement-added.txt')
    const template = await readFile(join(work, 'sources/statement-0007.txt'), 'utf8')
    await writeFile(added, template.replace('Statement 7 on', 'Another statement on').replace('This is statement number 7.', 'This is the statement added last.'))
    const add = await run()
    await unlink(added)
    const remove = await run()
    log(`one source added: ${add.seconds.toFixed(2)} s; removed again: ${remove.seconds.toFixed(2)} s`)

    const targets = [
      {measure: `rebuild after one edit, ${count} statements, beyond its own documents: seconds`, value: round(edit.seconds), target: `≤ ${rebuildTargets.editOverheadSeconds}`, met: edit.seconds <= rebuildTargets.editOverheadSeconds},
      {measure: `no-op build as a process, ${count} statements: seconds`, value: round(noopCliSeconds), target: `≤ ${rebuildTargets.noopCliSeconds}`, met: noopCliSeconds <= rebuildTargets.noopCliSeconds},
    ]
    for (const target of targets) log(`  ${target.measure}: ${target.value} (target ${target.target}) ${target.met ? 'met' : 'MISSED'}`)
    return {statements: count, coldSeconds: round(cold.seconds), noopCliSeconds: round(noopCliSeconds), editSeconds: round(edit.seconds), editArchiveSeconds: round(editArchiveSeconds), addSeconds: round(add.seconds), removeSeconds: round(remove.seconds), targets}
  } finally {
    await rm(work, {recursive: true, force: true})
  }
}

const round = (value: number) => Number(value.toFixed(2))

/** Seconds `statement-packs ARGS` takes as a process of the compiled CLI (`npm run build` first). */
function runCli(cwd: string, args: string[]): Promise<number> {
  const started = performance.now()
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'statement-packs.js'), ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`statement-packs exited with ${code}: ${stderr.slice(-500)}`))))
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchRebuild(Number(process.env.REBUILD_BENCH_STATEMENTS ?? 1000), (line) => console.log(line))
}
