import type {Root} from 'mdast'
import {VFileMessage} from 'vfile-message'
import {InputError, UsageError} from './errors.ts'
import type {Origin, SourceFormat} from './ingest/native-document.ts'
import {readSource, type ReadSourceOptions} from './ingest/read-source.ts'
import type {StatementMeta} from './normalise/meta.ts'
import {normalise} from './normalise/index.ts'

/** What a worker sends back for one document: the statement, or why it cannot be read. */
export type LoadReply =
  | {meta: StatementMeta; tree: Root; markdown: string; messages: SerialMessage[]; format: SourceFormat}
  | {refusal: {ruleId: string; reason: string; line: number | null; column: number | null}}
  | {usageError: string}

export interface SerialMessage {
  reason: string
  line: number | null
  column: number | null
  ruleId: string | null
  source: string | null
  fatal: boolean | null | undefined
  origin: Origin | null
}

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

export function refusalFor(error: unknown): {ruleId: string; reason: string; line: number | null; column: number | null} {
  if (error instanceof InputError) return {ruleId: error.ruleId, reason: error.reason, line: error.line, column: error.column}
  // A limit the parser checks (`file.fail`).
  if (error instanceof VFileMessage) return {ruleId: error.ruleId ?? 'unreadable', reason: error.reason, line: error.line ?? null, column: error.column ?? null}
  // The parser checks nesting before it recurses; this is the safety net for what it did not foresee.
  if (error instanceof RangeError) return {ruleId: 'nesting-too-deep', reason: 'the statement nests too deeply to be read', line: null, column: null}
  const detail = error instanceof Error ? error.message : String(error)
  return {ruleId: 'internal-error', reason: `could not be read because of a bug in statement-packs (${detail}); please report it`, line: null, column: null}
}

