import {type EntityMatch, findEntities} from '../vocabulary/entities.ts'
import {forumName} from '../vocabulary/organisations.ts'
import {treaties} from '../vocabulary/treaties.ts'
import {
  anyStatementBy,
  type ClassifiedLine,
  continues,
  deliveredBy,
  extend,
  functionTitle,
  honorifics,
  looksLikeName,
  maskAbbreviations,
  ministryLine,
  missionLine,
  onBehalfOf,
  statementBy,
} from './classify-lines.ts'
import {fold} from './fold.ts'
import {russianNominative} from './russian-nominative.ts'
import {findVenue} from './find-venue.ts'
import {findDates} from './parse-dates.ts'

/** Acronyms in titles that name meetings, treaties or bodies, never the statement's author. */
const notAuthorAcronyms = new Set([
  ...treaties.flatMap((treaty) => treaty.acronyms),
  'MSP', 'RC', 'CSP', 'UN', 'UNGA', 'HRC', 'IHL', 'IHRL', 'GGE', 'LAWS', 'EWIPA', 'IED', 'IEDS', 'ERW', 'ISU', 'NGO', 'II', 'III', 'IV', 'V', 'VI',
  'CD', 'SC', 'UNSC', 'GA', 'ECOSOC', 'OEWG', 'UNDC', 'DC', 'PSC', 'FSC', 'EC', 'BWC', 'CWC', 'UPR', 'SDG', 'SDGS', 'AI', 'ICT', 'ICTS', 'SALW', 'PAROS', 'FMCT', 'NSA', 'NSAS',
])

const united = 'United Nations'

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
 *
 * A message of the Secretary-General or of the High Representative for Disarmament
 * Affairs is from the United Nations; its speaker is whoever delivers it, else the
 * official when named ("António Guterres"), else no one.
 */
export function readAuthor({lines, consumed, title, body, logo}: AuthorInput): {organisations: string[]; speaker: string | null} {
  const organisations: {name: string; order: number}[] = []
  const add = (name: string, order: number) => organisations.push({name, order})
  let speaker: string | null = null
  let official: {named: string | null} | null = null

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
    official = findOfficialMessage(titleText)
    const byIndex = deliveredBy.exec(folded)
    const titlePart = byIndex ? titleText.slice(0, byIndex.index) : titleText
    if (byIndex) {
      const reading = readDelivery(titleText.slice(byIndex.index))
      speaker ??= reading.speaker
      reading.deliverers.forEach((name, offset) => add(name, -50 + offset))
      reading.members.forEach((name, offset) => add(name, 1000 + offset))
    }
    const speakerIntro = anyStatementBy.exec(folded)
    // "Statement by Kari Nordheim" may be an organisation's name; with a title or a function it is a person.
    const person =
      speakerIntro && speakerIntro.index < titlePart.length ? readPerson(titlePart.slice(speakerIntro.index + speakerIntro[0].length), {untitled: 'with-function'}) : null
    const personStart = person && speakerIntro ? speakerIntro.index + speakerIntro[0].length : -1
    // "Выступление … г-на Иванова": a Russian title names the speaker in the genitive.
    if (person) speaker ??= speakerIntro && /\p{Script=Cyrillic}/u.test(speakerIntro[0]) ? russianNominative(person.speaker) : person.speaker
    speaker ??= chineseSpeaker(titleText)
    // The person's own name is no organisation; their function may name their State.
    const entities = authorEntities(titlePart, {topics: true}).filter((entity) => !person || !inName(entity, person, personStart))
    for (const entity of entities) add(entity.name, entity.start)
    for (const {acronym, index} of unknownAcronyms(titlePart, entities)) {
      const expansion = expandAcronym(acronym, body)
      if (expansion && !forumName.test(expansion)) add(expansion, index)
    }
    const by = statementBy.exec(folded)
    if (by && !byIndex && !person && !official && !entities.length && organisations.length === 0) {
      // An organisation the vocabulary does not know: "Statement by the Landmine Survivors Initiative".
      const [authorPart] = splitOnBehalf(titleText.slice(by.index + by[0].length))
      const name = authorPart.split(/\s*,\s*|\s+(?:at|to|before|during|on|in|for)\s+(?:the\s+)?/u)[0] ?? authorPart
      const candidate = !honorifics.test(fold(authorPart)) && /^\p{Lu}/u.test(authorPart) && !forumName.test(name) && !functionTitle.test(fold(name))
      // A person has a personal-name shape and no organisation word: "Statement by Kari Lindqvist" names the speaker.
      if (candidate && !organisationWord.test(fold(name)) && looksLikeName(name, false)) speaker ??= name
      else if (candidate) add(name, by.index)
    }
  }

  for (const line of lines) {
    if (consumed.has(line.index)) continue
    official ??= findOfficialMessage(line.text, line.kind === 'title' || line.kind === 'plain')
    if (line.kind === 'speaker') {
      const person = readPerson(line.text, {untitled: 'never'})
      speaker ??= person?.speaker ?? cleanSpeaker(line.text)
      consumed.add(line.index)
      for (const entity of authorEntities(line.text).filter((entity) => !person || !inName(entity, person))) add(entity.name, 2000 + line.index)
      continue
    }
    // "Kari Nordheim" over "Permanent Representative of Norway": a name without a title, with its function below.
    const next = lines[line.index + 1]
    if (
      line.kind === 'plain' &&
      next?.block === line.block &&
      startsWithFunction(next.folded) &&
      readPerson(line.text, {untitled: 'name'})?.end === line.text.replace(/[\s,;:]+$/u, '').length &&
      !findVenue(line.text)
    ) {
      speaker ??= line.text.replace(/[\s,;:]+$/u, '')
      continue
    }
    // "Permanent Mission of Ghana…", "Permanent Representative of Norway…" name the State that speaks.
    const isMission = missionLine.test(line.folded) || functionTitle.test(line.folded) || (ministryLine.test(line.folded) && line.text.length <= 100)
    if (!isMission && line.text.length > 80) continue
    const entities = authorEntities(line.text)
    const onlyEntity = entities.length === 1 && entities[0] && line.text.slice(0, entities[0].start).replace(/^the\s+/iu, '').trim() === '' && line.text.slice(entities[0].end).trim() === ''
    if (onlyEntity && entities[0]) add(entities[0].name, 3000 + line.index)
    else if (isMission && entities[0]) add(entities[0].name, 3000 + line.index)
  }

  // "I have the honour to speak on behalf of A, B and my own country, C": C first, then A and B.
  const fromBody = readBodyDelivery(body)
  speaker ??= fromBody.speaker
  fromBody.deliverers.forEach((name, offset) => add(name, -150 + offset))
  if (!organisations.length || fromBody.firstPerson) fromBody.members.forEach((name, offset) => add(name, 3500 + offset))

  // A message of the Secretary-General: the United Nations speaks, through whoever delivers it.
  const officialSpeaks = official !== null || (speaker !== null && findOfficialMessage(speaker, false) !== null)
  if (officialSpeaks) {
    add(united, -300)
    speaker ??= official?.named ?? null
  }

  // A logo line ("ICRC", "IRELAND") was dropped before the header was read; it still says who speaks.
  if (logo) for (const entity of findEntities(logo)) add(entity.name, 4000)

  // Nothing above names the author: the State that speaks of itself in the third person does.
  if (!organisations.length) {
    const state = selfNamedState(body)
    if (state) add(state, 5000)
  }

  let names = [...new Set(organisations.sort((a, b) => a.order - b.order).map((item) => item.name))]
  // The office of the official who delivers the message ("Director, UNODA") is the United Nations speaking.
  if (officialSpeaks) names = names.filter((name) => !name.startsWith(`${united} `))
  return {organisations: names, speaker}
}

/** Whether an entity found in a text is part of a person's name there ("Chad Johnson"), `offset` where the person's text starts. */
function inName(entity: {start: number; end: number}, person: Person, offset = 0): boolean {
  return entity.start >= offset + person.nameStart && entity.end <= offset + person.nameEnd
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
  const person = readPerson(deliverer)
  // A person's name is no State ("Kari Nordheim"); their function may name one ("Permanent Representative of Norway").
  const deliverers = authorEntities(deliverer)
    .filter((entity) => !person || !inName(entity, person))
    .map((entity) => entity.name)
  return {
    speaker: person?.speaker ?? null,
    deliverers,
    members: members ? authorEntities(members).map((entity) => entity.name) : [],
  }
}

// Where a statement is made or a speaker accredited: "to the United Nations", "at the OPCW", "auprès de l'ONU".
const placeBefore =
  /(?:^|[^\p{L}])(?:to|at|before|within|inside|in|a|au|aux|aupres\s+d(?:e|u|es)|devant|pres|ante|en|durante|pendant|lors\s+d(?:e|u|es)|в|во|на|при|перед|لدى|امام|في|خلال)\s+(?:(?:the|la|le|les|l'|el|los|las|del|de la|de l'|du|des)\s*)?$/u
const hanPlaceBefore = /(?:常驻|驻|在|于|出席|致)$/u
// What a title is about: "Statement on cooperation with UNICEF", "Déclaration sur le rapport de l'AIEA".
const topicWord =
  /(?<![\p{L}])(?:on(?!\s+behalf)|about|regarding|concerning|with|sur|concernant|avec|sobre|acerca|relativ\p{L}*|con|о|об|относительно|по|حول|بشان)(?![\p{L}])|关于/u
// A new clause that names who speaks again: "…, delivered by", "on behalf of", "by".
const clauseBreak = /[,;:–—]|\s-\s|(?<![\p{L}])(?:by|par|por|on behalf of|au nom d(?:e|u|es)|en nombre d(?:e|el)|от имени|باسم)(?![\p{L}])/gu

/**
 * The States and organisations a text names as authors: not a forum ("the United Nations
 * General Assembly"), not where someone is accredited ("… to the United Nations") and, in a
 * title (`topics`), not what the statement is about ("… on cooperation with UNICEF").
 */
function authorEntities(text: string, options: {topics?: boolean} = {}): EntityMatch[] {
  const entities = findEntities(text)
  if (!entities.length) return entities
  const folded = fold(text)
  return entities.filter((entity) => {
    const before = folded.slice(0, entity.start)
    if (placeBefore.test(before) || hanPlaceBefore.test(before)) return false
    if (!options.topics) return true
    let clauseStart = 0
    for (const match of before.matchAll(clauseBreak)) clauseStart = match.index + match[0].length
    return !topicWord.test(before.slice(clauseStart))
  })
}

// ---------------------------------------------------------------------------------------------
// People

// Where a name ends: punctuation, or a word that starts what follows it.
const nameBoundary =
  /\s*[,;:(（،]|\s+[–—-]\s+|\s+(?:on behalf of|also on behalf of|au nom d|en nombre d|от имени|باسم|نيابة|at|to|before|during|in|for|who|will|à|au|aux|lors|devant|pour|qui|ante|en|durante|para|quien|que|на|в|при|перед|от|في|أمام|امام|خلال|لدى|delivered|prononc\p{L}*|pronunciad\p{L}*|المندوب\p{L}*|الممثل\p{L}*|سفير|وزير\p{L}*|مستشار\p{L}*|نايب\p{L}*|رييس\p{L}*)(?![\p{L}])|[.!?](?=\s*$)|\s*$/u
const functionWord =
  /^(?:(?:and|et|y|и|و)\s+)?(?:(?:senior|principal|first|second|third|acting|interim|alternate|executive|special|chief|political|legal|military|disarmament|premier|premiere|deuxieme|primer|primera|segund[oa]|tercer[oa])\s+)*(?:secretary|counsel+or|advis[eo]r|officer|expert|delegate|envoy|coordinator|spokesperson|commissioner|rapporteur|co-chair|chairperson|chairman|chairwoman|attache|observer|member|head|chief|ambassador|ambassadeur|ambassadrice|embajador|embajadora|secretaire|conseill\p{L}*|delegu\p{L}*|envoy\p{L}*|coordinat\p{L}*|observat\p{L}*|membre|secretari[oa]|consejer[oa]|delegad[oa]|enviad[oa]|coordinador\p{L}*|observador\p{L}*|miembro|jefe|jefa|chef|советник|эксперт|делегат|секретар\p{L}*|первого|второго|третьего|первый|второй|третий|سكرتير|خبير|مندوب|ministry|ministere|ministerio|министерств\p{L}*|وزارة|department|departement|departamento|office of|permanent mission|mission permanente|mision permanente|delegation of|delegation de|delegacion de|постоянное представительство|постоянного представительства|البعثة)/u
const bracketedPart = /^\s*\([^)]{1,60}\)/u

/** A person named in a text: as written, and where the name (titles included) and the function end. */
export interface Person {
  speaker: string
  nameStart: number
  nameEnd: number
  end: number
}

/**
 * A person at the start of a text, as written: titles of address, the name and, when the
 * same text gives it, their function ("H.E. Ms Ana Ruiz, Permanent Representative"); not
 * what follows it (", at the Fifth Meeting…", " on behalf of…"). `nameEnd` is where the
 * name ends, `end` where the function ends. Null when the text does not start with a person.
 */
export function readPerson(text: string, options: {untitled?: 'name' | 'with-function' | 'never'} = {}): Person | null {
  const untitled = options.untitled ?? 'name'
  const lead = /^[\s:–—-]*(?:(?:the|la|le|el)\s+(?=\p{L}))?/iu.exec(text)?.[0] ?? ''
  // In Latin and Cyrillic a name cannot end on a title's full stop ("H.E. Mr. J. Smith"): boundaries are looked for in the masked text.
  const folded = fold(maskAbbreviations(text))
  const titles = honorifics.exec(fold(text).slice(lead.length))?.[0].length ?? 0
  if (!titles && untitled === 'never') return null
  const nameStart = lead.length + titles
  const boundary = nameBoundary.exec(folded.slice(nameStart))
  let name = text.slice(nameStart, nameStart + (boundary?.index ?? text.length - nameStart)).trim()
  // "Ambassador Kari Nordheim Permanent Representative": the function starts inside the line.
  for (const [index, word] of [...name.matchAll(/\S+/gu)].entries()) {
    if (index < (titles ? 1 : 2) || !/^\p{Lu}/u.test(word[0])) continue
    if (startsWithFunction(fold(name.slice(word.index)))) {
      name = name.slice(0, word.index).trim()
      break
    }
  }
  // "Ambassador Jo Vale reaffirmed support…": after a title, the name ends where the sentence's verb starts.
  if (titles && name && !looksLikeName(name, true)) name = nameBeforeVerb(name) ?? name
  if (!name || !looksLikeName(name, titles > 0)) return functionThenName(text, lead.length)
  if (!titles && (findEntities(name).length > 0 || forumName.test(name) || organisationWord.test(fold(name)))) return null
  const nameEnd = nameStart + text.slice(nameStart).indexOf(name) + name.length
  let end = nameEnd
  // Functions: ", Permanent Representative", ", Ambassadeur, Représentant permanent", " Permanent Representative of Norway to the CD".
  for (;;) {
    const rest = text.slice(end)
    const separator = /^\s*[,،]\s*|^\s+(?=\S)/u.exec(rest)
    if (!separator) break
    const segmentText = rest.slice(separator[0].length)
    const segmentFolded = fold(segmentText)
    // After a function, the body it serves: "Director-General, National Regulatory Authority".
    const institution = end > nameEnd && (institutionStart.test(segmentFolded) || institutionEnd.test(fold(segmentText.slice(0, segmentEnd(segmentText)))))
    if (!(startsWithFunction(segmentFolded) || functionWord.test(segmentFolded) || institution)) break
    const stop = segmentEnd(segmentText)
    if (stop === 0) break
    end += separator[0].length + stop
  }
  if (!titles && untitled === 'with-function' && end === nameEnd) return null
  const speaker = text.slice(lead.length, end).replace(/[\s,;:–—-]+$/u, '').trim()
  return {speaker, nameStart: lead.length, nameEnd, end}
}

function nameBeforeVerb(text: string): string | null {
  const words = text.split(/\s+/u)
  const verb = words.findIndex((word, index) => index > 0 && /^\p{Ll}/u.test(word) && !nameParticleWord.test(word))
  return verb > 0 && looksLikeName(words.slice(0, verb).join(' '), true) ? words.slice(0, verb).join(' ') : null
}
const nameParticleWord = /^(?:de|da|das|do|dos|del|della|di|du|la|le|van|von|der|den|ter|ten|zu|af|bin|ibn|bint|al|el|y|e)$/u

/** The ministry, office or authority a function belongs to, as the segment after it names it. */
const institutionEnd = /(?<![\p{L}])(?:branch|division|section|unit|service|office|department|bureau|secretariat)$/u

const institutionStart =
  /^(?:ministry|ministere|ministerio|министерств\p{L}*|وزارة|department|departement|departamento|office|bureau|oficina|national|nationale|nacional|federal|authority|autorite|autoridad|agency|agence|agencia|commission|comision|institute|institut|instituto|permanent mission|mission|mision|delegation|delegacion|government|gouvernement|gobierno|правительств\p{L}*|постоянн\p{L}* представительств\p{L}*)(?![\p{L}])/u

// "С.А. Рябков", "Рябков С.А.": initials and a surname, how Russian writes a name after its function.
const initialsAndSurname = [
  /(?<![\p{L}])\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}-]+(?![\p{L}])/u,
  /(?<![\p{L}])\p{Lu}[\p{Ll}-]+\s\p{Lu}\.\s?(?:\p{Lu}\.)?(?![\p{L}])/u,
]

/**
 * The function first, then the person: "the Minister for Foreign Affairs of Ireland, Mr. Simon
 * Harris", "Заместитель Министра иностранных дел Российской Федерации С.А. Рябков". As written,
 * function included.
 */
function functionThenName(text: string, start: number): Person | null {
  const rest = text.slice(start)
  if (!startsWithFunction(fold(rest))) return null
  const clause = rest.split(/\s+(?:on behalf of|au nom d|en nombre d|от имени|at|à|en|на|в)\s+|[;(]/u)[0] ?? rest
  for (const comma of clause.matchAll(/[,،]\s*/gu)) {
    const after = comma.index + comma[0].length
    const person = readPerson(clause.slice(after), {untitled: 'never'})
    if (person) return {speaker: rest.slice(0, after + person.end).trim(), nameStart: start + after + person.nameStart, nameEnd: start + after + person.nameEnd, end: start + after + person.end}
  }
  const initials = initialsAndSurname[0]?.exec(clause) ?? initialsAndSurname[1]?.exec(clause)
  if (!initials) return null
  const end = initials.index + initials[0].length
  return {speaker: rest.slice(0, end).trim(), nameStart: start + initials.index, nameEnd: start + end, end: start + end}
}

/** A function at the start of a folded text, ending a word ("Vice-President", not "Vicente"). */
function startsWithFunction(folded: string): boolean {
  return functionAtStart.test(folded)
}
const functionAtStart = new RegExp(`${functionTitle.source}(?![\\p{Script=Latin}])`, 'u')

const organisationWord =
  /(?<![\p{L}])(?:centre|center|institute|coalition|campaign|group|committee|council|association|society|societies|network|foundation|initiative|alliance|organi[sz]ation|union|movement|trust|watch|federation|commission|office|mission|delegation|government|republic|kingdom|states|countries|nations|secretariat|unit|programme|program|agency|fund|forum|conference|meeting|assembly|convention|treaty|international|ngo|cross|crescent|action|aid|council|partnership|platform|press|media|university|universite|universidad|gouvernement|gobierno|comite|comision|правительств\p{L}*|делегаци\p{L}*|حكومة|وفد)(?![\p{L}])/u

/** Where a function segment ends: the next comma, " on behalf of", a date, or the end. */
function segmentEnd(text: string): number {
  const masked = maskAbbreviations(text)
  const match = /\s*[,;،(]|\s+(?:on behalf of|au nom d|en nombre d|от имени|باسم|delivered|prononc\p{L}*|pronunciad\p{L}*)(?![\p{L}])|\s+[–—]\s+|[.!?](?=\s*$)|\s*$/u.exec(fold(masked))
  const end = match?.index ?? text.length
  const segment = text.slice(0, end)
  // "Permanent Representative of Norway, at the Fifth Meeting" is fine; "Counsellor 2 September 2014" is a date.
  if (findDates(segment)) return 0
  return end
}

// "中国代表团团长李松大使在裁军谈判会议上的发言": who speaks comes before "在" (at) or "的发言"; a person when a title of address is there.
const chineseTitle = /^(\p{Script=Han}{2,30}?)(?:在|于|出席|的(?:发言|讲话|致辞)|(?:发言|讲话|致辞)$)/u
const chinesePerson = /(?:大使|先生|女士|阁下|部长|司长|参赞|主任|博士|教授|公使)/u

function chineseSpeaker(title: string): string | null {
  const match = chineseTitle.exec(title.trim())
  return match?.[1] && chinesePerson.test(match[1]) ? match[1] : null
}

function cleanSpeaker(text: string): string {
  return text.replace(/^[\s:–—-]+/u, '').replace(/^(?:the|la|le|el)\s+/iu, '').replace(/[\s,;:–—-]+$/u, '').trim()
}

/**
 * Where a header line names a person: after "Delivered by", "Statement by", "Intervención del"
 * or at the start of the line ("H.E. Mr. …"). `start`–`end` covers the name and the function,
 * so that a caller can read the rest of the line ("…, at the Fifth Meeting of States Parties,
 * Lusaka, 2 September 2014") for the meeting, venue and date.
 */
export function findPerson(text: string): {speaker: string; start: number; end: number} | null {
  const folded = fold(text)
  const delivered = deliveredBy.exec(folded)
  const intro = delivered ?? anyStatementBy.exec(folded)
  const start = intro ? intro.index + intro[0].length : 0
  const person = readPerson(text.slice(start), {untitled: delivered ? 'name' : intro ? 'with-function' : 'never'})
  if (!person) return null
  return {speaker: person.speaker, start: intro ? intro.index : 0, end: start + person.end}
}

// ---------------------------------------------------------------------------------------------
// Messages of the Secretary-General and the High Representative for Disarmament Affairs

const officeSource = [
  String.raw`(?:(?:united nations|un)\s+)?(?:deputy\s+)?secretary-general(?:\s+of\s+the\s+united\s+nations)?`,
  String.raw`(?:(?:united nations|un)\s+)?(?:under-secretary-general\s+(?:and|for\s+disarmament\s+affairs\s+and)\s+)?high\s+representative\s+for\s+disarmament\s+affairs`,
  String.raw`secretaire\s+general(?:\s+de\s+l'(?:onu|organisation des nations unies))?`,
  String.raw`haut\p{L}*[- ]representant\p{L}*\s+pour\s+les\s+affaires\s+de\s+desarmement`,
  String.raw`secretari[oa]\s+general(?:\s+de\s+las\s+naciones\s+unidas)?`,
  String.raw`alt[oa]\s+representante\s+para\s+asuntos\s+de\s+desarme`,
  String.raw`генеральн\p{L}*\s+секретар\p{L}*(?:\s+(?:оон|организации\s+объединенных\s+наций))?`,
  String.raw`высок\p{L}*\s+представител\p{L}*\s+по\s+вопросам\s+разоружения`,
  String.raw`الامين\s+العام(?:\s+للامم\s+المتحدة)?`,
  String.raw`الممثل\p{L}*\s+السامي\p{L}*\s+لشوون\s+نزع\s+السلاح`,
  String.raw`(?:联合国)?秘书长`,
  String.raw`裁军事务高级代表`,
].join('|')
// "Message of the Secretary-General", "Mensaje del Secretario General", "Послание Генерального секретаря", "رسالة الأمين العام".
const officialMessage = new RegExp(
  String.raw`^(?:(?:video|opening|closing|welcome|welcoming|keynote)\s+)*(?:message|statement|remarks|address|speech|mensaje|declaracion|discurso|palabras|declaration|allocution|discours|послание|обращение|заявление|выступление|رسالة|كلمة|بيان)\s+(?:(?:of|from|by|de|du|del|de la|de l')\s+)?(?:(?:the|la|le|el)\s+)?(?:${officeSource})(?![\p{L}])`,
  'u',
)
// "Secretary-General's message", "The High Representative's remarks".
const officialPossessive = new RegExp(
  String.raw`^(?:the\s+)?(?:${officeSource})['’]s\s+(?:(?:video|opening|closing|welcome|welcoming|keynote)\s+)*(?:message|statement|remarks|address|speech)(?![\p{L}])`,
  'u',
)
const officeAlone = new RegExp(String.raw`^(?:the\s+)?(?:${officeSource})$|^(?:联合国)?秘书长(?:的)?(?:致辞|贺词|讲话|发言|的信|致函|视频致辞)`, 'u')
const officeWord = /secreta|representant|секретар|представител|الامين|الممثل|秘书长|高级代表/u
const office = new RegExp(String.raw`(?<![\p{L}])(?:${officeSource})(?![\p{L}])`, 'u')

/**
 * A statement from the Secretary-General or the High Representative for Disarmament Affairs,
 * read from its title, a line naming the office alone, or (`anywhere`) a function such as
 * "Under-Secretary-General and High Representative for Disarmament Affairs". `named` is the
 * official's name when it follows the office ("Secretary-General António Guterres").
 */
function findOfficialMessage(text: string, lineOnly = true): {named: string | null} | null {
  const folded = fold(text).trim()
  if (!officeWord.test(folded)) return null
  const match = officialMessage.exec(folded) ?? officialPossessive.exec(folded) ?? officeAlone.exec(folded.replace(/[\s.:,;]+$/u, ''))
  if (!match && (lineOnly || !office.test(folded))) return null
  // "Secretary-General of NATO", "Secretary-General of the ICBL" are not the United Nations'.
  if (findEntities(text).some((entity) => entity.kind === 'organisation' && entity.name !== united)) return null
  if (!match) return {named: null}
  const after = text.slice(match.index + match[0].length).replace(/^\s*,?\s*/u, '')
  const person = readPerson(after)
  return {named: person && person.nameEnd > 0 ? after.slice(0, person.nameEnd).trim() : null}
}

// ---------------------------------------------------------------------------------------------
// The first paragraphs

const bodyDelivery = /(?<![\p{L}])(?:statement|it|this)\s+(?:is|was|will be)\s+(?:being\s+)?(?:delivered|made|read)\s+(?:by|on behalf of)\s+/u
const onBehalfAnywhere = /(?<![\p{L}])(?:(?:also\s+)?on behalf of|au nom d(?:e|u|es)|en nombre d(?:e|el)|от имени|باسم|بالنيابة عن|نيابة عن)(?![\p{L}])\s*|我(?:谨)?代表/gu
// The speaker takes the floor: "I have the honour to…", "We speak…", "J'ai l'honneur…", "Tengo el honor…", "Я имею честь…", "أتشرف…", "我谨代表…".
const firstPerson =
  /(?<![\p{L}])(?:i|we|my delegation|this statement|honou?r|floor|je|j'|nous|ma delegation|cette declaration|honneur|parole|yo|tengo|intervengo|hago|mi delegacion|esta declaracion|honor|palabra|я|мы|моя делегация|имею честь|выступаю|اتشرف|يشرفني|اتحدث|القي|وفد بلادي|هذا البيان|بالنيابة)(?![\p{L}])|^(?:我|本人)/u
// Someone else's statement: "We align ourselves with the statement delivered on behalf of the EU", "the statement it made on behalf of…".
const othersStatement =
  /(?<![\p{L}])(?:align\p{L}*|associat\p{L}*|subscrib\p{L}*|support\p{L}*|welcome\p{L}*|endorse\p{L}*|s'associe|se rallie|souscri\p{L}*|se suma|se adhiere|suscribe|apoya|respalda|присоединя\p{L}*|поддержива\p{L}*|ينضم|تنضم|يويد|تويد)(?![\p{L}])|(?<![\p{L}])(?:statement|declaration|intervention|remarks|declaracion|intervencion|заявлени\p{L}*|выступлени\p{L}*)\s+(?:\S+\s+){0,3}?(?:delivered|made|read|presented|given|prononc\p{L}*|faite|pronunciad\p{L}*|formulad\p{L}*|hecha|сделанн\p{L}*|зачитанн\p{L}*)(?![\p{L}])|赞同|支持/u
// "and my own country, New Zealand", "et mon propre pays, la France", "y mi propio país, Chile", "ومن بلدي", "以及我国".
const ownCountry =
  /(?<![\p{L}])(?:my own country|my country|mon propre pays|mon pays|mi propio pais|mi pais|моей (?:собственной )?страны|мою (?:собственную )?страну|моя страна|بلدي)(?![\p{L}])\s*[,:–—-]?\s*(?:(?:the|la|le|l'|el)\s+)?/u

/**
 * "La France tient d'abord à vous féliciter… La France poursuivra…": a State that opens a sentence
 * of the first paragraphs and at least one more sentence is the one speaking of itself.
 */
function selfNamedState(body: string): string | null {
  const opening = /^\s*(?:(?:the|la|le|l'|el)\s*)?/iu
  const openers = new Map<string, number>()
  let first: string | null = null
  for (const [index, sentence] of sentences(body.slice(0, 3000)).entries()) {
    const text = sentence.text.trimStart().slice(0, 80)
    const lead = opening.exec(text)?.[0].length ?? 0
    const entity = findEntities(text).find((found) => found.start === lead && found.kind === 'state')
    if (!entity) continue
    openers.set(entity.name, (openers.get(entity.name) ?? 0) + 1)
    if (index < 3) first ??= entity.name
  }
  return first !== null && (openers.get(first) ?? 0) >= 2 ? first : null
}

/** Sentences of a text, with the full stops of abbreviations and initials not ending one. */
function sentences(text: string): {text: string; start: number}[] {
  const masked = maskAbbreviations(text)
  const found: {text: string; start: number}[] = []
  let start = 0
  for (const match of masked.matchAll(/[.!?。！？](?=\s|$)|\n\s*\n/gu)) {
    const end = match.index + match[0].length
    // A list announced by a colon runs into the next paragraph.
    if (match[0].startsWith('\n') && /[:：]\s*$/u.test(masked.slice(start, match.index))) continue
    found.push({text: text.slice(start, end), start})
    start = end
  }
  if (start < text.length) found.push({text: text.slice(start), start})
  return found
}

/**
 * Who delivers, as the first paragraphs say it: "This statement is delivered by Ambassador
 * …", "I have the honour to speak on behalf of A, B and my own country, C". A person only
 * when named with a title; members only from the speaker's own words, not from a statement
 * they align themselves with.
 */
function readBodyDelivery(body: string): {speaker: string | null; deliverers: string[]; members: string[]; firstPerson: boolean} {
  const opening = body.slice(0, 1500)
  let speaker: string | null = null
  const deliverers: string[] = []
  const members: string[] = []
  for (const sentence of sentences(opening).slice(0, 6)) {
    const folded = fold(sentence.text)
    // "This statement is delivered by Ambassador … on behalf of A and B."
    const delivery = bodyDelivery.exec(folded)
    if (delivery) {
      const rest = sentence.text.slice(delivery.index + delivery[0].length)
      const [who, list] = /of\s*$/u.test(delivery[0]) ? ['', rest] : splitOnBehalf(rest)
      const person = who ? readPerson(who, {untitled: 'never'}) : null
      if (person) speaker = person.speaker
      else if (who) for (const entity of authorEntities(who)) deliverers.push(entity.name)
      if (list) members.push(...listedMembers(list, deliverers))
      return {speaker, deliverers, members, firstPerson: true}
    }
    for (const match of folded.matchAll(onBehalfAnywhere)) {
      const before = folded.slice(0, match.index)
      if (!firstPerson.test(before.trim()) || othersStatement.test(before)) continue
      // "On behalf of my delegation, I congratulate you" names no one: read on.
      const listed = listedMembers(sentence.text.slice(match.index + match[0].length), deliverers)
      if (!listed.length) continue
      members.push(...listed)
      return {speaker, deliverers, members, firstPerson: true}
    }
  }
  return {speaker, deliverers, members, firstPerson: false}
}

/** The members in a list ("A, B and my own country, C"), the speaker's own country put in `deliverers`. */
function listedMembers(list: string, deliverers: string[]): string[] {
  const own = ownCountry.exec(fold(list))
  if (own) {
    const after = own.index + own[0].length
    const entity = findEntities(list.slice(after))[0]
    if (entity && entity.start <= 2) deliverers.push(entity.name)
  }
  return authorEntities(list).map((entity) => entity.name)
}

// ---------------------------------------------------------------------------------------------
// Acronyms

/** All-capital words in a title that name no known State, organisation, treaty or meeting ("CCPAC"). */
function unknownAcronyms(title: string, known: {start: number; end: number}[]): {acronym: string; index: number}[] {
  const found: {acronym: string; index: number}[] = []
  // In a title written in capitals every word looks like an acronym.
  if (!/\p{Ll}/u.test(title)) return found
  const folded = fold(title)
  const inForum = findEntities(title, {forums: true}).filter((entity) => entity.kind === 'forum')
  for (const match of title.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,8}(?![\p{L}\p{N}])/gu)) {
    if (notAuthorAcronyms.has(match[0])) continue
    if (known.some((entity) => match.index >= entity.start && match.index < entity.end)) continue
    if (inForum.some((entity) => match.index >= entity.start && match.index < entity.end)) continue
    const before = folded.slice(0, match.index)
    if (placeBefore.test(before)) continue
    // "(CD)" after a forum's name.
    if (/\(\s*$/u.test(before) && forumName.test(before)) continue
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

// ---------------------------------------------------------------------------------------------
// Signatures

const signedMark = /^\s*(?:[([]\s*)?(?:signed|sgd\.?|signe|signee|firmado|firmada|fdo\.?|подписано|подпись|توقيع|签名|签字)(?:\s*[)\]])?\s*[:.]?\s*/iu
const closing = /^(?:thank you|merci|gracias|спасибо|شكرا|谢谢|sincerely|yours|respectfully|cordialement|atentamente)/u
const endMarker = /^(?:[*#=_–—-]\s*){1,5}$|^(?:ends?|fin|конец|انتهى)\W*$/iu

/**
 * The person who signs a statement at its end, as written on the name's line:
 * "Ambassador Kari Nordheim" over "Permanent Representative", "(Signed) Kari Nordheim",
 * "H.E. Ms Ana Ruiz, Permanent Representative". `lastParagraphs` are the statement's last
 * paragraphs in order (lines within a paragraph separated by "\n"). Null when the statement
 * ends in prose, a salutation or "Thank you.".
 */
export function readSignature(lastParagraphs: string[]): string | null {
  const lines = lastParagraphs
    .flatMap((paragraph) => paragraph.split('\n'))
    .map((line) => line.replace(/^[*_\s]+|[*_\s]+$/gu, '').trim())
    .filter(Boolean)
  // Trailing place and date lines, rules and end markers say nothing of who signs.
  while (lines.length && (endMarker.test(lines.at(-1) ?? '') || isDateLine(lines.at(-1) ?? ''))) lines.pop()
  // Function, mission and State lines under the name.
  let functions = 0
  while (lines.length > 1 && functions < 4 && isFunctionLine(lines.at(-1) ?? '')) {
    lines.pop()
    functions++
  }
  const candidate = lines.at(-1)
  if (!candidate || candidate.length > 160) return null
  if (closing.test(fold(candidate))) return null
  const signed = signedMark.exec(candidate)
  const text = signed ? candidate.slice(signed[0].length) : candidate
  if (/[.!?…:;]$/u.test(text) && !/\p{Lu}\.$/u.test(text)) return null
  const person = readPerson(text)
  if (!person) return null
  // The whole line is the person: nothing but their name and function on it.
  if (text.slice(person.end).replace(/[\s,.;:]+/gu, '') !== '') return null
  const titled = honorifics.test(fold(text))
  if (!signed && !titled && functions === 0) return null
  return person.speaker
}

function isDateLine(line: string): boolean {
  const dates = findDates(line)
  return dates !== null && line.length <= 60
}

/** "Advocacy Director", "Senior Policy Adviser": a function named last on its line. */
const functionLast = /(?<![\p{L}])(?:director|directeur|directrice|directora?|adviser|advisor|conseill\p{L}*|asesor[a]?|officer|manager|coordinator|coordinat\p{L}*|coordinador[a]?|representative|secretary|counsel+or|директор|советник|مدير|مستشار)$/u

function isFunctionLine(line: string): boolean {
  if (line.length > 120 || /[.!?]$/u.test(line) || readPerson(line, {untitled: 'never'})) return false
  const folded = fold(line)
  if (functionTitle.test(folded) || functionWord.test(folded) || missionLine.test(folded) || functionLast.test(folded)) return true
  const entities = findEntities(line)
  return entities.length === 1 && line.replace(/^the\s+/iu, '').trim().length === (entities[0]?.end ?? 0) - (entities[0]?.start ?? 0)
}
