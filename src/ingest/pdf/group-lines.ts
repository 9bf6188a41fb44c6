import type {PdfPage, PdfTextItem} from './read-page-items.ts'
import {joinsWithoutSpace, meetsCjk} from './scripts.ts'

/** A piece of a line in one style. */
export interface Run {
  text: string
  bold: boolean
  italic: boolean
  /** Smaller and raised above the baseline: a footnote marker, an ordinal suffix. */
  superscript: boolean
}

/** One printed line of a page, its runs in reading order. */
export interface PdfLine {
  page: number
  /** Left and right edges and baseline, in points from the page's bottom-left corner. */
  left: number
  right: number
  y: number
  /** The size of the line's main text (superscripts aside). */
  size: number
  rtl: boolean
  runs: Run[]
  text: string
}

/** Share of the font size within which two baselines are the same line (a raised marker included). */
const SAME_BASELINE = 0.45
/** A gap wider than this share of the font size between two items is a space. */
const SPACE_GAP = 0.15
/** A gap wider than this many ems on one baseline separates two pieces of text, not two words. */
const WIDE_GAP = 4
/** The narrowest space glyph of common fonts, as a share of the font size. */
const NARROWEST_SPACE = 0.25
/** Beside CJK text, the automatic spacing before and after a number or a Latin word is not a space. */
const CJK_SPACE_GAP = 0.5

/** Group a page's items into lines, top to bottom, each line's items in reading order. */
export function groupLines(page: PdfPage): PdfLine[] {
  const sorted = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PdfTextItem[][] = []
  let baseline = Number.NaN
  let baselineSize = 0
  for (const item of sorted) {
    const current = groups.at(-1)
    if (current && Math.abs(item.y - baseline) <= SAME_BASELINE * Math.max(item.size, baselineSize)) {
      current.push(item)
      // The line's baseline is that of its largest text, not of a raised marker seen first.
      if (item.size > baselineSize) [baseline, baselineSize] = [item.y, item.size]
    } else {
      groups.push([item])
      ;[baseline, baselineSize] = [item.y, item.size]
    }
  }
  return groups
    .flatMap((group) => {
      const pieces = splitAtWideGaps(group)
      // Pieces of a right-to-left line read from the right.
      return group.filter((item) => item.dir === 'rtl').length > group.filter((item) => item.dir === 'ltr').length ? pieces.reverse() : pieces
    })
    .map((group) => toLine(page.number, group))
    .filter((line) => line.text.trim() !== '')
}

/** Text apart on one baseline ("Geneva, 24 November 2025" … "Check against delivery", table cells) is separate lines. */
function splitAtWideGaps(items: PdfTextItem[]): PdfTextItem[][] {
  const words = items.filter((item) => item.text.trim() !== '').sort((a, b) => a.x - b.x)
  const starts: number[] = []
  let right = Number.NEGATIVE_INFINITY
  for (const item of words) {
    if (item.x - right > WIDE_GAP * item.size) starts.push(item.x)
    right = Math.max(right, item.x + item.width)
  }
  if (starts.length <= 1) return [items]
  // Each item, spaces included, goes to the piece it starts in, in the order given.
  const piece = (item: PdfTextItem) => starts.findLastIndex((start) => start <= item.x + 0.01)
  return starts.map((_, index) => items.filter((item) => Math.max(piece(item), 0) === index))
}

function toLine(page: number, items: PdfTextItem[]): PdfLine {
  const main = items.reduce((largest, item) => (item.text.trim() && item.size > largest.size ? item : largest), items[0]!)
  const size = main.size
  const rtlCount = items.filter((item) => item.dir === 'rtl').length
  const rtl = rtlCount > 0 && rtlCount >= items.filter((item) => item.dir === 'ltr').length
  // Right-to-left lines read from the right edge. pdfjs also makes space items of the narrow
  // automatic gaps between CJK and numbers: narrower than a space glyph, they are not spaces.
  const ordered = items
    .filter((item) => item.text.trim() !== '' || item.width >= NARROWEST_SPACE * item.size)
    .sort((a, b) => (rtl ? b.x - a.x : a.x - b.x))
  const runs: Run[] = []
  let previous: PdfTextItem | undefined
  for (const item of ordered) {
    // Raised and smaller, or raised well above the baseline at any size (a text rise alone).
    const rise = item.y - main.y
    const superscript = (item.size < size * 0.85 && rise > size * 0.15) || rise > size * 0.3
    let text = item.text
    if (previous) {
      const gap = rtl ? previous.x - (item.x + item.width) : item.x - (previous.x + previous.width)
      const before = runs.at(-1)?.text ?? ''
      const spaceGap = meetsCjk(before, text) ? CJK_SPACE_GAP : SPACE_GAP
      if (gap > spaceGap * size && !/\s$/.test(before) && !/^\s/.test(text) && !joinsWithoutSpace(before, text)) text = ' ' + text
    }
    const last = runs.at(-1)
    if (last && last.bold === item.bold && last.italic === item.italic && last.superscript === superscript) last.text += text
    else runs.push({text, bold: item.bold, italic: item.italic, superscript})
    previous = item
  }
  const left = Math.min(...items.map((item) => item.x))
  const right = Math.max(...items.map((item) => item.x + item.width))
  const line: PdfLine = {page, left, right, y: main.y, size, rtl, runs, text: runs.map((run) => run.text).join('')}
  return line
}

/** The line with its first `count` characters (a footnote's label, a list's bullet) and the space after them taken off. */
export function withoutLeading(line: PdfLine, count: number): PdfLine {
  let toCut = count
  const runs: Run[] = []
  for (const run of line.runs) {
    let text = run.text
    if (toCut > 0) {
      text = text.trimStart()
      const cut = Math.min(toCut, text.length)
      toCut -= cut
      text = text.slice(cut).trimStart()
    }
    if (text) runs.push({...run, text})
  }
  return {...line, runs, text: runs.map((run) => run.text).join('')}
}
