import {
  councilMeetingPatterns,
  generalAssembly,
  humanRightsCouncil,
  mainCommitteeAliases,
  mainCommitteePatterns,
  type MeetingKind,
  meetingKinds,
  securityCouncil,
  sessionPatterns,
  yearlyBodies,
} from '../vocabulary/meeting-kinds.ts'
import {cardinalAtEnd, chineseNumber, committeeName, englishOrdinal, ordinalAtEnd, ordinalAtStart, romanNumber} from '../vocabulary/ordinals.ts'
import {type TreatyEntry, treaties} from '../vocabulary/treaties.ts'
import {foldVariants} from './fold.ts'

export interface MeetingInfo {
  meeting: string | null
  convention: string | null
  meetingKey: string | null
}

export interface MeetingContext {
  /** The year of the meeting's dates, for meetings named by year ("2025 Intersessional Meetings"). */
  year?: number | null
  month?: number | null
  /** The statement's opening paragraphs: they give the treaty when the header names only the meeting. */
  body?: string
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Patterns are written folded already; folding them again only normalises accents left in by hand. */
const compile = (source: string) => new RegExp(foldVariants(source).replace(/\\p\{([ln])\}/g, (_, name: string) => `\\p{${name.toUpperCase()}}`), 'u')
const acronymPattern = (acronyms: string[]) =>
  acronyms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${acronyms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined

const compiledTreaties = treaties.map((treaty) => ({
  treaty,
  patterns: [compile(treaty.patterns.map((source) => `(?:${source})`).join('|'))],
  acronyms: acronymPattern(treaty.acronyms),
}))
const compiledKinds = meetingKinds.map((kind) => ({kind, patterns: kind.patterns.map(compile)}))
const compiledSessions = sessionPatterns.map((source) => new RegExp(compile(source).source, 'gu'))
const compiledCommittees = mainCommitteePatterns.map(compile)
const council = {patterns: humanRightsCouncil.patterns.map(compile), acronyms: acronymPattern(humanRightsCouncil.acronyms)}
const assembly = {patterns: generalAssembly.patterns.map(compile), acronyms: acronymPattern(generalAssembly.acronyms)}
const security = {patterns: securityCouncil.patterns.map(compile), acronyms: acronymPattern(securityCouncil.acronyms)}
const compiledCouncilMeetings = councilMeetingPatterns.map(compile)
const compiledYearlyBodies = yearlyBodies.map((body) => ({body, patterns: body.patterns.map(compile), acronyms: acronymPattern(body.acronyms)}))
const numberedBody = /(?<![\p{L}\d])(hrc|unga)\s?-?(\d{1,3})(?!\d)/u
const numberedMeeting = /(?<![\p{L}\d])(\d{1,2})\s?(msp|rc|csp)(?![\p{L}])/u
/** The year of the Review Conference a Preparatory Committee prepares, as each language gives it. */
const reviewConferenceYear = [
  /(\d{4}) (?:[\p{L}-]+ )?review conference|review conference of (\d{4})/u,
  /conference d'examen (?:[\p{L}-]+ )?de (\d{4})|chargee d'examiner [^.;]{0,120}? en (\d{4})/u,
  /conferencia de examen (?:[\p{L}-]+ )?de (\d{4})|conferencia de las partes de (\d{4})/u,
  /конференци\p{L}* (\d{4}) года|конференци\p{L}* по рассмотрению [^.;]{0,120}? (\d{4}) года/u,
  /لاستعراض [^.;]{0,80}?(?:في )?عام (\d{4})|(?:موتمر|الموتمر) [^.;]{0,120}?لعام (\d{4})/u,
  /(\d{4})\s*年[^。]{0,30}审议大会/u,
]

interface Found {
  index: number
  match: RegExpExecArray
}

function earliest(patterns: RegExp[], text: string): Found | undefined {
  let best: Found | undefined
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match && (!best || match.index < best.index)) best = {index: match.index, match}
  }
  return best
}

function findIn(body: {patterns: RegExp[]; acronyms: RegExp | undefined}, text: string, folded: string): number {
  const byName = earliest(body.patterns, folded)?.index ?? Infinity
  const byAcronym = body.acronyms?.exec(text)?.index ?? Infinity
  return Math.min(byName, byAcronym)
}

/** The treaty named first in a text, by name in any UN language or by acronym. */
export function findTreaty(input: string): TreatyEntry | undefined {
  // A treaty's long name wraps over header lines.
  const text = input.replace(/\s+/g, ' ')
  const folded = foldVariants(text)
  let best: {treaty: TreatyEntry; index: number} | undefined
  for (const {treaty, patterns, acronyms} of compiledTreaties) {
    const index = findIn({patterns, acronyms}, text, folded)
    if (index !== Infinity && (!best || index < best.index)) best = {treaty, index}
  }
  return best?.treaty
}

/** The ordinal written in (Arabic, Chinese) or just before a name. */
function ordinalOf(found: Found, folded: string): number | null {
  const inner = found.match[1]
  if (inner) {
    const chinese = /第(.+?)[次届]/u.exec(inner)
    if (chinese?.[1]) return chineseNumber(chinese[1])
    // "PrepCom 2", "PrepCom III"
    if (/^\d{1,3}$/.test(inner)) return Number(inner) || null
    const roman = romanNumber(inner)
    if (roman !== null) return roman
    const inside = ordinalAtStart(inner)
    if (inside !== null) return inside
  }
  const before = folded.slice(Math.max(0, found.index - 40), found.index)
  // A number word right before the meeting stands for its ordinal: "Twelve Meeting of States Parties".
  return ordinalAtEnd(before) ?? (/\p{L} +$/u.test(before) ? cardinalAtEnd(before) : null)
}

function yearBefore(found: Found, folded: string): number | null {
  const match = /(\d{4})\s*$/.exec(folded.slice(Math.max(0, found.index - 12), found.index))
  return match ? Number(match[1]) : null
}

/**
 * Reads the meeting from header text in any UN language: the treaty, the kind of
 * meeting with its ordinal or year, or a session of the Human Rights Council or
 * the General Assembly (and its Main Committee). Names are canonical English.
 */
export function parseMeeting(text: string, context: MeetingContext = {}): MeetingInfo {
  const folded = foldVariants(text)
  const year = context.year ?? null
  const kindMatch = findKind(folded)
  const named = findTreaty(text)
  // A treaty meeting that mentions the General Assembly or the Council is still a treaty meeting.
  if (!(kindMatch && named)) {
    const body = readUnBody(text, folded, context)
    if (body) return body
  }
  const treaty = named ?? (kindMatch && context.body ? findTreaty(context.body) : undefined)
  const convention = treaty?.name ?? null
  if (!kindMatch) return (!named && readYearlyBody(text, folded, year)) || {meeting: null, convention, meetingKey: null}
  const {found, ordinal} = kindMatch
  const kind = partiesMeetingOf(kindMatch.kind, treaty)
  const meetingYear = yearBefore(found, folded) ?? year
  const key = treaty?.key
  if (kind.id === 'prepcom') {
    const rcYear = findReviewConferenceYear(folded)
    const forConference = rcYear ? ` for the ${rcYear} Review Conference` : ''
    const meeting = ordinal ? `${englishOrdinal(ordinal)} ${kind.name}${forConference}` : `Preparatory Committee${forConference}`
    const suffix = rcYear ?? meetingYear
    return {meeting, convention, meetingKey: key && ordinal ? `${key}-prepcom${ordinal}${suffix ? `-${suffix}` : ''}` : null}
  }
  const byYear = kind.id === 'im' || kind.id === 'gge' || (kind.id === 'mhcp' && !ordinal)
  if (ordinal && !byYear) {
    return {meeting: `${englishOrdinal(ordinal)} ${kind.name}`, convention, meetingKey: key ? `${key}-${ordinal}${kind.id}` : null}
  }
  if (meetingYear) {
    return {meeting: `${meetingYear} ${kind.name}`, convention, meetingKey: key ? `${key}-${kind.id}${meetingYear}` : null}
  }
  return {meeting: kind.name, convention, meetingKey: null}
}

/** A meeting or a conference of States Parties, as the treaty names its own. */
function partiesMeetingOf(kind: MeetingKind, treaty: TreatyEntry | undefined): MeetingKind {
  if ((kind.id !== 'msp' && kind.id !== 'csp') || !treaty?.partiesMeeting || treaty.partiesMeeting === kind.id) return kind
  return meetingKinds.find((item) => item.id === treaty.partiesMeeting) ?? kind
}

function findReviewConferenceYear(folded: string): number | null {
  for (const pattern of reviewConferenceYear) {
    const match = pattern.exec(folded)
    if (match) return Number(match.slice(1).find(Boolean))
  }
  return null
}

function findKind(folded: string): {kind: MeetingKind; found: Found; ordinal: number | null} | undefined {
  let best: {kind: MeetingKind; found: Found; ordinal: number | null} | undefined
  for (const {kind, patterns} of compiledKinds) {
    const found = earliest(patterns, folded)
    if (!found) continue
    const candidate = {kind, found, ordinal: ordinalOf(found, folded)}
    // PrepComs, GGEs and intersessional meetings name other meetings in their titles.
    if (kind.id === 'prepcom' || kind.id === 'gge' || kind.id === 'im') return candidate
    if (!best || found.index < best.found.index) best = candidate
  }
  const abbreviated = numberedMeeting.exec(folded)
  if (abbreviated && (!best || !best.ordinal)) {
    const kind = meetingKinds.find((item) => item.id === abbreviated[2])
    if (kind) return {kind, found: {index: abbreviated.index, match: abbreviated}, ordinal: Number(abbreviated[1])}
  }
  return best
}

/** "Conference on Disarmament", "Disarmament Commission": named by the year of the session. */
function readYearlyBody(text: string, folded: string, year: number | null): MeetingInfo | undefined {
  for (const {body, patterns, acronyms} of compiledYearlyBodies) {
    if (findIn({patterns, acronyms}, text, folded) === Infinity) continue
    const meeting = year ? `${year} session of the ${body.name}` : body.name
    return {meeting, convention: null, meetingKey: year ? `${body.key}${year}` : null}
  }
  return undefined
}

function readUnBody(text: string, folded: string, context: MeetingContext): MeetingInfo | undefined {
  const numbered = numberedBody.exec(folded)
  const councilIndex = numbered?.[1] === 'hrc' ? numbered.index : findIn(council, text, folded)
  const assemblyIndex = numbered?.[1] === 'unga' ? numbered.index : findIn(assembly, text, folded)
  const securityIndex = findIn(security, text, folded)
  const first = Math.min(councilIndex, assemblyIndex, securityIndex)
  // "First Committee", "Première Commission", "第一委员会": the General Assembly's, named or not.
  const committee = first === Infinity || first === assemblyIndex ? findCommittee(folded) : null
  if (first === Infinity && !committee) return undefined
  if (first === securityIndex && first !== Infinity) return readSecurityCouncil(folded)
  const session = numbered ? {ordinal: Number(numbered[2]), special: false} : findSession(folded)
  if (first === councilIndex && first !== Infinity) {
    const name = humanRightsCouncil.name
    if (!session.ordinal) return {meeting: name, convention: null, meetingKey: null}
    const special = session.special ? 'special ' : ''
    return {
      meeting: `${englishOrdinal(session.ordinal)} ${special}session of the ${name}`,
      convention: null,
      meetingKey: `${humanRightsCouncil.key}${session.special ? '-s' : ''}${session.ordinal}`,
    }
  }
  let ordinal = session.ordinal
  // A session opens in September: a date gives the session when the header does not.
  if (!ordinal && context.year) ordinal = context.year - ((context.month ?? 1) >= 9 ? 1945 : 1946)
  const name = generalAssembly.name
  const sessionName = ordinal ? `${englishOrdinal(ordinal)} session of the ${name}` : name
  return {
    meeting: committee ? `${committeeName(committee)}, ${sessionName}` : sessionName,
    convention: null,
    meetingKey: ordinal ? `${generalAssembly.key}${ordinal}${committee ? `-c${committee}` : ''}` : null,
  }
}

/** "9876th meeting of the Security Council" (`unsc9876`); without its number, just the Council. */
function readSecurityCouncil(folded: string): MeetingInfo {
  const name = securityCouncil.name
  for (const pattern of compiledCouncilMeetings) {
    const number = Number(pattern.exec(folded)?.[1])
    // "the 2025 meeting" is a year: the Council's meetings numbered like years were held around 1980.
    if (!number || (number >= 1945 && number <= 2100)) continue
    return {meeting: `${englishOrdinal(number)} meeting of the ${name}`, convention: null, meetingKey: `${securityCouncil.key}${number}`}
  }
  return {meeting: name, convention: null, meetingKey: null}
}

function findSession(folded: string): {ordinal: number | null; special: boolean} {
  for (const pattern of compiledSessions) {
    for (const match of folded.matchAll(pattern)) {
      const ordinal = ordinalOf({index: match.index, match: match as RegExpExecArray}, folded)
      const special = /special|extraordin|специальн|特别/u.test(match[0])
      if (ordinal) return {ordinal, special}
    }
  }
  return {ordinal: null, special: false}
}

function findCommittee(folded: string): number | null {
  for (const [alias, value] of mainCommitteeAliases) if (folded.includes(alias)) return value
  for (const pattern of compiledCommittees) {
    const match = pattern.exec(folded)
    const word = match?.[1]
    if (!word) continue
    const chinese = /第(.)/u.exec(word)
    const value = chinese?.[1] ? chineseNumber(chinese[1]) : (ordinalAtEnd(word) ?? ordinalAtStart(word))
    if (value && value >= 1 && value <= 6) return value
  }
  return null
}
