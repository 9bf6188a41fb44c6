import {posix} from 'node:path'
import {slugify} from '../archive/slugify.ts'
import {hashBytes} from './hash.ts'

/**
 * Where each source's reading copies go, relative to the output folder and without
 * extension: `reading-copies/<file name>`. Two sources with the same file name in
 * different folders both get a short hash of their path, so a name never depends
 * on which shard or which order built it.
 */
export function readingCopyNames(sources: readonly string[]): Map<string, string> {
  const nameOf = (source: string) => slugify(posix.basename(source, posix.extname(source)), 80) || 'statement'
  const counts = new Map<string, number>()
  for (const source of sources) counts.set(nameOf(source), (counts.get(nameOf(source)) ?? 0) + 1)
  const names = new Map<string, string>()
  for (const source of sources) {
    const name = nameOf(source)
    names.set(source, `reading-copies/${(counts.get(name) ?? 0) > 1 ? `${name}-${hashBytes(source).slice(0, 8)}` : name}`)
  }
  return names
}
