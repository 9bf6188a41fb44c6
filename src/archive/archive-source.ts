import type {Statement} from '../load-statement.ts'

/**
 * A statement as the archive receives it: what planning the site needs (source, metadata,
 * format, speaking time), and its normalised text only on demand, so that a build loads the statements whose
 * pages it renders and keeps one at a time.
 */
export interface ArchiveSource extends Pick<Statement, 'source' | 'meta' | 'format' | 'speakingTime'> {
  /** Equal keys, equal normalised statement (the build's source hash); null when unknown. */
  key: string | null
  load(): Promise<Statement>
}

export function isArchiveSource(statement: Statement | ArchiveSource): statement is ArchiveSource {
  return 'load' in statement
}

/** A statement already in memory, with no key: its pages are always rendered. */
export function archiveSourceOf(statement: Statement | ArchiveSource): ArchiveSource {
  if (isArchiveSource(statement)) return statement
  return {source: statement.source, meta: statement.meta, format: statement.format, speakingTime: statement.speakingTime, key: null, load: async () => statement}
}
