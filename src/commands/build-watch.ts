import {resolve} from 'node:path'
import type {BuildReport} from '../report/build-report.ts'
import {defaultTemplatesDir} from '../templates/template-files.ts'
import {watchedPath, watchFiles} from '../preview/watch-files.ts'
import {build, resolveBuildSettings, type BuildCommandOptions, type CommandRuntime} from './build.ts'

export interface WatchRuntime extends Omit<CommandRuntime, 'events' | 'signal'> {
  /** Aborted: watching stops; a rebuild in progress stops after the documents printing. */
  signal: AbortSignal
  /** Progress and diagnostics of one rebuild: a fresh reporter each time. */
  rebuildStarted: () => Pick<CommandRuntime, 'events'>
  /** A rebuild ended, with its report, or with the error that stopped it (a config made invalid…). */
  rebuilt: (outcome: BuildReport | Error) => void
}

/**
 * `statement-packs build --watch`: build, then build again whenever a source, a template or the
 * config changes, until `signal`. Each rebuild is the ordinary incremental build, so only what a
 * change touches is redone. A change made during a build starts the next one as soon as it ends.
 * Returns the report of a rebuild that Ctrl-C stopped half-way, else null (stopped while waiting).
 * An error in the first build is thrown; later ones are reported and watching goes on.
 */
export async function watchBuild(options: BuildCommandOptions, cwd: string, runtime: WatchRuntime): Promise<BuildReport | null> {
  const {config, root, configPath, settings} = await resolveBuildSettings(options, cwd, runtime)
  const fromCommandLine = options.sources !== undefined && options.sources.length > 0
  const sourceRoot = fromCommandLine ? cwd : root
  const inputs = fromCommandLine ? options.sources! : config.sources
  let changed = true
  let wake: (() => void) | null = null
  const watcher = watchFiles(
    [...inputs.map((input) => watchedPath(input, sourceRoot)), defaultTemplatesDir, ...(settings.templatesDir ? [settings.templatesDir] : []), ...(configPath ? [resolve(configPath)] : [])],
    {
      // What a build writes never starts the next one.
      ignore: [settings.outDir, ...(options.report ? [resolve(cwd, options.report)] : [])],
      onChange: () => {
        changed = true
        wake?.()
      },
      onError: (error) => runtime.warn?.(`watching for changes: ${error.message}`),
    },
  )
  const stop = () => wake?.()
  runtime.signal.addEventListener('abort', stop)
  try {
    await watcher.ready
    let first = true
    while (!runtime.signal.aborted) {
      if (!changed) {
        await new Promise<void>((resolveWake) => (wake = resolveWake))
        wake = null
        continue
      }
      changed = false
      try {
        const report = await build(options, cwd, {...runtime, ...runtime.rebuildStarted()})
        runtime.rebuilt(report)
        if (report.status === 'interrupted') return report
      } catch (error) {
        if (first) throw error
        runtime.rebuilt(error instanceof Error ? error : new Error(String(error)))
      }
      first = false
    }
    return null
  } finally {
    runtime.signal.removeEventListener('abort', stop)
    await watcher.close()
  }
}
