import {findEntities} from '../vocabulary/entities.ts'
import {treaties} from '../vocabulary/treaties.ts'
import {
  anyStatementBy,
  type ClassifiedLine,
  continues,
  deliveredBy,
  extend,
  functionTitle,
  honorific,
  missionLine,
  onBehalfOf,
  statementBy,
} from './classify-lines.ts'
import {fold} from './fold.ts'

/** Acronyms in titles that name meetings, treaties or bodies, never the statement's author. */
const notAuthorAcronyms = new Set([
  ...treaties.flatMap((treaty) => treaty.acronyms),
  'MSP', 'RC', 'CSP', 'UN', 'UNGA', 'HRC', 'IHL', 'IHRL', 'GGE', 'LAWS', 'EWIPA', 'IED', 'IEDS', 'ERW', 'ISU', 'NGO', 'II', 'III', 'IV', 'V', 'VI',
])

export interface AuthorInput {
  lines: ClassifiedLine[]
  /** Header lines already read as something else (agenda item, title, check against delivery). */
  consumed: Set<number>
  title: string | null
  body: string
  logo?: string | undefined
}

/**
 * Who the statement is from: the delivering State or organisation first, then
 * the title's, then the members of a joint statement, each once; and the person
 * who delivers it, as written ("Mr. Kwabena Asante-Darko, Minister-Counsellor").
 */
export function readAuthor({lines, consumed, title, body, logo}: AuthorInput): {organisations: string[]; speaker: string | null} {
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
    const titleText = title
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
  if (logo) for (const entity of findEntities(logo)) add(entity.name, 4000)

  const names = [...new Set(organisations.sort((a, b) => a.order - b.order).map((item) => item.name))]
  return {organisations: names, speaker}
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

const bodyDelivery = /(?<![\p{L}])(?:statement|it|this)\s+(?:is|was|will be)\s+(?:being\s+)?(?:delivered|made|read)\s+(?:by|on behalf of)\s+/gu

/** Who delivers, as the first paragraphs of the body say it: a person only when named with a title. */
function readBodyDelivery(body: string): {speaker: string | null; organisations: string[]} {
  const opening = body.slice(0, 1500)
  let speaker: string | null = null
  const organisations: string[] = []
  const folded = fold(opening)
  for (const match of folded.matchAll(bodyDelivery)) {
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
  // In a title written in capitals every word looks like an acronym.
  if (!/\p{Ll}/u.test(title)) return found
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
