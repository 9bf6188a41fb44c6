import {UsageError} from './errors.ts'
import {readSource, type ReadSourceOptions} from './ingest/read-source.ts'
import {normalise} from './normalise/index.ts'
import {refusalFor, type LoadReply} from './load-reply.ts'
import {toDiagnostic} from './report/diagnostics.ts'

/** The worker's side (`load-statement-worker.js`): read and normalise on this thread, every failure becoming a refusal. */
export async function readStatement(path: string, options: ReadSourceOptions): Promise<LoadReply> {
  try {
    const {meta, tree, markdown, messages, format} = normalise(await readSource(path, options))
    // Messages become diagnostics here, once: what crosses to the other thread is plain data.
    return {meta, tree, markdown, messages: messages.map(toDiagnostic), format}
  } catch (error) {
    // A bad `--encoding` label is the command line's fault, not this file's.
    if (error instanceof UsageError) return {usageError: error.message}
    return {refusal: refusalFor(error)}
  }
}
