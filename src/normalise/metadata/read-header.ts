import type {AgendaItem, StatementMeta} from '../meta.ts'
import {findCheckAgainstDelivery} from './check-against-delivery.ts'
import {type ClassifiedLine, classify, continues, extend, functionTitle, isHeadline, ministryLine, missionLine} from './classify-lines.ts'
import {agendaKey} from './agenda-key.ts'
import {fold} from './fold.ts'
import {findVenue} from './find-venue.ts'
import type {HeaderLine} from './header-lines.ts'
import {cleanTitle, findAgendaItem, parseAgendaLine, parseSubItem} from './parse-agenda-item.ts'
import type {DateMatch} from './parse-dates.ts'
import {findEntities} from '../vocabulary/entities.ts'
import {parseMeeting} from './parse-meeting.ts'
import {findPerson, readAuthor} from './read-author.ts'
import {restoreNameCase} from './name-case.ts'

/**
 * Reads the lines of a statement's header block into metadata. `body` is the
 * statement's text after the header: it expands an
 * author's acronym ("CCPAC" → "Centre for Civilian Protection in Armed Conflict").
 * `logo` is the text of a logo line dropped from the top of the statement.
 */
export function readHeader(headerLines: HeaderLine[], body: string, options: {logo?: string} = {}): Partial<StatementMeta> {
  const lines = headerLines.flatMap(withoutBrackets).map(classify)
  const consumed = new Set<number>()
  const meta: Partial<StatementMeta> = {heading: headerLines.map((line) => line.text)}

  meta.checkAgainstDelivery = lines.some((line) => line.kind === 'cad') || lines.some((line) => findCheckAgainstDelivery(line.text) !== null)
  for (const line of lines) if (line.kind === 'cad') consumed.add(line.index)

  const agenda = readAgenda(lines)
  meta.agendaItem = agenda?.item ?? findAgendaInLines(lines)
  const agendaLines = agenda?.lines ?? new Set<number>()
  for (const index of agendaLines) consumed.add(index)

  let dates: DateMatch | null = null
  let dateLine: ClassifiedLine | undefined
  for (const line of lines) {
    if (consumed.has(line.index)) continue
    dates = line.dates
    if (dates) {
      dateLine = line
      break
    }
  }
  meta.dates = dates ? {start: dates.start, end: dates.end} : null

  const title = readTitle(lines, consumed)
  const pageHeadline = title ? headlineAbove(lines, title.start, consumed) : undefined
  if (pageHeadline) consumed.add(pageHeadline.index)
  meta.title = pageHeadline?.text ?? title?.text ?? null

  const author = readAuthor({lines, consumed, title: title?.text ?? null, body, logo: options.logo})
  meta.organisations = author.organisations
  meta.speaker = author.speaker === null ? null : restoreNameCase(author.speaker)

  // The speaker's and the mission's lines name where they are accredited, not the meeting; the rest
  // of a speaker's line may name it ("H.E. Ms Ana Ruiz, Permanent Representative, at the Fifth Meeting…").
  const meetingText = lines
    .filter((line) => !agendaLines.has(line.index) && line.kind !== 'cad' && !isAccreditationLine(line))
    .map(withoutPerson)
    .join('\n')
  const [year, month] = dates ? dates.start.split('-').map(Number) : [null, null]
  Object.assign(meta, parseMeeting(meetingText, {year, month, body: body.slice(0, 3000)}))

  meta.venue = (dateLine && findVenue(dateLine.text)) ?? firstVenue(lines.filter((line) => line.kind !== 'agenda' && !consumed.has(line.index)))
  return meta
}

/** "Speech", "Statement", "12-12-2013 Statement": what kind of page it is, a web page's label above the title. */
const contentType =
  /^(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\s+)?(?:statement|speech|remarks|address|message|declaration|intervention|discours|allocution|declaracion|discurso|intervencion|выступление|заявление|كلمة|بيان|发言|讲话)s?(?:\s+\d{1,4}[-./]\d{1,2}[-./]\d{1,4})?$/u

/** A line about the meeting, before who delivers: what a web page heads its statement with. */
function headline(lines: ClassifiedLine[], consumed: Set<number>): ClassifiedLine | undefined {
  for (const line of lines) {
    if (line.kind === 'delivered') return undefined
    if (line.kind !== 'plain' || consumed.has(line.index) || isAccreditationLine(line) || ministryLine.test(line.folded) || findVenue(line.text)) continue
    if (line.text.split(/\s+/u).length >= 4 && parseMeeting(line.text).meeting !== null) return line
  }
  return undefined
}

/** A headline that is the whole header, one line of a few words ("Disarmament saves lives and fosters peace"): the title. */
function loneHeadline(lines: ClassifiedLine[], consumed: Set<number>): ClassifiedLine | undefined {
  const [line] = lines
  if (!line || lines.length > 1 || line.kind !== 'plain' || consumed.has(line.index)) return undefined
  return isHeadline(line.text) ? line : undefined
}

/** "[delivered by …]" at the end of a title is a line of its own. */
const bracketedDelivery = /\s*[[(]((?:delivered|presented|read|prononc|present|pronunciad|presentad|зачитыва|القاه|ألقاه|ألقته|القته)[^\])]*)[\])]\s*$/iu

/**
 * Lines read without the brackets around them: "(New York, 30 October 2025)", "[Delivered by Ms X]".
 * A bracketed "delivered by" after a title is read as its own line; the heading keeps the lines as written.
 */
function withoutBrackets(line: HeaderLine): HeaderLine[] {
  const whole = /^[[(]([^\])]+)[\])]$/u.exec(line.text)
  if (whole) return [{...line, text: whole[1] as string}]
  const delivery = bracketedDelivery.exec(line.text)
  if (!delivery || delivery.index === 0) return [line]
  return [{...line, text: line.text.slice(0, delivery.index)}, {...line, text: delivery[1] as string}]
}

/** A header line without the person it names and their function. */
function withoutPerson(line: ClassifiedLine): string {
  if (line.kind !== 'speaker' && line.kind !== 'delivered' && line.kind !== 'title') return line.text
  const person = findPerson(line.text)
  if (person) return `${line.text.slice(0, person.start)} ${line.text.slice(person.end)}`
  return line.kind === 'title' ? line.text : ''
}

function isAccreditationLine(line: ClassifiedLine): boolean {
  return line.kind === 'plain' && (missionLine.test(line.folded) || functionTitle.test(line.folded))
}

function firstVenue(lines: ClassifiedLine[]): string | null {
  for (const line of lines) {
    const venue = findVenue(line.text)
    if (venue) return venue
  }
  return null
}

function findAgendaInLines(lines: ClassifiedLine[]): AgendaItem | null {
  for (const line of lines) {
    if (line.kind === 'cad') continue
    const item = findAgendaItem(line.text)
    if (item) return item
  }
  return null
}

/**
 * The agenda item and the lines it was read from (its title may run over several lines).
 * A sub-item on the line after the heading ("Agenda item 11: Consideration of …" over
 * "(a) Assisting the victims") is the item: number "11 (a)", title "Assisting the victims".
 */
function readAgenda(lines: ClassifiedLine[]): {item: AgendaItem; lines: Set<number>} | null {
  const start = lines.find((line) => line.kind === 'agenda')
  if (!start) return null
  const parsed = parseAgendaLine(start.text)
  if (!parsed) return null
  const used = new Set([start.index])
  let title = parsed.item.title ?? ''
  let sofar = start.text
  let last = start.index
  for (let index = start.index + 1; index < lines.length; index++) {
    const next = lines[index]
    if (!next || next.block !== start.block || next.kind !== 'plain' || parseSubItem(next.text)) break
    const sameBold = start.strong !== null && next.strong === start.strong
    const pendingTitle = parsed.titlePending && !title
    if (!sameBold && !pendingTitle && !continues(next, sofar)) break
    title = title ? `${title} ${next.text}` : next.text
    sofar = next.text
    used.add(index)
    last = index
  }
  // The sub-item: on the next line, or first in the next block.
  const next = lines[last + 1]
  const sub = next && (next.block === start.block || next.block === (lines[last]?.block ?? -1) + 1) && !/\p{L}$/u.test(fold(parsed.item.number)) ? parseSubItem(next.text) : null
  if (next && sub) {
    used.add(next.index)
    const number = `${parsed.item.number} ${sub.marker}`
    return {item: {number, key: agendaKey(fold(number)), title: sub.title ?? (cleanTitle(title) || null)}, lines: used}
  }
  return {item: {...parsed.item, title: cleanTitle(title) || null}, lines: used}
}

/**
 * The title: the line that says what the statement is ("Statement by …"); with none, the headline a
 * web page puts above a statement that names who delivers it ("Meeting of … : General Exchange of Views").
 */
function readTitle(lines: ClassifiedLine[], consumed: Set<number>): {text: string; start: number} | null {
  const start =
    lines.find((line) => line.kind === 'title' && !consumed.has(line.index) && !contentType.test(fold(extend(lines, line.index, continues).text))) ??
    (lines.some((line) => line.kind === 'delivered') ? headline(lines, consumed) : loneHeadline(lines, consumed))
  if (!start) return null
  let {text, end} = extend(lines, start.index, continues)
  // "Statement by" alone, the name a blank line below it: the title goes on with the name and its function.
  const named = lines[end + 1]
  if (danglingBy.test(fold(text)) && named && named.block !== start.block && (named.kind === 'plain' || named.kind === 'speaker') && parseMeeting(named.text).meeting === null) {
    text = `${text} ${named.text}`
    end = named.index
    const role = lines[end + 1]
    if (role && role.block === named.block && role.kind === 'plain' && functionTitle.test(role.folded)) {
      text = `${text}, ${role.text}`
      end = role.index
    }
  }
  for (let index = start.index; index <= end; index++) consumed.add(index)
  // A title is no sentence: a closing full stop goes, unless it ends an abbreviation ("Inc.", "U.N.").
  return {text: text.replace(/[\s:;,]+$/u, '').replace(/(?<=\p{Ll}{3})\.$/u, ''), start: start.index}
}

/** A title that stops where the name would follow: "Statement by", "Déclaration de", "Выступление". */
const danglingBy = /(?:(?<![\p{L}])(?:by|of|from|par|de|du|por|del)|^(?:выступление|заявление|كلمة|بيان))$/u

/** A letterhead: a foreign ministry under any name ("Département fédéral des affaires étrangères DFAE"), or a name and its acronym. */
const letterhead = /(?<![\p{L}])(?:foreign affairs|affaires etrangeres|asuntos exteriores|relaciones exteriores|иностранных дел)(?![\p{L}])|الخارجية|外交|\s\p{Lu}{2,}\)?$/u

/** "Thematic debate: conventional weapons", "Item 2:": a label and what it labels, no headline. */
const labelled = /^[^:：]{1,40}[:：]\s*\S/u

/**
 * A web page's headline, first in the header above "Statement by …": a phrase of its own words that names
 * no State, organisation, meeting, treaty, place, date or person. It is what the page calls the statement.
 */
function headlineAbove(lines: ClassifiedLine[], titleIndex: number, consumed: Set<number>): ClassifiedLine | undefined {
  const first = lines[0]
  if (!first || first.index >= titleIndex || first.kind !== 'plain' || consumed.has(first.index)) return undefined
  const text = first.text
  if (text.split(/\s+/u).length < 4 || !/^\p{Lu}/u.test(text) || /[.;,]$/u.test(text) || labelled.test(text) || text === text.toUpperCase() || letterhead.test(first.folded) || letterhead.test(text)) return undefined
  if (isAccreditationLine(first) || ministryLine.test(first.folded) || contentType.test(first.folded) || findVenue(text) || first.dates) return undefined
  const meeting = parseMeeting(text)
  if (meeting.meeting !== null || meeting.convention !== null || findEntities(text, {forums: true}).length > 0 || findPerson(text)) return undefined
  return first
}

