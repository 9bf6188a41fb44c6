import {createLimiter} from '../concurrency.ts'
import type {ArchiveSource} from '../archive/archive-source.ts'
import {statementFingerprint} from '../duplicate-statements.ts'
import {InputError} from '../errors.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {defaultSpeakingTimeSettings} from '../speaking-time/speaking-time-for.ts'
import {readCachedStatement, writeCachedStatement} from './statement-cache.ts'

export interface SourceToLoad {
  /** As reported (relative to the working folder). */
  source: string
  /** Absolute path to read. */
  path: string
}

export interface LoadedSource {
  source: string
  /** Null when the source cannot be read as a statement (see `diagnostics`). */
  statement: ArchiveSource | null
  /** The statement's fingerprint (see statementFingerprint), to find duplicates; null with `statement`. */
  fingerprint: string | null
  /** What reading and normalising reported. */
  diagnostics: Diagnostic[]
}

export interface LoadArchiveSourcesOptions extends LoadStatementOptions {
  /** A private folder (see withTemporaryFolder) that keeps each normalised statement until the archive reads it back. */
  cacheDir: string
  /** Ctrl-C: the sources being read finish, and no other is started. */
  signal?: AbortSignal
  onLoaded?: (loaded: LoadedSource, done: number, total: number) => void
}

/** Sources in progress at once: enough to keep the reading threads busy while their cache files are written. */
const sourcesInFlight = 16

/**
 * Read and normalise many sources on the reading threads, and write each statement's text to
 * `cacheDir` as it arrives: only what planning the archive needs stays in memory, and `load()`
 * reads the rest back. A source that cannot be read is reported in its entry and never stops the
 * others. Returns once no source is in progress, with the sources reached in their given order.
 */
export async function loadArchiveSources(sources: readonly SourceToLoad[], options: LoadArchiveSourcesOptions): Promise<LoadedSource[]> {
  const {cacheDir, signal, onLoaded, ...loadOptions} = options
  const limit = createLimiter(sourcesInFlight)
  let done = 0
  const settled = await Promise.allSettled(
    sources.map((source, index) =>
      limit(async () => {
        if (signal?.aborted) return null
        const loaded = await loadArchiveSource(source, String(index), cacheDir, loadOptions)
        onLoaded?.(loaded, ++done, sources.length)
        return loaded
      }),
    ),
  )
  const loaded: LoadedSource[] = []
  for (const result of settled) {
    if (result.status === 'rejected') throw result.reason
    if (result.value) loaded.push(result.value)
  }
  return loaded
}

async function loadArchiveSource({source, path}: SourceToLoad, key: string, cacheDir: string, options: LoadStatementOptions): Promise<LoadedSource> {
  let statement: Statement
  try {
    statement = await loadStatement(path, options)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return {source, statement: null, fingerprint: null, diagnostics: [inputErrorDiagnostic(error)]}
  }
  await writeCachedStatement(cacheDir, key, statement)
  const {meta, format, speakingTime} = statement
  const settings = options.speakingTime ?? defaultSpeakingTimeSettings
  const load = async () => {
    const cached = await readCachedStatement(cacheDir, source, key, meta, [], settings)
    if (!cached) throw new Error(`The normalised text of ${source} is missing from ${cacheDir}`)
    return cached
  }
  return {source, statement: {source, meta, format, speakingTime, key: null, load}, fingerprint: statementFingerprint(statement), diagnostics: statement.messages}
}
