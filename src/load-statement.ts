import {availableParallelism} from 'node:os'
import {ThreadPool} from './concurrency.ts'
import {InputError, UsageError} from './errors.ts'
import type {ReadSourceOptions} from './ingest/read-source.ts'
import type {NormaliseResult} from './normalise/index.ts'
import {refusalFor, type LoadReply} from './load-reply.ts'
import {toDiagnostic, type Diagnostic} from './report/diagnostics.ts'
import {spokenLength, type SpeakingTime} from './speaking-time/estimate.ts'
import {defaultSpeakingTimeSettings, speakingTimeFor, type SpeakingTimeSettings} from './speaking-time/speaking-time-for.ts'

/** One normalised statement, the unit every later stage (render, pack, archive, build) works on. */
export interface Statement extends Omit<NormaliseResult, 'messages'> {
  /** The source path as given (relative to the working directory when it was relative). */
  source: string
  /** What reading and normalising reported, converted once where the statement was read. */
  messages: Diagnostic[]
  /** The estimate at the configured rate, against the statement's limit: shown by every output. */
  speakingTime: SpeakingTime
}

export interface LoadStatementOptions extends ReadSourceOptions {
  /** Stop reading one document after this many milliseconds (`document-timeout`). Default 30 s. */
  timeoutMs?: number
  /** Rates and limits of the config; default: the default rates, no limits. */
  speakingTime?: SpeakingTimeSettings
}

export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * bytes → text → mdast + meta, on a worker thread that is terminated when the document runs past
 * its time, so that no single source can hang or crash the batch. Throws InputError when the file
 * cannot be read as a statement, whatever the cause.
 */
export async function loadStatement(path: string, options: LoadStatementOptions = {}): Promise<Statement> {
  const {timeoutMs = DEFAULT_TIMEOUT_MS, speakingTime = defaultSpeakingTimeSettings, ...readOptions} = options
  const reply = await pool.run({path, options: readOptions}, timeoutMs)
  if ('usageError' in reply) throw new UsageError(reply.usageError)
  if ('refusal' in reply) {
    const {ruleId, reason, line, column} = reply.refusal
    throw new InputError(path, reason, ruleId, {line: line ?? undefined, column: column ?? undefined})
  }
  const {meta, tree, markdown, messages, format} = reply
  return timed({source: path, meta, tree, markdown, messages, format}, speakingTime)
}

/** A source normalised on this thread (`normalise`) as a statement, timed at the configured rates. */
export function statementFrom(source: string, normalised: NormaliseResult, settings: SpeakingTimeSettings = defaultSpeakingTimeSettings): Statement {
  return timed({source, ...normalised, messages: normalised.messages.map(toDiagnostic)}, settings)
}

function timed(statement: Omit<Statement, 'speakingTime'>, settings: SpeakingTimeSettings): Statement {
  const {meta, tree} = statement
  return {...statement, speakingTime: speakingTimeFor(spokenLength(tree, meta.language), meta, settings)}
}

/**
 * Start a reading thread now (it stays idle, ready for the first document), so that it loads the
 * normaliser while this thread goes on loading the config and finding the sources.
 */
export function startReadingThread(): void {
  pool.warm()
}

/** End the idle reading threads, freeing the memory each holds with its normaliser, when a command has read all it will read. */
export function stopReadingThreads(): Promise<void> {
  return pool.stopIdle()
}

// Compiled, the thread runs dist/load-statement-worker.js; from the TypeScript sources (tests), tsx compiles it first.
const workerScript = new URL(import.meta.url.endsWith('.ts') ? './load-statement-worker-tsx.js' : './load-statement-worker.js', import.meta.url)
const pool = new ThreadPool<{path: string; options: ReadSourceOptions}, LoadReply>(workerScript, Math.min(availableParallelism(), 8), {
  timedOut: (timeoutMs) => ({refusal: {ruleId: 'document-timeout', reason: `reading the statement took longer than ${timeoutMs / 1000} s and was stopped (--timeout)`, line: null, column: null}}),
  crashed: (error) => ({refusal: refusalFor(error)}),
})
