import type {Statement} from '../load-statement.ts'
import type {SpeakingTimeSettings} from '../speaking-time/speaking-time-for.ts'
import type {ManifestStatement} from './manifest.ts'
import {readCachedStatement} from './statement-cache.ts'

/** Statements by source: the ones normalised in this run and not yet printed, else read back from the cache. */
export class StatementStore {
  readonly #loaded = new Map<string, Statement>()
  constructor(
    private readonly outDir: string,
    private readonly speakingTime: SpeakingTimeSettings,
  ) {}

  remember(statement: Statement): void {
    this.#loaded.set(statement.source, statement)
  }

  /** Drop it from memory: later users read it back from the cache. */
  forget(source: string): void {
    this.#loaded.delete(source)
  }

  async get(source: string, entry: ManifestStatement): Promise<Statement> {
    const known = this.#loaded.get(source)
    if (known) return known
    const cached = await readCachedStatement(this.outDir, source, entry.hash, entry.meta, entry.diagnostics, this.speakingTime)
    if (!cached) throw new Error(`The cached normalisation of ${source} is missing; rebuild with --force`)
    return cached
  }
}
