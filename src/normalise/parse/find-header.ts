import {isCheckAgainstDeliveryLine} from '../metadata/check-against-delivery.ts'
import {deliveredBy, honorific, isHeadline, ministryLine, missionLine, onBehalfOf, sentenceEnd, titleInside, titleStart, wordCount} from '../metadata/classify-lines.ts'
import {findVenue} from '../metadata/find-venue.ts'
import {fold} from '../metadata/fold.ts'
import {parseAgendaLine} from '../metadata/parse-agenda-item.ts'
import {findDates} from '../metadata/parse-dates.ts'
import {parseMeeting} from '../metadata/parse-meeting.ts'
import {isSalutation} from '../plugins/shared/salutation.ts'
import {findEntities} from '../vocabulary/entities.ts'
import type {SourceLine} from './source-lines.ts'

/** A header is a handful of short lines; past this many the statement has started. */
const maxHeaderLines = 24
const maxHeaderBlocks = 14

/** Abbreviations whose period ends no sentence: "H.E.", "Dr.", "S.E.", "Amb.", initials. */
const abbreviation =
  /(?<![\p{L}])(?:h\.\s?e|s\.\s?e|dr|mr|mrs|ms|mme|mlle|m|sr|sra|srta|amb|prof|gen|col|st|no|nos|art|arts|para|paras|vol|rev|jr|etc|e\.g|i\.e|u\.n|u\.s|g-н|г-жа|г|им|т\.е|د|\p{Lu})\.(?=\s|$)/giu
/** "Tema 51. Asistencia…", "Item 5. Universalization": the full stop after an agenda item's number ends no sentence. */
const agendaNumber = /(?<![\p{L}])(?:item|tema|punto|point|пункт|البند)\s+\d{1,3}(?:\s?\(?[a-z]\))?\./giu
const sentenceBreak = /[.!?…]["'”’»)]?\s+["'“‘«(]?\p{Lu}|[。！？]./u
/** Looser than the body's salutation rule: a short line that addresses the room ("Distinguished Co-Chairs and colleagues:"). */
const addressesTheRoom =
  /(?<![\p{L}])(?:president|presidente|presidenta|chair|chairperson|chairman|co-chairs?|coordinators?|excellenc\p{L}*|delegates|colleagues|ladies|gentlemen|friends|monsieur|madame|messieurs|mesdames|collegues|senor|senora|senores|excelencias|colegas|председател\p{L}*|коллеги|уважаем\p{L}*|господа|الرييس|الرييسة|السيد|السيدة|الزملاء)(?![\p{L}])|^(?:尊敬的)?(?:主席|各位)/u

/** "Permanent Mission of …", "Délégation de …": a mission line names whose mission it is (Latin scripts). */
const missionOf = /^(?:\S+\s+){0,2}(?:of|to|de|du|des|del|d'|aupres)(?![\p{L}])|^[^a-z]*$/u

/** "Thank you, Mr President, for giving the floor…": the speaker's first words, never a header line. */
const thanksTheRoom =
  /^(?:thank you|many thanks|thanks|merci|je vous remercie|gracias|muchas gracias|le agradezco|спасибо|благодарю|شكرا|أشكركم|أشكرك|谢谢)(?![\p{L}])/iu

/** A line that opens the statement: a salutation, thanks to the room, or a short line addressing the room that ends like one. */
export function opensStatement(text: string): boolean {
  if (isSalutation(text) || thanksTheRoom.test(text)) return true
  if (text.length > 120 || !/[,:!،：，！]$/u.test(text)) return false
  return addressesTheRoom.test(fold(text))
}

/** What makes a line a header line: a date, an agenda item, a meeting, a treaty, a venue, who speaks. */
export function hasHeaderEvidence(text: string): boolean {
  if (text.length > 300) return false
  const folded = fold(text)
  if (isCheckAgainstDeliveryLine(text) || parseAgendaLine(text) !== null || findDates(text) !== null) return true
  if (titleStart.test(folded) || titleInside.test(folded) || deliveredBy.exec(folded)?.index === 0 || onBehalfOf.exec(folded)?.index === 0) return true
  if ((missionLine.test(folded) && missionOf.test(folded)) || (honorific.test(folded) && text.length <= 120)) return true
  if (ministryLine.test(folded) && text.length <= 100 && findEntities(text).length > 0) return true
  const meeting = parseMeeting(text)
  if (meeting.meeting !== null || meeting.convention !== null) return true
  if (text.length <= 80 && findVenue(text) !== null) return true
  // A line that only names who speaks: "Ireland", "International Committee of the Red Cross".
  const entities = findEntities(text)
  return text.length <= 120 && entities.length > 0 && entities.reduce((sum, entity) => sum + entity.end - entity.start, 0) >= text.replace(/[\s,.;:()&-]|\band\b|\bet\b|\by\b/gu, '').length * 0.5
}

/**
 * Someone speaking: a header names people and meetings in the third person, a statement says "I" and
 * "we". ("I" only before a verb, for "Protocol I" is no speaker.)
 */
const firstPerson =
  /(?<![\p{L}'’])(?:I(?=\s+\p{Ll})|(?:we|my|our|me|je|j'|j’|nous|notre|mon|yo|mi|nosotros|nosotras|nuestr[oa]s?|я|мы|наш\p{L}*|мо[йяеи]\p{L}*|меня|нам|нас|أنا|نحن|إننا|يسرني|يسعدني|أود|نود)(?![\p{L}'’]))|我们|我国/iu

/** Running prose, not a header line: sentences, once abbreviations stop looking like sentence ends. */
export function isProse(text: string, headerLike: boolean): boolean {
  const masked = text.replace(abbreviation, (match) => match.replace(/\./g, '·')).replace(agendaNumber, (match) => match.replace(/\./g, '·'))
  const count = wordCount(masked)
  // A header line may name a meeting or a treaty; a sentence of someone speaking is still the statement.
  if (headerLike) return (sentenceBreak.test(masked) && count >= 25) || (sentenceEnd.test(masked) && count >= 12 && firstPerson.test(masked))
  if (sentenceBreak.test(masked) && count >= 12) return true
  return sentenceEnd.test(masked) && count >= 6
}

export interface HeaderLines {
  /** Indexes into the document's lines: the header lines in order (chrome excluded). */
  lines: number[]
  /** Index of the first line of the statement proper (its salutation or first paragraph). */
  bodyStart: number
}

/**
 * Finds the header: the blocks at the top before the first salutation, the first prose block or a
 * `---` rule, skipping site chrome. It is a header only when one of its lines reads as one. `blocks`
 * are the document's blocks as line-index ranges, in order.
 */
export function findHeader(lines: SourceLine[], blocks: number[][], isChrome: (index: number) => boolean): HeaderLines | null {
  const known = new Map<string, boolean>()
  // Each line is asked about several times; the answer reads dates, meetings and entities.
  const evidence = (text: string) => {
    let answer = known.get(text)
    if (answer === undefined) known.set(text, (answer = hasHeaderEvidence(text)))
    return answer
  }
  const header: number[] = []
  let bodyStart = -1
  let blockCount = 0
  let page: number | undefined
  for (const block of blocks) {
    const content = block.filter((index) => !isChrome(index))
    if (!content.length) continue
    const first = lines[content[0] as number] as SourceLine
    // A header sits on one page: past a page break there are running headers, not the header.
    page ??= first.page
    if (first.page !== page || first.formFeed) {
      bodyStart = content[0] as number
      break
    }
    if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(first.raw.trim())) {
      bodyStart = content[0] as number
      break
    }
    const second = block.length > 1 ? lines[block[1] as number] : undefined
    if (opensStatement(first.text) || (second && first.text.length <= 12 && opensStatement(`${first.text} ${second.text}`))) {
      bodyStart = content[0] as number
      break
    }
    const texts = content.map((index) => (lines[index] as SourceLine).text)
    const salutationAt = texts.findIndex((text, position) => position > 0 && opensStatement(text))
    if (salutationAt > 0) {
      const before = texts.slice(0, salutationAt)
      if (before.some(evidence) || header.length) {
        header.push(...content.slice(0, salutationAt))
        bodyStart = content[salutationAt] as number
        break
      }
    }
    const headerLike = texts.some(evidence)
    // In a block that runs header lines into the first paragraph, the header ends where prose starts.
    const proseAt = texts.findIndex((text, position) => position > 0 && text.length > 60 && !evidence(text) && isProse(texts.slice(position).join(' '), false))
    const endsSentence = !headerLike && sentenceEnd.test(texts.join(' ').replace(abbreviation, (match) => match.replace(/\./g, '·')))
    if (endsSentence || (isProse(texts.join(' '), headerLike) && !(headerLike && proseAt > 0))) {
      bodyStart = content[0] as number
      break
    }
    if (proseAt > 0 && headerLike) {
      header.push(...content.slice(0, proseAt))
      bodyStart = content[proseAt] as number
      break
    }
    header.push(...content)
    blockCount++
    if (header.length > maxHeaderLines || blockCount > maxHeaderBlocks) return null
  }
  if (!header.length || bodyStart === -1) return null
  if (!header.some((index) => evidence((lines[index] as SourceLine).text)) && !isLoneHeadline(header.map((index) => (lines[index] as SourceLine).text), lines[bodyStart] as SourceLine)) return null
  return {lines: header, bodyStart}
}

/**
 * A web page's headline alone above the salutation ("Disarmament saves lives and fosters peace",
 * then "Madam Chair, Excellencies,"): one line of a few words, no sentence, and nothing else.
 */
function isLoneHeadline(texts: string[], opening: SourceLine): boolean {
  const [text] = texts
  return texts.length === 1 && text !== undefined && opensStatement(opening.text) && isHeadline(text)
}
