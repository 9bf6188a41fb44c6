import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import type {BuildEvents} from '../report/build-events.ts'
import {requireConfig} from '../config.ts'
import {defaultStages} from '../batch/default-stages.ts'
import {runBuild} from '../batch/run-build.ts'
import type {Shard} from '../batch/shard.ts'
import type {BuildStages} from '../batch/stages.ts'
import {toolVersion} from '../batch/tool-version.ts'
import {BatchFailedError, InterruptedError, StatementPacksError} from '../errors.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import {failedCount, type BuildReport} from '../report/build-report.ts'
import {collectSources, compareSourcePaths} from '../sources/collect-sources.ts'
import {checkBeforeWork, type WorkChecks} from './check-before-work.ts'

/** Flags shared by `build` and `merge`; each overrides the config file. */
export interface BuildFlags {
  config?: string
  output?: string
  templates?: string
  paper?: 'a4' | 'letter'
  largePrint?: boolean
  concurrency?: number
  baseUrl?: string
  force?: boolean
  strict?: boolean
  failFast?: boolean
  /** Decode sources with this encoding instead of detecting it (`--encoding`). */
  encoding?: string
  /** Refuse sources larger than this many bytes (`--max-size`). */
  maxSize?: number
  /** Stop a document that takes longer than this to read or to print (`--timeout`, in milliseconds). */
  timeoutMs?: number
  /** Write the JSON report here (relative to the working folder). */
  report?: string
  /** Read links that lead outside the project (`--follow-symlinks`). */
  followSymlinks?: boolean
}

export interface BuildCommandOptions extends BuildFlags {
  /** Sources on the command line replace the config's `sources`. */
  sources?: string[]
  shard?: Shard | null
}

export interface CommandRuntime {
  events?: BuildEvents
  signal?: AbortSignal
  /** Replaced in tests that count what gets rendered. */
  stages?: BuildStages
  /** Called with warnings about the settings (a template override that replaces nothing…). */
  warn?: (message: string) => void
}

/**
 * Config file (found from `cwd` upward) + flags → the settings of a build, checked before any
 * work: exit 2 on a bad config or an output (folder, report) that cannot be written.
 */
export async function resolveBuildSettings(flags: BuildFlags, cwd: string, runtime: CommandRuntime) {
  const loaded = await requireConfig({cwd, file: flags.config})
  const {config} = loaded
  const settings = {
    outDir: resolve(flags.output ? resolve(cwd, flags.output) : resolve(loaded.root, config.output)),
    templatesDir: flags.templates ? resolve(cwd, flags.templates) : config.templates ? resolve(loaded.root, config.templates) : null,
    paper: flags.paper ?? config.paper,
    largePrint: flags.largePrint ?? config.largePrint,
    formats: config.outputs.readingCopies,
    delegationPacks: config.outputs.delegationPacks,
    packs: config.packs,
    archive: config.outputs.archive,
    archiveLanguage: config.archive.language,
    baseUrl: flags.baseUrl ?? config.baseUrl ?? null,
    concurrency: flags.concurrency ?? config.concurrency ?? Math.max(1, availableParallelism()),
    speakingTime: config.speakingTime,
    read: {encoding: flags.encoding ?? config.encoding, maxSize: flags.maxSize ?? config.maxSize, timeoutMs: flags.timeoutMs ?? (config.timeout === undefined ? undefined : config.timeout * 1000)},
    force: flags.force ?? false,
    strict: flags.strict ?? false,
    failFast: flags.failFast ?? false,
    toolVersion,
    stages: runtime.stages ?? defaultStages(),
    signal: runtime.signal,
    events: runtime.events,
  }
  const outputs: WorkChecks['outputs'] = [{path: settings.outDir, kind: 'folder', flag: flags.output ? '-o' : 'output'}]
  if (flags.report) outputs.push({path: resolve(cwd, flags.report), kind: 'file', flag: '--report'})
  await checkBeforeWork({outputs, templatesDir: settings.templatesDir, warn: runtime.warn})
  return {config, root: loaded.root, configPath: loaded.path, settings}
}

/**
 * `statement-packs build`: every source of the project → reading copies, packs and archive
 * in the output folder, incrementally. Returns the report (see `buildOutcomeError` for the
 * exit code); throws ConfigError (exit 2) for a bad config and UsageError for missing sources.
 */
export async function build(options: BuildCommandOptions, cwd: string, runtime: CommandRuntime = {}): Promise<BuildReport> {
  const {config, root, settings} = await resolveBuildSettings(options, cwd, runtime)
  const fromCommandLine = options.sources !== undefined && options.sources.length > 0
  const sourceRoot = fromCommandLine ? cwd : root
  const collected = await collectSources(fromCommandLine ? options.sources! : config.sources, {
    cwd: sourceRoot,
    root,
    followSymlinks: options.followSymlinks,
    maxSize: settings.read.maxSize,
    outputFolders: [settings.outDir],
    allowEmpty: !fromCommandLine,
  })
  const sources = collected.map(({source}) => source).sort(compareSourcePaths)
  const refusals = new Map(collected.flatMap(({source, refusal}) => (refusal ? [[source, refusal] as const] : [])))
  const report = await runBuild({...settings, root: sourceRoot, sources, refusals, shard: options.shard ?? null})
  await writeReport(report, options, cwd)
  return report
}

/** Write the `--report` file. */
export async function writeReport(report: BuildReport, flags: BuildFlags, cwd: string): Promise<void> {
  if (flags.report) await writeFileAtomic(resolve(cwd, flags.report), `${JSON.stringify(report, null, 2)}\n`)
}

/** The error (and so the exit code) a finished build ends with, or null for success: its report's status says which. */
export function buildOutcomeError(report: BuildReport): StatementPacksError | null {
  if (report.status === 'interrupted') return new InterruptedError('Interrupted: finished outputs and the cache were kept')
  if (report.status === 'success') return null
  const failed = failedCount(report)
  return new BatchFailedError(failed > 0 ? `${failed} failed (see the errors above)` : `${report.summary.warnings} warnings (--strict)`)
}
