import {resolveInside} from '../file-safety/resolve-inside.ts'
import {writeFileAtomic, type FileContent} from '../file-safety/write-file-atomic.ts'
import {createLimiter} from '../concurrency.ts'
import {StatementPacksError} from '../errors.ts'

export type {FileContent}

/**
 * Writes the site's files atomically, each strictly inside the output folder,
 * a bounded number at a time, and remembers every path it wrote (for the manifest).
 */
export class SiteWriter {
  readonly written = new Set<string>()
  private readonly limit = createLimiter(8)
  private readonly pending = new Set<Promise<void>>()

  constructor(readonly outDir: string) {}

  /** Queue a write; waits only when too many are in flight. `path` is POSIX, relative to the site root. */
  async write(path: string, content: FileContent): Promise<void> {
    if (this.written.has(path)) throw new StatementPacksError(`The archive would write ${path} twice`)
    const target = resolveInside(this.outDir, path)
    this.written.add(path)
    const write = this.limit(() => writeFileAtomic(target, content, {inside: this.outDir}))
    this.pending.add(write)
    write.then(
      () => this.pending.delete(write),
      () => undefined,
    )
    if (this.limit.pendingCount > 8) await write
  }

  /** Mark a file written by someone else (the reading copies) as part of the site. */
  record(path: string): void {
    resolveInside(this.outDir, path)
    this.written.add(path)
  }

  /** Wait for every queued write; the first failure is thrown. */
  async flush(): Promise<void> {
    await Promise.all(this.pending)
  }

  /** Wait for the writes in flight when the build stops on an error, so none lands after it returned. */
  async settle(): Promise<void> {
    await Promise.allSettled(this.pending)
  }
}
