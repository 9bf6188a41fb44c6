import type {Root, RootContent} from 'mdast'
import {isCheckAgainstDeliveryLine} from './check-against-delivery.ts'
import {deliveredBy, titleInside, titleStart} from './classify-lines.ts'
import {fold} from './fold.ts'
import {blockLines, type HeaderLine} from './header-lines.ts'
import {parseAgendaLine} from './parse-agenda-item.ts'
import {findDates} from './parse-dates.ts'
import {parseMeeting} from './parse-meeting.ts'
import {isSalutation} from '../plugins/shared/salutation.ts'

export interface HeaderBlock {
  /** The top-level nodes that make up the header (and the rule after it, when there is one). */
  nodes: RootContent[]
  lines: HeaderLine[]
}

/** A header is a handful of short lines; past this the statement has started. */
const maxHeaderBlocks = 12

const salutation =
  /(?<![\p{L}])(?:president|presidente|presidenta|chair|chairperson|chairman|co-chairs?|coordinators?|excellenc\p{L}*|delegates|colleagues|ladies|gentlemen|friends|monsieur|madame|messieurs|mesdames|collegues|senor|senora|senores|excelencias|colegas|председател\p{L}*|коллеги|уважаем\p{L}*|господа|الرئيس|الرئيسة|السيد|السيدة|الزملاء)(?![\p{L}])|^(?:尊敬的)?(?:主席|各位)/u
const sentenceBreak = /[.!?…]["'”’»)]?\s+["'“‘«(]?\p{Lu}|[。！？]./u
const sentenceEnd = /[.!?…。！？]["'”’»)」』]*$/u
const han = /\p{Script=Han}/gu

/**
 * A line that opens the statement: every salutation the body plugins keep apart ("Madam
 * President,"), and, looser than they are, any short line that addresses the room and ends
 * like a salutation ("Distinguished Co-Chairs and colleagues:"). The header ends before it.
 */
function opensStatement(text: string): boolean {
  if (isSalutation(text)) return true
  if (text.length > 120 || !/[,:!،：，！]$/u.test(text.trim())) return false
  return salutation.test(fold(text))
}

function looksLikeHeaderLine(text: string): boolean {
  return isCheckAgainstDeliveryLine(text) || parseAgendaLine(text) !== null || findDates(text) !== null
}

/** "Statement by Ireland", "Delivered by …": a header even without a date or a meeting. */
function looksLikeTitleLine(text: string): boolean {
  const folded = fold(text)
  return text.length <= 160 && (titleStart.test(folded) || titleInside.test(folded) || deliveredBy.exec(folded)?.index === 0)
}

/** The first paragraph of the statement proper: running prose, not a header line. */
export function isProse(lines: HeaderLine[]): boolean {
  const text = lines.map((line) => line.text).join(' ')
  // Chinese has no spaces: count two characters as a word.
  const words = Math.max(text.split(/\s+/).length, Math.floor((text.match(han)?.length ?? 0) / 2))
  if (lines.some((line) => looksLikeHeaderLine(line.text) || looksLikeTitleLine(line.text))) return sentenceBreak.test(text) && words >= 25
  if (sentenceBreak.test(text) && words >= 12) return true
  return sentenceEnd.test(text) && words >= 6
}

/**
 * Finds the header block at the top of the body: the paragraphs and headings
 * before the first salutation, the first prose paragraph or a `---` rule. It is
 * only a header when one of its lines reads as one (a date, an agenda item, a
 * meeting or treaty, a title such as "Statement by …", "Check against delivery").
 */
export function findHeaderBlock(tree: Root): HeaderBlock | null {
  const nodes: RootContent[] = []
  const lines: HeaderLine[] = []
  const strongRuns = {count: 0}
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') {
      if (nodes.length) nodes.push(node)
      break
    }
    if (node.type !== 'paragraph' && node.type !== 'heading') break
    if (nodes.length >= maxHeaderBlocks) return null
    const blockLinesOfNode = blockLines(node, nodes.length, strongRuns)
    if (blockLinesOfNode.length === 1 && opensStatement(blockLinesOfNode[0]?.text ?? '')) break
    if (isProse(blockLinesOfNode)) break
    nodes.push(node)
    lines.push(...blockLinesOfNode)
  }
  if (!lines.length) return null
  const text = lines.map((line) => line.text).join('\n')
  if (lines.some((line) => looksLikeHeaderLine(line.text) || looksLikeTitleLine(line.text))) return {nodes, lines}
  const meeting = parseMeeting(text)
  return meeting.meeting !== null || meeting.convention !== null ? {nodes, lines} : null
}
