import type {AgendaItem, StatementMeta} from '../meta.ts'
import {findEntities} from '../vocabulary/entities.ts'
import {treaties} from '../vocabulary/treaties.ts'
import {findCheckAgainstDelivery, isCheckAgainstDeliveryLine} from './check-against-delivery.ts'
import {detectLanguage} from './detect-language.ts'
import {findVenue} from './find-venue.ts'
import {fold} from './fold.ts'
import type {HeaderLine} from './header-lines.ts'
import {cleanTitle, parseAgendaLine} from './parse-agenda-item.ts'
import {type DateMatch, findDates} from './parse-dates.ts'
import {findTreaty, parseMeeting} from './parse-meeting.ts'

const titleStart = new RegExp(
  [
    String.raw`^(?:(?:joint|national|closing|opening|general|cross[- ]regional|concluding|final|oral)\s+)*(?:statement|declaration|intervention|remarks|speech|address)(?![\p{L}])`,
    String.raw`^(?:declaration|intervention|allocution|discours)(?![\p{L}])`,
    String.raw`^(?:intervencion|declaracion|discurso|palabras)(?![\p{L}])`,
    String.raw`^(?:совместное\s+)?(?:выступление|заявление)`,
    String.raw`^(?:كلمة|بيان)`,
    String.raw`(?:发言|声明|讲话)$`,
  ].join('|'),
  'u',
)
const titleInside = /(?<![\p{L}])(?:statement\s+(?:by|of|on|from|to|delivered|at|for)|declaration conjointe|declaracion conjunta)(?![\p{L}])|(?<![\p{L}])statement$/u
const deliveredBy =
  /(?<![\p{L}])(?:(?:delivered|presented|read out|read|pronounced|made)\s+by|speaker\s*:|orat(?:eur|rice)\s*:|orador(?:a)?\s*:|prononce\p{L}*\s+par|presente\p{L}*\s+par|pronunciad\p{L}*\s+por|presentad\p{L}*\s+por|зачитывает|выступает|оглашает|القاها|القاه|يلقيها|يلقيه|تلقيها)(?![\p{L}])\s*/u
const onBehalfOf = /(?<![\p{L}])(?:on behalf of|au nom d(?:e|u|es)|en nombre d(?:e|el)|от имени|باسم)(?![\p{L}])\s*|代表/u
const statementBy = /(?<![\p{L}])statement\s+(?:by|of|from)\s+(?:the\s+)?/u
/** "Intervention de M. …", "Intervención del Sr. …", "Выступление г-на …": who speaks, in any language. */
const anyStatementBy =
  /(?<![\p{L}])(?:(?:statement|declaration|intervention|remarks|speech|address)\s+(?:by|of|from)|(?:declaration|intervention|allocution|discours)\s+(?:de|du|d')|(?:intervencion|declaracion|discurso|palabras)\s+(?:de|del)|(?:выступление|заявление))(?![\p{L}])\s*(?:(?:the|la|le|l'|el)\s+)?/u
const honorific =
  /^(?:h\.\s?e\.|his excellency|her excellency|s\.\s?e\.|son excellence|su excelencia|excm[oa]\.?|ambassador|ambassadeur|ambassadrice|embajador|embajadora|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|professor|minister|ministre|ministro|ministra|m\.|mme|sr\.|sra\.|srta\.|senor|senora|г-н|г-жа|господин|госпожа|посол|министр|السيد|السيدة|سعادة|السفير|السفيرة|معالي|sir|dame|lord|lady|general|colonel|brigadier)(?:\s|$)/u
const functionTitle =
  /^(?:permanent representative|deputy|ambassador|minister|head of|director|chair|president|vice|representative|counsellor|first secretary|second secretary|legal adviser|adviser|representant|ministre|chef de|directeur|directrice|representante|jefe|jefa|directora?|постоянн\p{L}* представител|министр|глава|директор|заместител|المندوب|الممثل|وزير|رئيس)/u
const missionLine = /^(?:permanent mission|mission permanente|mision permanente|delegation|постоянное представительство|البعثة الدائمة)/u
const continuesOnNextLine =
  /(?:(?<![\p{L}])(?:of|the|to|and|on|for|in|by|at|with|from|de|la|le|les|l'|du|des|del|los|las|y|et|en|a|au|aux|sur|o|ob|po|и|в|на|для|к|о|об|по|с|со)|[,:;–—&-])$/u
/** Acronyms in titles that name meetings, treaties or bodies, never the statement's author. */
const notAuthorAcronyms = new Set([
  ...treaties.flatMap((treaty) => treaty.acronyms),
  'MSP', 'RC', 'CSP', 'UN', 'UNGA', 'HRC', 'IHL', 'IHRL', 'GGE', 'LAWS', 'EWIPA', 'IED', 'IEDS', 'ERW', 'ISU', 'NGO', 'II', 'III', 'IV', 'V', 'VI',
])

type LineKind = 'cad' | 'agenda' | 'title' | 'delivered' | 'speaker' | 'date' | 'plain'

interface ClassifiedLine extends HeaderLine {
  folded: string
  kind: LineKind
  index: number
  dates: DateMatch | null
}

function classify(line: HeaderLine, index: number): ClassifiedLine {
  const folded = fold(line.text)
  const dates = findDates(line.text)
  let kind: LineKind = 'plain'
  if (isCheckAgainstDeliveryLine(line.text)) kind = 'cad'
  else if (parseAgendaLine(line.text)) kind = 'agenda'
  else if (titleStart.test(folded) || titleInside.test(folded)) kind = 'title'
  else if (deliveredBy.test(folded) && deliveredBy.exec(folded)?.index === 0) kind = 'delivered'
  else if (onBehalfOf.exec(folded)?.index === 0) kind = 'delivered'
  else if (honorific.test(folded) && /^\S+\s+\p{Lu}/u.test(line.text.replace(/^(?:H\.\s?E\.|S\.\s?E\.)\s+/u, ''))) kind = 'speaker'
  else if (dates) kind = 'date'
  return {...line, folded, kind, index, dates}
}

const startsLowercase = (text: string) => /^\p{Ll}/u.test(text)

/** Joins a line with the lines of its block that continue it (a wrapped title or list). */
function extend(lines: ClassifiedLine[], start: number, accept: (next: ClassifiedLine, sofar: string) => boolean): {text: string; end: number} {
  const first = lines[start]
  let text = first?.text ?? ''
  let end = start
  for (let index = start + 1; index < lines.length; index++) {
    const next = lines[index]
    if (!next || next.block !== first?.block || !accept(next, text)) break
    // "Statement by" / "H.E. Mr. …": a speaker's line can finish a title that ends in "by".
    if (next.kind !== 'plain' && !(next.kind === 'speaker' && continuesOnNextLine.test(fold(text)))) break
    text += ` ${next.text}`
    end = index
  }
  return {text, end}
}

const continues = (next: ClassifiedLine, sofar: string) => startsLowercase(next.text) || continuesOnNextLine.test(fold(sofar))

/**
 * Reads the lines of a statement's header block into metadata. `body` is the
 * statement's text after the header: it gives the language and expands an
 * author's acronym ("CCPAC" → "Centre for Civilian Protection in Armed Conflict").
 * `logo` is the text of a logo line dropped from the top of the statement.
 */
export function readHeader(headerLines: HeaderLine[], body: string, options: {logo?: string} = {}): Partial<StatementMeta> {
  const lines = headerLines.map(classify)
  const consumed = new Set<number>()
  const meta: Partial<StatementMeta> = {heading: headerLines.map((line) => line.text)}

  meta.checkAgainstDelivery = lines.some((line) => line.kind === 'cad') || lines.some((line) => findCheckAgainstDelivery(line.text) !== null)
  for (const line of lines) if (line.kind === 'cad') consumed.add(line.index)

  const agenda = readAgenda(lines)
  meta.agendaItem = agenda?.item ?? null
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
  meta.title = title?.text ?? null

  const organisations: {name: string; order: number}[] = []
  const add = (name: string, order: number) => organisations.push({name, order})
  let speaker: string | null = null

  for (const line of lines) {
    if (line.kind !== 'delivered' || consumed.has(line.index)) continue
    const {text, end} = extend(lines, line.index, continues)
    for (let index = line.index; index <= end; index++) consumed.add(index)
    const reading = readDelivery(text)
    speaker ??= reading.speaker
    reading.deliverers.forEach((name, offset) => add(name, -100 + offset))
    reading.members.forEach((name, offset) => add(name, 1000 + offset))
  }

  if (title) {
    const titleText = title.text
    const folded = fold(titleText)
    const byIndex = deliveredBy.exec(folded)
    const titlePart = byIndex ? titleText.slice(0, byIndex.index) : titleText
    if (byIndex) {
      const reading = readDelivery(titleText.slice(byIndex.index))
      speaker ??= reading.speaker
      reading.deliverers.forEach((name, offset) => add(name, -50 + offset))
      reading.members.forEach((name, offset) => add(name, 1000 + offset))
    }
    const entities = findEntities(titlePart)
    for (const entity of entities) add(entity.name, entity.start)
    for (const {acronym, index} of unknownAcronyms(titlePart, entities)) {
      const expansion = expandAcronym(acronym, body)
      if (expansion) add(expansion, index)
    }
    const speakerIntro = anyStatementBy.exec(folded)
    if (speakerIntro && !byIndex) {
      const [authorPart] = splitOnBehalf(titleText.slice(speakerIntro.index + speakerIntro[0].length))
      if (honorific.test(fold(authorPart))) speaker ??= cleanSpeaker(authorPart)
    }
    const by = statementBy.exec(folded)
    if (by && !byIndex && !entities.length && organisations.length === 0) {
      // An organisation the vocabulary does not know: "Statement by the Landmine Survivors Initiative".
      const [authorPart] = splitOnBehalf(titleText.slice(by.index + by[0].length))
      if (!honorific.test(fold(authorPart)) && /^\p{Lu}/u.test(authorPart)) {
        add(authorPart.split(/\s*,\s*|\s+(?:at|to|before|during|on|in|for)\s+(?:the\s+)?/u)[0] ?? authorPart, by.index)
      }
    }
  }

  for (const line of lines) {
    if (consumed.has(line.index)) continue
    if (line.kind === 'speaker') {
      speaker ??= cleanSpeaker(line.text)
      consumed.add(line.index)
      for (const entity of findEntities(line.text)) add(entity.name, 2000 + line.index)
      continue
    }
    // "Permanent Mission of Ghana…", "Permanent Representative of Norway…" name the State that speaks.
    const isMission = missionLine.test(line.folded) || functionTitle.test(line.folded)
    if (!isMission && line.text.length > 80) continue
    const entities = findEntities(line.text)
    const onlyEntity = entities.length === 1 && entities[0] && line.text.slice(0, entities[0].start).replace(/^the\s+/iu, '').trim() === '' && line.text.slice(entities[0].end).trim() === ''
    if (onlyEntity && entities[0]) add(entities[0].name, 3000 + line.index)
    else if (isMission && entities[0]) add(entities[0].name, 3000 + line.index)
  }

  // "This statement is delivered by the ICRC and the IFRC… It is being delivered by Ambassador …"
  const fromBody = readBodyDelivery(body)
  speaker ??= fromBody.speaker
  if (!organisations.length) fromBody.organisations.forEach((name, offset) => add(name, 3500 + offset))

  // A logo line ("ICRC", "IRELAND") was dropped before the header was read; it still says who speaks.
  if (options.logo) for (const entity of findEntities(options.logo)) add(entity.name, 4000)

  meta.organisations = [...new Set(organisations.sort((a, b) => a.order - b.order).map((item) => item.name))]
  meta.speaker = speaker

  const meetingText = lines.filter((line) => !agendaLines.has(line.index) && line.kind !== 'cad').map((line) => line.text).join('\n')
  const [year, month] = dates ? dates.start.split('-').map(Number) : [null, null]
  let meeting = parseMeeting(meetingText, {year, month})
  if (meeting.meeting && !meeting.convention && !meeting.meetingKey?.match(/^(?:hrc|unga)/) && !/General Assembly|Human Rights Council/.test(meeting.meeting)) {
    // "22nd Meeting of States Parties" alone: the treaty is the one the statement talks about.
    const treaty = findTreaty(body.slice(0, 3000))
    if (treaty) meeting = parseMeeting(`${meetingText}\n${treaty.name}`, {year, month})
  }
  Object.assign(meta, meeting)

  meta.venue = (dateLine && findVenue(dateLine.text)) ?? firstVenue(lines.filter((line) => line.kind !== 'agenda' && !consumed.has(line.index)))
  meta.language = detectLanguage(body.length >= 200 ? body : `${headerLines.map((line) => line.text).join('\n')}\n${body}`)
  return meta
}

function firstVenue(lines: ClassifiedLine[]): string | null {
  for (const line of lines) {
    const venue = findVenue(line.text)
    if (venue) return venue
  }
  return null
}

/** The agenda item and the lines it was read from (its title may run over several lines). */
function readAgenda(lines: ClassifiedLine[]): {item: AgendaItem; lines: Set<number>} | null {
  const start = lines.find((line) => line.kind === 'agenda')
  if (!start) return null
  const parsed = parseAgendaLine(start.text)
  if (!parsed) return null
  const used = new Set([start.index])
  let title = parsed.item.title ?? ''
  let sofar = start.text
  for (let index = start.index + 1; index < lines.length; index++) {
    const next = lines[index]
    if (!next || next.block !== start.block || next.kind !== 'plain') break
    const sameBold = start.strong !== null && next.strong === start.strong
    const pendingTitle = parsed.titlePending && !title
    if (!sameBold && !pendingTitle && !continues(next, sofar)) break
    title = title ? `${title} ${next.text}` : next.text
    sofar = next.text
    used.add(index)
  }
  return {item: {...parsed.item, title: cleanTitle(title) || null}, lines: used}
}

function readTitle(lines: ClassifiedLine[], consumed: Set<number>): {text: string} | null {
  const start = lines.find((line) => line.kind === 'title' && !consumed.has(line.index))
  if (!start) return null
  const {text, end} = extend(lines, start.index, continues)
  for (let index = start.index; index <= end; index++) consumed.add(index)
  return {text: text.replace(/[\s:;,]+$/u, '')}
}

function splitOnBehalf(text: string): [string, string | null] {
  const match = onBehalfOf.exec(fold(text))
  if (!match) return [text.trim(), null]
  return [text.slice(0, match.index).trim(), text.slice(match.index + match[0].length).trim()]
}

/** "Delivered by X on behalf of A, B and C": who delivers (a State, an organisation or a person) and for whom. */
function readDelivery(text: string): {speaker: string | null; deliverers: string[]; members: string[]} {
  const by = deliveredBy.exec(fold(text))
  const rest = (by ? text.slice(by.index + by[0].length) : text).replace(/^[\s:–—-]+/u, '')
  const [deliverer, members] = splitOnBehalf(rest)
  const deliverers = findEntities(deliverer).map((entity) => entity.name)
  const delivererFolded = fold(deliverer).replace(/^the\s+/u, '')
  const isPerson = deliverer !== '' && (honorific.test(delivererFolded) || (deliverers.length === 0 && /^\p{Lu}/u.test(deliverer)))
  return {
    speaker: isPerson ? cleanSpeaker(deliverer) : null,
    deliverers,
    members: members ? findEntities(members).map((entity) => entity.name) : [],
  }
}

const bodyDelivery = /(?<![\p{L}])(?:statement|it|this)\s+(?:is|was|will be)\s+(?:being\s+)?(?:delivered|made|read)\s+(?:by|on behalf of)\s+/u

/** Who delivers, as the first paragraphs of the body say it: a person only when named with a title. */
function readBodyDelivery(body: string): {speaker: string | null; organisations: string[]} {
  const opening = body.slice(0, 1500)
  let speaker: string | null = null
  const organisations: string[] = []
  const folded = fold(opening)
  for (const match of folded.matchAll(new RegExp(bodyDelivery.source, 'gu'))) {
    const start = match.index + match[0].length
    const sentence = opening.slice(start).split(/[.;:](?:\s|$)|\n/u)[0] ?? ''
    const [who] = splitOnBehalf(sentence)
    if (!speaker && honorific.test(fold(who).replace(/^the\s+/u, ''))) speaker = cleanSpeaker(who.split(/\s+(?:and|et|y)\s+/u)[0] ?? who)
    for (const entity of findEntities(sentence)) organisations.push(entity.name)
  }
  return {speaker, organisations}
}

function cleanSpeaker(text: string): string {
  return text.replace(/^[\s:–—-]+/u, '').replace(/^(?:the|la|le|el)\s+/iu, '').replace(/[\s,;:–—-]+$/u, '').trim()
}

/** All-capital words in a title that name no known State, organisation, treaty or meeting ("CCPAC"). */
function unknownAcronyms(title: string, known: {start: number; end: number}[]): {acronym: string; index: number}[] {
  const found: {acronym: string; index: number}[] = []
  for (const match of title.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,8}(?![\p{L}\p{N}])/gu)) {
    if (notAuthorAcronyms.has(match[0])) continue
    if (known.some((entity) => match.index >= entity.start && match.index < entity.end)) continue
    found.push({acronym: match[0], index: match.index})
  }
  return found
}

const nameWord = String.raw`(?:\p{Lu}[\p{L}'’-]*|of|for|and|the|in|on|to|de|des|du|la|le|et|y|del|los|las|para|en|&)`

/** "The Centre for Civilian Protection in Armed Conflict (CCPAC)" in the body gives the name behind "CCPAC". */
function expandAcronym(acronym: string, body: string): string | null {
  const pattern = new RegExp(`(${nameWord}(?:\\s+${nameWord}){1,12})\\s*\\(${acronym}\\)`, 'u')
  const match = pattern.exec(body)
  if (!match?.[1]) return null
  const name = match[1].replace(/^(?:(?:the|of|for|and|in|on|to|de|des|du|la|le|et|y|del|los|las|para|en|&)\s+)+/iu, '')
  return name.charAt(0).toUpperCase() === acronym.charAt(0) ? name : null
}
