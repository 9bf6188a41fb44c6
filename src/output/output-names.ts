import {posix} from 'node:path'
import {slugify} from '../slugify.ts'
import {hashBytes} from '../hash.ts'
import type {Diagnostic} from '../report/diagnostics.ts'

/** The folder of the output folder that holds the reading copies (build, and the archive with PDFs). */
export const readingCopiesFolder = 'reading-copies'

export interface OutputNames {
  /** Source → the name of its outputs, without extension: the file name as a slug (`a-statement`). */
  names: Map<string, string>
  /** Sources whose name another source shares, with the warning that says what they are named instead. */
  collisions: Map<string, Diagnostic>
}

/**
 * The one name of a statement's outputs, whichever command writes them: its file name as a
 * slug; sources that share one (`en/a.txt`, `fr/a.txt`, `A.txt`) each get a short hash of
 * their path instead, so a name never depends on which other sources, shard or order built it.
 */
export function outputNames(sources: readonly string[]): OutputNames {
  const nameOf = (source: string) => slugify(posix.basename(source, posix.extname(source)), 80) || 'statement'
  const bySlug = new Map<string, string[]>()
  for (const source of sources) bySlug.set(nameOf(source), [...(bySlug.get(nameOf(source)) ?? []), source])
  const names = new Map<string, string>()
  const collisions = new Map<string, Diagnostic>()
  for (const [slug, group] of bySlug) {
    for (const source of group) {
      if (group.length === 1) {
        names.set(source, slug)
        continue
      }
      const name = `${slug}-${hashBytes(source).slice(0, 8)}`
      names.set(source, name)
      const others = group.filter((other) => other !== source).join(', ')
      collisions.set(source, {
        ruleId: 'output-name-collision',
        reason: `Unexpected output name \`${slug}\` shared with ${others}, expected one name per source: its outputs are named \`${name}\`; rename a file to choose`,
        line: null,
        column: null,
        fatal: false,
        severity: 'warning',
      })
    }
  }
  return {names, collisions}
}
