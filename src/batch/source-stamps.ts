import {statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {LoadStatementOptions} from '../load-statement.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'

/**
 * A file's time may not change when it is written twice within its file system's timestamp
 * resolution (seconds on some): a stamp is trusted only for a file that had not changed for this
 * long when the build that hashed it started (as git treats "racily clean" files).
 */
const settledMs = 2_000

/** What tells that a source's file is the one a previous build read, without reading it. */
export interface SourceStamp {
  /** Size, modification and change times, inode, and how it is read. */
  stamp: string
  /** When the file last changed, in ms. */
  changedMs: number
}

export function sourceStamp(path: string, {encoding, maxSize}: LoadStatementOptions): SourceStamp | null {
  const stats = statSync(path, {bigint: true, throwIfNoEntry: false})
  if (!stats?.isFile()) return null
  const changedMs = Number((stats.mtimeNs > stats.ctimeNs ? stats.mtimeNs : stats.ctimeNs) / 1_000_000n)
  return {stamp: JSON.stringify([String(stats.size), String(stats.mtimeNs), String(stats.ctimeNs), String(stats.ino), encoding ?? null, maxSize ?? null]), changedMs}
}

interface StampsFile {
  /** When the build that wrote it started: before it stat'ed and read any source. */
  startedMs: number
  /** Source → its stamp and the key it was hashed to. */
  sources: Record<string, {stamp: string; hash: string}>
}

/**
 * The sources' stamps of the previous build, kept beside the manifest but not in it: they describe
 * this machine's files (inodes, times), not the build's result, so a merge of shards has none.
 */
export class SourceStamps {
  readonly #startedMs = Date.now()
  readonly #next: StampsFile['sources'] = {}
  /** Whether a source was read this time: its stamp is then written, with this build's start. */
  #read = false
  readonly #file: string

  private constructor(
    private readonly outDir: string,
    stateFolder: string,
    private readonly previous: StampsFile | null,
  ) {
    this.#file = join(outDir, stateFolder, 'source-stamps.json')
  }

  static async read(outDir: string, stateFolder: string): Promise<SourceStamps> {
    const text = await readFile(join(outDir, stateFolder, 'source-stamps.json'), 'utf8').catch(() => null)
    let previous: StampsFile | null = null
    try {
      const parsed = text === null ? null : (JSON.parse(text) as Partial<StampsFile>)
      if (typeof parsed?.startedMs === 'number' && typeof parsed.sources === 'object' && parsed.sources !== null) previous = parsed as StampsFile
    } catch {
      // Unreadable: every source is read.
    }
    return new SourceStamps(outDir, stateFolder, previous)
  }

  /** The key the previous build hashed `source` to, when its file still has that stamp and had settled then; else null, and the source is read. */
  hashOf(source: string, current: SourceStamp | null): string | null {
    const before = this.previous && Object.hasOwn(this.previous.sources, source) ? this.previous.sources[source] : undefined
    if (current && before && before.stamp === current.stamp && current.changedMs + settledMs <= this.previous!.startedMs) return before.hash
    this.#read = true
    return null
  }

  /** `source`'s key in this build, found by `hashOf` or by reading it. */
  record(source: string, current: SourceStamp | null, hash: string): void {
    if (current) Object.defineProperty(this.#next, source, {value: {stamp: current.stamp, hash}, enumerable: true})
  }

  /** Written when a source was read, or is gone: a build with nothing to do leaves the folder untouched. */
  async write(): Promise<void> {
    const gone = Object.keys(this.previous?.sources ?? {}).some((source) => !Object.hasOwn(this.#next, source))
    if (this.previous && !this.#read && !gone) return
    const sources = Object.keys(this.#next).sort()
    const file: StampsFile = {startedMs: this.#startedMs, sources: {}}
    for (const source of sources) Object.defineProperty(file.sources, source, {value: this.#next[source], enumerable: true})
    await writeFileAtomic(this.#file, `${JSON.stringify(file)}\n`, {inside: this.outDir})
  }
}
