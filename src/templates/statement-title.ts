import {basename, extname} from 'node:path'
import type {Statement} from '../load-statement.ts'
import {agendaItemText} from './helpers.ts'

/**
 * The statement's title, else its agenda item (in the statement's language), else its
 * file name: never empty, and the same on its page, in every list and in the feed.
 */
export function statementTitle(statement: Pick<Statement, 'meta' | 'source'>): string {
  const {meta, source} = statement
  return meta.title ?? (agendaItemText(meta.agendaItem, (meta.language ?? 'en').toLowerCase()) || basename(source, extname(source)))
}
