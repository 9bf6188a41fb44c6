import {findVenue} from '../normalise/metadata/find-venue.ts'
import {parseMeeting} from '../normalise/metadata/parse-meeting.ts'
import type {StatementMeta} from '../normalise/meta.ts'
import {latinVenueNames, meetingNameInLanguage, treatyNames, type PrintLanguage} from '../normalise/vocabulary/localized-names.ts'
import {organisations as organisationEntries} from '../normalise/vocabulary/organisations.ts'
import {stateNames} from '../normalise/vocabulary/states.ts'
import {venues} from '../normalise/vocabulary/venues.ts'

/** What a page prints about where the statement was delivered, in the statement's language. */
export interface NamesInLanguage {
  meeting: string | null
  /** Null when the meeting's line already names it ("… de la Convention sur …"). */
  convention: string | null
  venue: string | null
  /** States by their name in the language (Intl); other organisations as the heading writes them, else by their name in the language's script, else as the metadata gives them. */
  organisations: string[]
}

const printLanguages = new Set<string>(['fr', 'es', 'ru', 'ar', 'zh'])
const scriptOf: Partial<Record<PrintLanguage, RegExp>> = {ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u}
const stateCodes = new Map(Object.entries(stateNames).map(([code, name]) => [name, code]))

/**
 * The meeting, convention, venue and delivering organisations in the statement's language: as the
 * statement's own heading writes them, else from the vocabularies' names in that language. A
 * canonical English name is printed only where the statement itself writes it: an Arabic page with
 * no Arabic name for its meeting leaves the line out (its title names the meeting) rather than print
 * English. English statements, and languages other than the six, get the canonical names.
 */
export function namesInLanguage(meta: StatementMeta, language: string): NamesInLanguage {
  const canonical = {meeting: meta.meeting, convention: meta.convention, venue: meta.venue, organisations: meta.organisations}
  if (!printLanguages.has(language)) return canonical
  const lang = language as PrintLanguage
  const written = fromHeading(meta)
  const writtenInStatement = (name: string | null) => (name && headingLines(meta).some((line) => line.includes(name)) ? name : null)
  const treaty = /^([a-z]+)-/.exec(meta.meetingKey ?? '')?.[1]
  const meeting = written.meeting ?? meetingNameInLanguage(meta.meetingKey, lang) ?? writtenInStatement(meta.meeting)
  const convention = written.conventionInMeeting
    ? null
    : (written.convention ?? (treaty && treatyNames[treaty]?.[lang]) ?? writtenInStatement(meta.convention))
  return {
    meeting,
    convention,
    venue: venueName(meta, lang) ?? writtenInStatement(meta.venue),
    organisations: meta.organisations.map((name) => stateName(name, lang) ?? organisationName(name, meta, lang)),
  }
}

/** The heading's lines and the title, where the statement names its meeting and who delivers it. */
function headingLines(meta: StatementMeta): string[] {
  return meta.title ? [...meta.heading, meta.title] : meta.heading
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

/** The venue as the heading writes it, else its name in the language; null when it has none. */
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
  return inScript ?? null
}

/** "China" → "中国": a State by its name in the language; null for any other organisation. */
function stateName(name: string, lang: PrintLanguage): string | null {
  const code = stateCodes.get(name)
  return (code && new Intl.DisplayNames([lang], {type: 'region'}).of(code)) || null
}

const organisationsByName = new Map(organisationEntries.map((entry) => [entry.name, entry]))

/**
 * "Group of Arab States" → "المجموعة العربية": the longest of its names that the heading writes,
 * else its name in the language's script, else the canonical name.
 */
function organisationName(name: string, meta: StatementMeta, lang: PrintLanguage): string {
  const names = organisationsByName.get(name)?.names ?? []
  const lines = headingLines(meta)
  const written = names.filter((alias) => lines.some((line) => line.includes(alias))).sort((a, b) => b.length - a.length)[0]
  const script = scriptOf[lang]
  return written ?? (script && names.find((alias) => script.test(alias))) ?? name
}
