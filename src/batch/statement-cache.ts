import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {Root} from 'mdast'
import {VFileMessage} from 'vfile-message'
import type {SourceFormat} from '../ingest/native-document.ts'
import '../ingest/origin.ts'
import {statementFrom, type Statement} from '../load-statement.ts'
import type {StatementMeta} from '../normalise/meta.ts'
import type {Diagnostic} from '../report/diagnostics.ts'
import type {SpeakingTimeSettings} from '../speaking-time/speaking-time-for.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import {statementCacheFile} from './manifest.ts'

interface CachedStatement {
  tree: Root
  markdown: string
  format: SourceFormat
}

export async function writeCachedStatement(outDir: string, hash: string, statement: Statement): Promise<string> {
  const file = statementCacheFile(hash)
  const cached: CachedStatement = {tree: statement.tree, markdown: statement.markdown, format: statement.format}
  await writeFileAtomic(join(outDir, file), JSON.stringify(cached), {inside: outDir})
  return file
}

/** Rebuild a Statement from the cache without normalising again; null when the cache file is missing or unreadable. */
export async function readCachedStatement(
  outDir: string,
  source: string,
  hash: string,
  meta: StatementMeta,
  diagnostics: Diagnostic[],
  speakingTime: SpeakingTimeSettings,
): Promise<Statement | null> {
  try {
    const cached = JSON.parse(await readFile(join(outDir, statementCacheFile(hash)), 'utf8')) as CachedStatement
    const messages = diagnostics.map((diagnostic) => toMessage(source, diagnostic))
    return statementFrom(source, {meta, tree: cached.tree, markdown: cached.markdown, format: cached.format ?? 'text', messages}, speakingTime)
  } catch {
    return null
  }
}

function toMessage(source: string, diagnostic: Diagnostic): VFileMessage {
  const place = diagnostic.line === null ? undefined : {line: diagnostic.line, column: diagnostic.column ?? 1}
  const message = new VFileMessage(diagnostic.reason, {place, ruleId: diagnostic.ruleId ?? undefined, source: 'statement-packs'})
  message.file = source
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
  if (diagnostic.page !== undefined || diagnostic.paragraph !== undefined) message.origin = {page: diagnostic.page, paragraph: diagnostic.paragraph}
  return message
}
