import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {InputError} from '../errors.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {inputErrorDiagnostic, toDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import type {Root} from 'mdast'
import type {StatementMeta} from '../normalise/meta.ts'

export interface SourceToLoad {
  /** As reported (relative to the working folder). */
  source: string
  /** Absolute path to read. */
  path: string
}

export interface LoadedSource {
  source: string
  /** Null when the source cannot be read as a statement (see `diagnostics`). `messages` is empty: see `diagnostics`. */
  statement: Statement | null
  diagnostics: Diagnostic[]
}

export interface LoadStatementsOptions extends LoadStatementOptions {
  /** Threads that normalise at once. Default: one per core (at most 8); small batches stay on this thread. */
  threads?: number
  onLoaded?: (loaded: LoadedSource, done: number, total: number) => void
}

/** Below this many sources, starting threads costs more than it saves. */
const threadedFrom = 64

/**
 * Read and normalise many sources, on several threads when there are many. A
 * source that cannot be read is reported in its entry and never stops the
 * others. Trees come back as compact copies (the parser's own strings keep far
 * more memory alive than the tree needs), so 10,000 statements fit in memory.
 */
export async function loadStatements(sources: readonly SourceToLoad[], options: LoadStatementsOptions = {}): Promise<LoadedSource[]> {
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 8), sources.length))
  const readOptions: LoadStatementOptions = {encoding: options.encoding, maxSize: options.maxSize}
  const results: LoadedSource[] = new Array(sources.length)
  let done = 0
  const finish = (index: number, loaded: LoadedSource) => {
    results[index] = loaded
    options.onLoaded?.(loaded, ++done, sources.length)
  }

  if (sources.length < threadedFrom || threads === 1) {
    for (const [index, {source, path}] of sources.entries()) {
      try {
        const statement = await loadStatement(path, readOptions)
        const diagnostics = statement.messages.map(toDiagnostic)
        finish(index, {source, statement: {...statement, tree: structuredClone(statement.tree), messages: [], source}, diagnostics})
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        finish(index, {source, statement: null, diagnostics: [inputErrorDiagnostic(error)]})
      }
    }
    return results
  }

  const workers = Array.from({length: threads}, () => new Worker(new URL('./load-statement-worker.js', import.meta.url)))
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0
      const dispatch = (worker: Worker) => {
        if (next >= sources.length) return
        const index = next++
        worker.postMessage({index, path: sources[index]!.path, options: readOptions})
      }
      for (const worker of workers) {
        worker.on('message', (message: WorkerReply) => {
          const {source} = sources[message.index]!
          if ('crash' in message) return reject(new Error(`Normalising ${source} failed: ${message.crash}`))
          if ('inputError' in message) finish(message.index, {source, statement: null, diagnostics: [{...message.inputError, fatal: true, severity: 'error'}]})
          else finish(message.index, {source, statement: {...message.statement, messages: [], source}, diagnostics: message.diagnostics})
          if (done === sources.length) resolve()
          else dispatch(worker)
        })
        worker.on('error', reject)
        // Two jobs each, so a thread never waits for the next one.
        dispatch(worker)
        dispatch(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}

type WorkerReply =
  | {index: number; statement: {meta: StatementMeta; tree: Root; markdown: string}; diagnostics: Diagnostic[]}
  | {index: number; inputError: {ruleId: string; reason: string; line: number | null; column: number | null}}
  | {index: number; crash: string}
