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

/** A source's file name as a slug: its outputs' name unless another source built shares it. */
function slugOf(source: string): string {
  return slugify(posix.basename(source, posix.extname(source)), 80) || 'statement'
}

/**
 * The one name of a statement's outputs, whichever command writes them: its file name as a
 * slug; sources built that share one (`en/a.txt`, `fr/a.txt`, `A.txt`) each get a short hash of
 * their path instead, so a name never depends on which other sources, shard or order built it.
 */
export function outputNames(sources: readonly string[]): OutputNames {
  const bySlug = new Map<string, string[]>()
  for (const source of sources) {
    const slug = slugOf(source)
    const group = bySlug.get(slug)
    if (group) group.push(source)
    else bySlug.set(slug, [source])
  }
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

/**
 * outputNames for a build that reads its sources one by one and renders as it goes: duplicates
 * are not built, so they take no name, and a source whose slug others share gets its name once
 * each of them is read and known to be a duplicate or not.
 */
export class PendingOutputNames {
  readonly #groups = new Map<string, string[]>()
  /** Source → its slug, worked out once: a build with nothing to do asks for thousands. */
  readonly #slugs = new Map<string, string>()
  readonly #duplicates = new Set<string>()
  readonly #unread = new Set<string>()
  readonly #waiting = new Map<string, Array<() => void>>()

  constructor(sources: readonly string[]) {
    for (const source of sources) {
      const slug = slugOf(source)
      this.#slugs.set(source, slug)
      const group = this.#groups.get(slug)
      if (group) group.push(source)
      else this.#groups.set(slug, [source])
      this.#unread.add(source)
    }
  }

  /** The source is read: a duplicate takes no name. */
  settle(source: string, duplicate: boolean): void {
    if (duplicate) this.#duplicates.add(source)
    this.#unread.delete(source)
    const slug = this.#slugOf(source)
    const group = this.#groups.get(slug) ?? []
    if (group.some((member) => this.#unread.has(member))) return
    for (const resolve of this.#waiting.get(slug) ?? []) resolve()
    this.#waiting.delete(slug)
  }

  /** Every source not read (stopped early) counts as built: nothing waits for it any more. */
  settleRest(): void {
    for (const source of [...this.#unread]) this.settle(source, false)
  }

  async nameOf(source: string): Promise<string> {
    const slug = this.#slugOf(source)
    const group = this.#groups.get(slug) ?? [source]
    if (group.some((member) => this.#unread.has(member))) await new Promise<void>((resolve) => this.#waiting.set(slug, [...(this.#waiting.get(slug) ?? []), resolve]))
    return outputNames(group.filter((member) => !this.#duplicates.has(member))).names.get(source)!
  }

  /** The names of all sources but the duplicates, once all are settled. */
  final(): OutputNames {
    return outputNames([...this.#groups.values()].flat().filter((source) => !this.#duplicates.has(source)))
  }

  #slugOf(source: string): string {
    return this.#slugs.get(source) ?? slugOf(source)
  }
}
