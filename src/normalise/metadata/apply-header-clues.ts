import type {HeaderClues} from '../../ingest/native-document.ts'
import type {StatementMeta} from '../meta.ts'
import {parseDates} from './parse-dates.ts'

/** Word and PDF writers often leave the file's name as its title ("Microsoft Word - stmt.docx"). */
const fileNameTitle = /^Microsoft Word - |\.(?:docx?|pdf|odt|rtf|txt|html?)$/i

/**
 * Fills what the header reader did not find from the clues a native document carries outside its
 * text (a web page's `<title>`, `<h1>`, `lang` and `<time>`): the text read wins, a clue only fills
 * a gap. A page's `lang` is often the site's, not the statement's, so it stands only where the body
 * gave no language.
 */
export function applyHeaderClues(meta: StatementMeta, clues: HeaderClues | undefined): StatementMeta {
  if (!clues) return meta
  const title = clues.title?.replace(/\s+/g, ' ').trim()
  const usableTitle = title && !fileNameTitle.test(title) ? title : null
  const lang = clues.lang?.trim().toLowerCase().split(/[-_]/)[0]
  return {
    ...meta,
    title: meta.title ?? usableTitle,
    language: meta.language ?? (lang && /^[a-z]{2,3}$/.test(lang) ? lang : null),
    dates: meta.dates ?? (clues.date ? dateOf(clues.date) : null),
  }
}

function dateOf(clue: string): StatementMeta['dates'] {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(clue.trim())?.[0]
  return iso ? {start: iso, end: iso} : parseDates(clue)
}
