import {footnoteAtFoot, isPageNumber} from '../plugins/shared/furniture.ts'
import {isClosingThanks, isSalutation} from '../plugins/shared/salutation.ts'
import type {SourceLine} from './source-lines.ts'

/**
 * How the text was laid out, read from the whole document: the evidence that decides whether a
 * single newline is a wrap or a paragraph break.
 */
export interface Layout {
  /** The width lines were wrapped at (e-mail ~72, PDF text ~84), or null when lines are not wrapped. */
  wrapWidth: number | null
  /** A blank line after nearly every line (double-spaced PDF text): blank lines are no paragraph evidence. */
  doubleSpaced: boolean
  longest: number
  /** Long lines that end a sentence with the next starting one, no blank line between: one line per paragraph. */
  onePerLine: boolean
}

/**
 * Between two neighbouring lines of text: the same paragraph (`wrap`) or a new one (`break`); after a
 * page number, `page`: the number closes its paragraph, so the plugins that drop page numbers and
 * rejoin paragraphs across page breaks see it at the page's edge.
 */
export type Boundary = 'wrap' | 'break' | 'page'

const terminal = /[.!?…。！？:;]["'”’»)\]」』]*$/u
// Chinese opens sentences with book-title marks and corner brackets too: 《公约》…
const startsParagraph = /^["“«‘(\[《〈「『（]?[\p{Lu}\p{N}\p{Lo}]/u
const continuesSentence = /^\p{Ll}/u
/** A line that stops on a hyphen, a comma or a word no sentence ends on goes on in the next line. */
const goesOn =
  /(?:[,\-‐–—&(]|(?<![\p{L}])(?:the|a|an|of|to|and|or|in|on|for|with|by|from|at|as|le|la|les|de|des|du|et|ou|à|au|aux|en|par|pour|sur|el|los|las|del|al|y|o|con|por|para|и|в|на|с|по|к|о|от|для|из))$/iu
/** A line that opens a list item or a numbered paragraph: Markdown and the list plugins own it. */
const startsItem = /^(?:[-*+•▪◦●○■□►▸‣⁃➢➤✓✔–—·\uF0B7\uF0A7\uF0D8]\s|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s)/u
/** Lines shorter than this say nothing about a wrap width. */
const minimumLong = 25

/** Lines that are not text at all: page numbers and form feeds are transparent to paragraphs. */
export function isFurnitureLine(line: SourceLine): boolean {
  return line.formFeed && line.blank ? true : !line.blank && isPageNumber(line.text)
}

const bareNumber = /^\d{1,3}$/

/**
 * Page numbers among the furniture lines: "Page 2 of 3" always; a bare number only when the bare
 * numbers alone on their lines count up through the document (1, 2, 3…), as pages do.
 */
export function pageNumberLines(lines: SourceLine[]): Set<number> {
  const found = new Set<number>()
  const bare: number[] = []
  lines.forEach((line, index) => {
    if (line.blank || !isPageNumber(line.text)) return
    if (bareNumber.test(line.text)) bare.push(index)
    else found.add(index)
  })
  const values = bare.map((index) => Number((lines[index] as SourceLine).text))
  const countsUp = values.length >= 2 && values.every((value, position) => position === 0 || value === (values[position - 1] as number) + 1)
  if (countsUp) for (const index of bare) found.add(index)
  return found
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0
}

export function readLayout(lines: SourceLine[]): Layout {
  const content = lines.filter((line) => !line.blank && !isFurnitureLine(line))
  const lengths = content.map((line) => line.raw.trimEnd().length).filter((length) => length >= minimumLong).sort((a, b) => a - b)
  const longest = lengths.at(-1) ?? 0
  let wrapWidth: number | null = null
  if (lengths.length >= 4) {
    const width = percentile(lengths, 0.9)
    const nearWidth = lengths.filter((length) => length >= width * 0.75 && length <= width * 1.1).length
    if (width >= 40 && width <= 110 && nearWidth >= lengths.length * 0.5) wrapWidth = width
  }
  // Double spacing: most neighbouring lines are one blank line apart, and many of those cut a sentence.
  let blankApart = 0
  let adjacent = 0
  let cutSentences = 0
  let sentencesApart = 0
  let sentencesAdjacent = 0
  for (let index = 0; index < content.length - 1; index++) {
    const line = content[index] as SourceLine
    const next = content[index + 1] as SourceLine
    const gap = next.line - line.line
    const endsSentence = terminal.test(line.text) && startsParagraph.test(next.text)
    if (gap === 1) {
      adjacent++
      if (endsSentence && line.text.length >= minimumLong) sentencesAdjacent++
    } else if (gap === 2) {
      blankApart++
      if (!terminal.test(line.text) && continuesSentence.test(next.text)) cutSentences++
      if (endsSentence) sentencesApart++
    }
  }
  const doubleSpaced = blankApart >= 6 && adjacent <= blankApart * 0.2 && cutSentences >= Math.max(3, blankApart * 0.25)
  const onePerLine = wrapWidth === null && sentencesAdjacent >= 2 && sentencesAdjacent > sentencesApart
  return {wrapWidth, doubleSpaced, longest, onePerLine}
}

function firstWord(text: string): string {
  return text.split(/\s/, 1)[0] ?? ''
}

/**
 * Decides the boundary before each line of text that follows another (the key is the later line's
 * index in `lines`). Lines that open list items and furniture are left to the plugins that own them.
 */
export function decideBoundaries(lines: SourceLine[], layout: Layout, ignored: (index: number) => boolean = () => false): Map<number, Boundary> {
  const boundaries = new Map<number, Boundary>()
  const signature = signatureLines(lines, ignored)
  for (const index of pageNumberLines(lines)) {
    const next = lines[index + 1]
    if (next && !next.blank) boundaries.set(index + 1, 'page')
  }
  let previous: number | null = null
  let blanksBetween = 0
  let afterFurniture = false
  let beforeText: string | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as SourceLine
    if (line.blank) {
      blanksBetween++
      continue
    }
    if (isFurnitureLine(line)) {
      previous = null
      afterFurniture = true
      continue
    }
    // The first line after a page break may be a running header: the furniture plugins decide.
    const before = previous === null ? undefined : lines[previous]
    if (!before) beforeText = undefined
    previous = afterFurniture ? null : index
    afterFurniture = false
    const gap = blanksBetween
    blanksBetween = 0
    if (!before) continue
    if (gap > 1 || (gap === 1 && !layout.doubleSpaced) || signature.has(index)) continue
    const boundary = footnoteAtFoot.test(line.text) && atFootOfPage(lines, index) ? 'break' : decide(beforeText ?? before.text, line.text, layout, gap === 1)
    if (boundary && !boundaries.has(index)) boundaries.set(index, boundary)
    // "Mr.⏎Chairman,": the joined salutation is what the next line follows.
    beforeText = boundary === 'wrap' && isSalutation(`${before.text} ${line.text}`) ? `${before.text} ${line.text}` : undefined
  }
  return boundaries
}

/** A signature's line: a name, a function or an organisation, short and never a sentence. */
const isSignatureLine = (text: string) => text.length <= 60 && text.split(/\s+/u).length <= 6 && /^[\p{Lu}\p{Lo}]/u.test(text) && !terminal.test(text) && !isSalutation(text)
const maximumSignatureLines = 5

/**
 * The lines after the first of a signature block: two to five short, unpunctuated lines with no
 * blank line between them, closing the statement (chrome and furniture after it aside). They are one
 * block, each on its own line: name, function, organisation.
 */
function signatureLines(lines: SourceLine[], ignored: (index: number) => boolean): Set<number> {
  const run: number[] = []
  let index = lines.length - 1
  while (index >= 0 && ((lines[index] as SourceLine).blank || isFurnitureLine(lines[index] as SourceLine) || ignored(index))) index--
  for (; index >= 0; index--) {
    const line = lines[index] as SourceLine
    if (line.blank || ignored(index) || !isSignatureLine(line.text)) break
    run.unshift(index)
  }
  // The run must be a block of its own: the line before it is blank or ends a sentence.
  const before = lines[index]
  if (run.length < 2 || run.length > maximumSignatureLines || (before && !before.blank && !terminal.test(before.text))) return new Set()
  return new Set(run.slice(1))
}

/** Whether a page break follows the line at `index`, past the lines of its note. */
function atFootOfPage(lines: SourceLine[], index: number): boolean {
  for (let next = index + 1; next < lines.length && next <= index + 4; next++) {
    const line = lines[next] as SourceLine
    if (line.formFeed || (!line.blank && isFurnitureLine(line))) return true
  }
  return false
}

function decide(before: string, after: string, layout: Layout, blankBetween: boolean): Boundary | null {
  if (startsItem.test(after)) return null
  // "Mr.⏎Chairman,": a salutation wrapped over two lines is one line; any other is its own paragraph.
  if (isSalutation(`${before} ${after}`) && !isSalutation(before)) return 'wrap'
  if (isSalutation(before) || isSalutation(after)) return 'break'
  if (goesOn.test(before)) return 'wrap'
  // "…unhindered access.⏎I thank you.": the closing thanks is its own paragraph, however long the line before it.
  if (terminal.test(before) && isClosingThanks(after)) return 'break'
  if (blankBetween) return terminal.test(before) || !continuesSentence.test(after) ? null : 'wrap'
  const endedOnPurpose = terminal.test(before) || startsParagraph.test(after)
  if (layout.wrapWidth !== null) {
    // A line ended although the next word would have fitted on it was ended on purpose.
    const fitted = before.length + 1 + firstWord(after).length <= layout.wrapWidth * 0.9
    return fitted && endedOnPurpose ? 'break' : 'wrap'
  }
  if (layout.onePerLine && terminal.test(before) && startsParagraph.test(after)) return 'break'
  if (before.length < layout.longest * 0.5 && startsParagraph.test(after)) return 'break'
  return continuesSentence.test(after) ? 'wrap' : null
}
