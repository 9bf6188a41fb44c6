import {once} from 'node:events'
import open from 'open'
import {PreviewProject} from '../preview/preview-project.ts'
import {startPreviewServer} from '../preview/preview-server.ts'
import {watchedPath, watchFiles} from '../preview/watch-files.ts'
import {resolveBuildSettings, type BuildFlags} from './build.ts'

export interface PreviewCommandOptions extends Pick<BuildFlags, 'config' | 'output' | 'templates' | 'paper' | 'largePrint' | 'encoding' | 'maxSize' | 'timeoutMs' | 'followSymlinks'> {
  /** Sources on the command line replace the config's `sources`. */
  sources?: string[]
  /** Default: a free port. */
  port?: number
  /** Open the preview in the system's browser once it listens (`--open`). */
  open?: boolean
}

export interface PreviewRuntime {
  /** Aborted: the preview stops (Ctrl-C). */
  signal: AbortSignal
  warn?: (message: string) => void
  /** The server listens at `url`. */
  onListening: (url: string) => void
}

/**
 * `statement-packs preview [FILE|DIR…] [--port N]`: serve the project's reading copies, packs and
 * archive on 127.0.0.1, rendered on request from the build's own settings and templates, and
 * reload the open pages whenever a source or a template changes, until `signal`. The config is read
 * once, at the start.
 */
export async function preview(options: PreviewCommandOptions, cwd: string, runtime: PreviewRuntime): Promise<void> {
  const {config, root, settings} = await resolveBuildSettings(options, cwd, {warn: runtime.warn})
  const fromCommandLine = options.sources !== undefined && options.sources.length > 0
  const inputs = fromCommandLine ? options.sources! : config.sources
  const sourceRoot = fromCommandLine ? cwd : root
  const project = new PreviewProject({
    inputs,
    cwd: sourceRoot,
    root,
    outDir: settings.outDir,
    templatesDir: settings.templatesDir,
    paper: settings.paper,
    largePrint: settings.largePrint,
    read: settings.read,
    speakingTime: settings.speakingTime,
    archiveLanguage: settings.archiveLanguage,
    followSymlinks: options.followSymlinks,
    delegationPacks: settings.delegationPacks,
    packs: settings.packs,
    allowEmpty: !fromCommandLine,
  })
  const server = await startPreviewServer(project, {port: options.port})
  const watcher = watchFiles([...inputs.map((input) => watchedPath(input, sourceRoot)), ...project.templateFolders], {
    ignore: [settings.outDir],
    onChange: (paths) => {
      project.changed(paths)
      server.reload()
    },
    onError: (error) => runtime.warn?.(`watching for changes: ${error.message}`),
  })
  try {
    await watcher.ready
    runtime.onListening(server.url)
    if (options.open) await openInBrowser(server.url, runtime.warn)
    if (!runtime.signal.aborted) await once(runtime.signal, 'abort')
  } finally {
    await watcher.close()
    await server.close()
    await project.close()
  }
}

/** The system's browser, opened by the command (the server never starts one); failing to is a warning. */
async function openInBrowser(url: string, warn?: (message: string) => void): Promise<void> {
  try {
    const child = await open(url)
    child.on('error', (error) => warn?.(`could not open a browser (${error.message}); open ${url} yourself`))
  } catch (error) {
    warn?.(`could not open a browser (${error instanceof Error ? error.message : String(error)}); open ${url} yourself`)
  }
}
