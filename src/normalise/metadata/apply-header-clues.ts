import type {HeaderClues} from '../../ingest/native-document.ts'
import type {StatementMeta} from '../meta.ts'
import {parseDates} from './parse-dates.ts'

/**
 * Fills what the header reader did not find from the clues a native document carries outside its
 * text (a web page's `<title>`, `<h1>`, `lang` and `<time>`): the text read wins, a clue only fills
 * a gap. A page's `lang` is often the site's, not the statement's, so it stands only where the body
 * gave no language.
 */
export function applyHeaderClues(meta: StatementMeta, clues: HeaderClues | undefined): StatementMeta {
  if (!clues) return meta
  const title = clues.title?.replace(/\s+/g, ' ').trim()
  const lang = clues.lang?.trim().toLowerCase().split(/[-_]/)[0]
  return {
    ...meta,
    title: meta.title ?? (title || null),
    language: meta.language ?? (lang && /^[a-z]{2,3}$/.test(lang) ? lang : null),
    dates: meta.dates ?? (clues.date ? dateOf(clues.date) : null),
  }
}

function dateOf(clue: string): StatementMeta['dates'] {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(clue.trim())?.[0]
  return iso ? {start: iso, end: iso} : parseDates(clue)
}
