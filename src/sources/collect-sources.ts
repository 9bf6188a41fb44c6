import {stat} from 'node:fs/promises'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {UsageError} from '../errors.ts'

/** Extensions a folder is searched for; a file named explicitly is read whatever its extension. */
export const sourceExtensions = ['txt', 'text', 'md', 'markdown']

export interface CollectSourcesOptions {
  /** Folder that relative inputs and the returned paths are relative to. */
  cwd?: string
  /** Return an empty list instead of failing when a pattern matches nothing. */
  allowEmpty?: boolean
}

const collator = new Intl.Collator('en', {numeric: true})

/** The order of sources everywhere (reports, manifests): natural, so `2.txt` comes before `10.txt`. */
export const compareSourcePaths = collator.compare

/**
 * Files, folders and glob patterns → the sorted, de-duplicated list of source files.
 * Paths inside `cwd` come back relative to it with `/` separators (stable across machines,
 * which shard assignment and reports rely on); others come back absolute.
 * A named file or folder that does not exist is a usage error.
 */
export async function collectSources(inputs: string[], options: CollectSourcesOptions = {}): Promise<string[]> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const found = new Set<string>()
  for (const input of inputs) {
    const matches = await expand(input, cwd)
    if (matches.length === 0 && !options.allowEmpty) throw new UsageError(`No source files match ${input}`)
    for (const match of matches) found.add(display(match, cwd))
  }
  return [...found].sort(compareSourcePaths)
}

async function expand(input: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, input)
  const stats = await stat(absolute).catch(() => null)
  if (stats?.isFile()) return [absolute]
  if (stats?.isDirectory()) {
    return glob(`**/*.{${sourceExtensions.join(',')}}`, {cwd: absolute, absolute: true, onlyFiles: true, dot: false})
  }
  if (isDynamicPattern(input)) return glob(input, {cwd, absolute: true, onlyFiles: true, dot: false})
  throw new UsageError(`Source not found: ${input}`)
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  if (rel.startsWith('..') || isAbsolute(rel)) return path
  return rel.split(sep).join('/')
}
