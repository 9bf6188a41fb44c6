import {isAbsolute, relative, resolve, sep} from 'node:path'
import {watch} from 'chokidar'
import picomatch from 'picomatch'
import {isInside} from '../file-safety/resolve-inside.ts'

export interface WatchFilesOptions {
  /** Folders whose changes are never reported (the output folder, which the build itself writes). */
  ignore: string[]
  /** Called once the changes have settled for `quietMs`, with the absolute paths that changed. */
  onChange: (paths: string[]) => void
  /** A folder that cannot be watched (too many files for the system's limit…). */
  onError: (error: Error) => void
  /** Default 30 ms: one save that writes a file in steps is one change. */
  quietMs?: number
}

export interface FileWatcher {
  /** Resolves once every folder is being watched. */
  ready: Promise<void>
  close(): Promise<void>
}

/**
 * The folder or file to watch for an input of a command (a file, a folder or a glob): a glob's
 * fixed base folder (`sources/**\/*.txt` → `sources`), resolved against `cwd`.
 */
export function watchedPath(input: string, cwd: string): string {
  const scanned = picomatch.scan(input)
  return resolve(cwd, scanned.isGlob ? scanned.base || '.' : input)
}

/** A name no one edits: a dot-file or dot-folder (editors' swap files, `.git`), or `node_modules`. */
function isHidden(path: string, roots: readonly string[]): boolean {
  const root = roots.find((candidate) => path === candidate || isInside(candidate, path))
  const inner = root ? relative(root, path) : path
  return !isAbsolute(inner) && inner.split(sep).some((part) => (part.startsWith('.') && part !== '.' && part !== '..') || part === 'node_modules')
}

/**
 * Watch files and folders (chokidar) and report what changed, added or was removed, a batch at a
 * time once saving has settled.
 */
export function watchFiles(paths: readonly string[], options: WatchFilesOptions): FileWatcher {
  const roots = paths.map((path) => resolve(path))
  const ignore = options.ignore.map((folder) => resolve(folder))
  const watcher = watch(roots, {
    ignoreInitial: true,
    ignored: (path) => ignore.some((folder) => path === folder || isInside(folder, path)) || isHidden(resolve(path), roots),
  })
  watcher.on('error', (error) => options.onError(error instanceof Error ? error : new Error(String(error))))
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  watcher.on('all', (_event, path) => {
    pending.add(resolve(path))
    clearTimeout(timer)
    timer = setTimeout(() => {
      const changed = [...pending]
      pending = new Set()
      options.onChange(changed)
    }, options.quietMs ?? 30)
  })
  return {
    ready: new Promise((resolveReady) => watcher.once('ready', () => resolveReady())),
    close: async () => {
      clearTimeout(timer)
      await watcher.close()
    },
  }
}
