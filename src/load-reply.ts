import type {Root} from 'mdast'
import {VFileMessage} from 'vfile-message'
import {InputError} from './errors.ts'
import type {SourceFormat} from './ingest/native-document.ts'
import type {Diagnostic} from './report/diagnostics.ts'
import type {StatementMeta} from './normalise/meta.ts'

// Apart from read-statement.ts, so that the thread that starts the readers does not load the pipeline they run.

/** What a worker sends back for one document: the statement, or why it cannot be read. */
export type LoadReply =
  | {meta: StatementMeta; tree: Root; markdown: string; messages: Diagnostic[]; format: SourceFormat}
  | {refusal: {ruleId: string; reason: string; line: number | null; column: number | null}}
  | {usageError: string}

/** Why a document cannot be read, whatever was thrown while reading it. */
export function refusalFor(error: unknown): {ruleId: string; reason: string; line: number | null; column: number | null} {
  if (error instanceof InputError) return {ruleId: error.ruleId, reason: error.reason, line: error.line, column: error.column}
  // A limit the parser checks (`file.fail`).
  if (error instanceof VFileMessage) return {ruleId: error.ruleId ?? 'unreadable', reason: error.reason, line: error.line ?? null, column: error.column ?? null}
  // The parser checks nesting before it recurses; this is the safety net for what it did not foresee.
  if (error instanceof RangeError) return {ruleId: 'nesting-too-deep', reason: 'the statement nests too deeply to be read', line: null, column: null}
  const detail = error instanceof Error ? error.message : String(error)
  return {ruleId: 'internal-error', reason: `could not be read because of a bug in statement-packs (${detail}); please report it`, line: null, column: null}
}

