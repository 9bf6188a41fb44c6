import {basename, extname} from 'node:path'
import type {StatementMeta} from '../normalise/meta.ts'
import {organisations} from '../normalise/vocabulary/organisations.ts'
import {isReservedName} from '../file-safety/reserved-names.ts'
import {slugify} from '../slugify.ts'

/**
 * The meeting's folder: its key ("apmbc-22msp"), else its name, else "other-statements". A
 * name the output folder already uses (`packs`, `search`…) gets `-meeting`: front matter
 * refuses such a key, but a meeting's name or a statement built through the API may still take one.
 */
export function meetingSlug(meta: StatementMeta): string {
  const slug = slugify(meta.meetingKey) || slugify(meta.meeting) || 'other-statements'
  return isReservedName(slug) ? `${slug}-meeting` : slug
}

/** Words left out of an organisation's initials, as in "ICRC" for "International Committee of the Red Cross". */
const minorWords = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'del', 'y'])

/** English acronyms of the organisations the vocabulary knows ("International Committee of the Red Cross" → "ICRC"). */
const knownAcronyms = new Map(organisations.flatMap((entry) => (entry.acronyms[0] ? [[entry.name.toLowerCase(), entry.acronyms[0]] as const] : [])))

/**
 * A short slug for an organisation: its known acronym ("International Committee
 * of the Red Cross" → "icrc"), else for long names (four words or more) their
 * initials, else the name in full ("Belgium" → "belgium").
 */
export function organisationShortSlug(name: string): string {
  const known = knownAcronyms.get(name.toLowerCase())
  if (known) return slugify(known)
  const words = name.split(/[\s,]+/).filter(Boolean)
  if (words.length >= 4) {
    const initials = initialsOf(words)
    if (initials.length >= 2) return initials
  }
  return slugify(name, 40)
}

function initialsOf(words: string[]): string {
  return slugify(
    words
      .filter((word) => !minorWords.has(word.toLowerCase()) && /^\p{Lu}/u.test(word))
      .map((word) => word.normalize('NFKD')[0])
      .join(''),
  )
}

/**
 * The statement's folder inside its meeting: agenda item key and organisations
 * ("9d-icrc-ifrc"), with fallbacks when the metadata is silent: "general" for
 * no agenda item; the title, else the source's file name, for no organisation.
 */
export function statementSlug(meta: StatementMeta, source: string): string {
  const agenda = slugify(meta.agendaItem?.key, 20) || 'general'
  const organisations = meta.organisations.map(organisationShortSlug).filter(Boolean)
  let who: string
  if (organisations.length === 0) who = slugify(meta.title, 40) || slugify(basename(source, extname(source)), 40) || 'statement'
  else if (organisations.length <= 3) who = organisations.join('-')
  else who = `${organisations[0]}-and-${organisations.length - 1}-others`
  return `${agenda}-${who}`
}

/** The slug itself when free, else the slug with `-2`, `-3`… (callers visit statements in a fixed order). */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`
  taken.add(candidate)
  return candidate
}
