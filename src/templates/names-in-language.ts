import {findVenue} from '../normalise/metadata/find-venue.ts'
import {parseMeeting} from '../normalise/metadata/parse-meeting.ts'
import type {StatementMeta} from '../normalise/meta.ts'
import {latinVenueNames, meetingNames, treatyNames, type PrintLanguage} from '../normalise/vocabulary/localized-names.ts'
import {stateNames} from '../normalise/vocabulary/states.ts'
import {venues} from '../normalise/vocabulary/venues.ts'

/** What a page prints about where the statement was delivered, in the statement's language. */
export interface NamesInLanguage {
  meeting: string | null
  /** Null when the meeting's line already names it ("… de la Convention sur …"). */
  convention: string | null
  venue: string | null
  /** States by their name in the language (Intl), other organisations as the metadata gives them. */
  organisations: string[]
}

const printLanguages = new Set<string>(['fr', 'es', 'ru', 'ar', 'zh'])
const scriptOf: Partial<Record<PrintLanguage, RegExp>> = {ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u}
const stateCodes = new Map(Object.entries(stateNames).map(([code, name]) => [name, code]))

/**
 * The meeting, convention, venue and delivering States in the statement's language: as the
 * statement's own heading writes them, else from the vocabularies' names in that language, else the
 * canonical English name (the only names English statements, and languages other than the six, get).
 */
export function namesInLanguage(meta: StatementMeta, language: string): NamesInLanguage {
  const canonical = {meeting: meta.meeting, convention: meta.convention, venue: meta.venue, organisations: meta.organisations}
  if (!printLanguages.has(language)) return canonical
  const lang = language as PrintLanguage
  const written = fromHeading(meta)
  const [treaty, ordinal, kind] = meetingKeyParts(meta.meetingKey)
  const meeting = written.meeting ?? (kind && ordinal ? meetingNames[kind][lang](ordinal) : meta.meeting)
  const convention = written.conventionInMeeting ? null : (written.convention ?? (treaty && treatyNames[treaty]?.[lang]) ?? meta.convention)
  return {meeting, convention, venue: venueName(meta, lang), organisations: meta.organisations.map((name) => stateName(name, lang))}
}

/** The heading's lines (not the title's) that name the meeting and the convention the metadata has. */
function fromHeading(meta: StatementMeta): {meeting: string | null; convention: string | null; conventionInMeeting: boolean} {
  const found = {meeting: null as string | null, convention: null as string | null, conventionInMeeting: false}
  for (const line of meta.heading) {
    if (meta.title?.includes(line)) continue
    const named = parseMeeting(line)
    if (!found.meeting && meta.meeting && named.meeting === meta.meeting) {
      found.meeting = asWritten(line)
      found.conventionInMeeting = Boolean(meta.convention && named.convention === meta.convention)
    } else if (!found.convention && !named.meeting && meta.convention && named.convention === meta.convention) {
      found.convention = asWritten(line)
    }
  }
  return found
}

/** A heading line without the punctuation that ends or brackets it. */
function asWritten(line: string): string {
  return line.replace(/^[\s([]+|[\s)\].,:;،，：]+$/gu, '')
}

/** "apmbc-22msp" → apmbc, 22, msp: a numbered meeting of a treaty. */
function meetingKeyParts(key: string | null): [string | null, number | null, keyof typeof meetingNames | null] {
  const match = /^([a-z]+)-(\d+)(msp|csp|rc|mhcp)$/.exec(key ?? '')
  return match ? [match[1]!, Number(match[2]), match[3] as keyof typeof meetingNames] : [null, null, null]
}

/** The venue as the heading writes it, else its name in the language, else the canonical name. */
function venueName(meta: StatementMeta, lang: PrintLanguage): string | null {
  if (!meta.venue) return null
  const names = venues[meta.venue] ?? []
  for (const line of meta.heading) {
    if (findVenue(line) !== meta.venue) continue
    const writtenName = names.find((name) => line.includes(name))
    if (writtenName) return writtenName
  }
  const script = scriptOf[lang]
  const inScript = script ? names.find((name) => script.test(name)) : latinVenueNames[meta.venue]?.[lang as 'fr' | 'es']
  return inScript ?? meta.venue
}

/** "China" → "中国": a State by its name in the language; any other name as it is. */
function stateName(name: string, lang: PrintLanguage): string {
  const code = stateCodes.get(name)
  return (code && new Intl.DisplayNames([lang], {type: 'region'}).of(code)) || name
}
