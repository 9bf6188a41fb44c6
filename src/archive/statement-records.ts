import {readFileSync} from 'node:fs'
import {readdir, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import type {FieldTerms} from './term-index.ts'

/** What the site-wide files need of a statement whose page is not rendered again. */
export interface StatementRecord {
  /** Its plain text: its search-text.js, the feed's summary. */
  text: string
  /** What the search index takes from its text, already tokenised, and the `TermIndex#analysis` that read it. */
  terms: {analysis: string; text: FieldTerms} | null
}

/** Statement records by statement key, one file each in `dir` (inside the output folder `outDir`). */
export class StatementRecords {
  readonly #used = new Set<string>()
  constructor(
    private readonly outDir: string,
    private readonly dir: string,
  ) {}

  /**
   * Read without waiting on the event loop: a build after one edit reads a record per statement,
   * thousands of small files, and a promise each costs them twice the time.
   */
  read(key: string): StatementRecord | null {
    this.#used.add(key)
    try {
      const record = JSON.parse(readFileSync(this.#file(key), 'utf8')) as Partial<StatementRecord>
      return typeof record.text === 'string' ? {text: record.text, terms: record.terms ?? null} : null
    } catch {
      return null
    }
  }

  async write(key: string, record: StatementRecord): Promise<void> {
    this.#used.add(key)
    await writeFileAtomic(this.#file(key), JSON.stringify(record), {inside: this.outDir})
  }

  /** Delete the records of statements this build did not read or write. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    await Promise.all(names.filter((name) => name.endsWith('.json') && !this.#used.has(name.slice(0, -5))).map((name) => rm(join(this.dir, name), {force: true})))
  }

  #file(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Unexpected statement key ${key}, expected a sha256 in hex`)
    return join(this.dir, `${key}.json`)
  }
}
