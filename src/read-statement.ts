import {UsageError} from './errors.ts'
import {readSource, type ReadSourceOptions} from './ingest/read-source.ts'
import {normalise} from './normalise/index.ts'
import {refusalFor, type LoadReply} from './load-reply.ts'

/** The worker's side (`load-statement-worker.js`): read and normalise on this thread, every failure becoming a refusal. */
export async function readStatement(path: string, options: ReadSourceOptions): Promise<LoadReply> {
  try {
    const {meta, tree, markdown, messages, format} = normalise(await readSource(path, options))
    const serial = messages.map((message) => ({
      reason: message.reason,
      line: message.line ?? null,
      column: message.column ?? null,
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      fatal: message.fatal,
      origin: message.origin ?? null,
    }))
    return {meta, tree, markdown, messages: serial, format}
  } catch (error) {
    // A bad `--encoding` label is the command line's fault, not this file's.
    if (error instanceof UsageError) return {usageError: error.message}
    return {refusal: refusalFor(error)}
  }
}
