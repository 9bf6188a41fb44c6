import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import type {BuildEvents} from '../build/build-context.ts'
import {loadConfig, type BuildConfig} from '../build/config.ts'
import {defaultStages} from '../build/default-stages.ts'
import {runBuild} from '../build/run-build.ts'
import type {Shard} from '../build/shard.ts'
import type {BuildStages} from '../build/stages.ts'
import {toolVersion} from '../build/tool-version.ts'
import {BatchFailedError, ConfigError, StatementPacksError} from '../errors.ts'
import {writeFileAtomic} from '../output/write-file-atomic.ts'
import type {BuildReport} from '../report/build-report.ts'
import {collectSources, compareSourcePaths} from '../sources/collect-sources.ts'

/** Ctrl-C during a build. Exit 130, as shells expect after SIGINT. */
export class BuildInterruptedError extends StatementPacksError {
  override readonly exitCode = 130
}

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
  /** Called with the config's warnings (unknown keys…). */
  warn?: (message: string) => void
}

/** Config file (found from `cwd` upward) + flags → the settings of a build. Exit 2 on a bad config. */
export async function resolveBuildSettings(flags: BuildFlags, cwd: string, runtime: CommandRuntime) {
  const loaded = await loadConfig({cwd, file: flags.config})
  for (const warning of loaded.warnings) runtime.warn?.(`${loaded.path ?? 'config'}: ${warning}`)
  if (!loaded.config) {
    throw new ConfigError(`Invalid config ${loaded.path ?? ''}:\n${loaded.errors.map((error) => `  ${error}`).join('\n')}`)
  }
  const config: BuildConfig = loaded.config
  const settings = {
    outDir: resolve(flags.output ? resolve(cwd, flags.output) : resolve(loaded.root, config.output)),
    templatesDir: flags.templates ? resolve(cwd, flags.templates) : config.templates ? resolve(loaded.root, config.templates) : null,
    paper: flags.paper ?? config.paper,
    largePrint: flags.largePrint ?? config.largePrint,
    formats: config.outputs.readingCopies,
    delegationPacks: config.outputs.delegationPacks,
    packs: config.packs,
    archive: config.outputs.archive,
    baseUrl: flags.baseUrl ?? config.baseUrl ?? null,
    concurrency: flags.concurrency ?? config.concurrency ?? Math.max(1, availableParallelism()),
    force: flags.force ?? false,
    failFast: flags.failFast ?? false,
    toolVersion,
    stages: runtime.stages ?? defaultStages(),
    signal: runtime.signal,
    events: runtime.events,
  }
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

/** The error (and so the exit code) a finished build ends with, or null for success. */
export function buildOutcomeError(report: BuildReport, strict = false): StatementPacksError | null {
  if (report.status === 'interrupted') return new BuildInterruptedError('Interrupted: finished outputs and the cache were kept')
  const failed = report.summary.failed + report.packs.filter((pack) => pack.status === 'failed').length + (report.archive?.status === 'failed' ? 1 : 0)
  if (failed > 0) return new BatchFailedError(`${failed} failed (see the errors above)`)
  if (strict && report.summary.warnings > 0) return new BatchFailedError(`${report.summary.warnings} warnings (--strict)`)
  return null
}
