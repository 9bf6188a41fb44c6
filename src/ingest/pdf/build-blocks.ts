import {joinsWithoutSpace} from './scripts.ts'
import {withoutLeading, type PdfLine} from './group-lines.ts'

export type Block =
  | {type: 'paragraph'; lines: PdfLine[]}
  | {type: 'list'; ordered: boolean; start: number; items: PdfLine[][]}

/** What the body's lines have in common, against which each line is measured. */
export interface Layout {
  /** The usual font size of the body text. */
  bodySize: number
  /** The usual distance between two baselines of a paragraph, at the body size. */
  lineGap: number
  /** The left and right edges of the text column. */
  columnLeft: number
  columnRight: number
}

/** Bullet glyphs, including those Word draws from the private-use area of its Symbol and Wingdings fonts. */
const BULLET = /^\s*([•◦▪▫●○■□‣⁃∙·\uF000-\uF0FF])\s/u
/** Dashes and numbers also begin ordinary lines: they make an item only with a hanging indent. */
const DASH = /^\s*([-–—*])\s/
const NUMBER = /^\s*((\d{1,2})[.)])\s/
/** A gap between baselines larger than this share of the line gap separates paragraphs. */
const PARAGRAPH_GAP = 1.3

/**
 * Paragraphs and lists from the lines of all pages in reading order (furniture and footnotes
 * taken out), measured against the layout: a paragraph ends where the space between lines
 * grows, where its last line stops short of the column's edge (the next word would have fitted),
 * or where the next line starts indented; a bullet or a number with a hanging indent starts a
 * list item. A paragraph that runs on at the top of the next page continues.
 */
export function buildBlocks(lines: PdfLine[], layout: Layout): Block[] {
  const blocks: Block[] = []
  let previous: PdfLine | undefined
  let itemLeft: number | undefined
  for (const [index, line] of lines.entries()) {
    const marker = listMarker(line, lines[index + 1], layout)
    const current = blocks.at(-1)
    if (marker) {
      const item = [withoutLeading(line, marker.text.length)]
      if (current?.type === 'list' && current.ordered === marker.ordered) current.items.push(item)
      else blocks.push({type: 'list', ordered: marker.ordered, start: marker.start, items: [item]})
      itemLeft = line.left
    } else if (previous && current?.type === 'list' && continuesItem(previous, line, itemLeft!, layout)) {
      current.items.at(-1)!.push(line)
    } else if (previous && current?.type === 'paragraph' && continuesParagraph(previous, line, layout)) {
      current.lines.push(line)
    } else {
      blocks.push({type: 'paragraph', lines: [line]})
      itemLeft = undefined
    }
    previous = line
  }
  return blocks
}

function continuesParagraph(previous: PdfLine, line: PdfLine, layout: Layout): boolean {
  if (!flowsOn(previous, line, layout)) return false
  // A line that starts further in than a line filling the column is a paragraph's indented first
  // line, unless both are centred (a title wrapped over two lines).
  const [start, previousStart] = line.rtl ? [layout.columnRight - line.right, layout.columnRight - previous.right] : [line.left - layout.columnLeft, previous.left - layout.columnLeft]
  const indented = start - previousStart > line.size * 0.5 && previousStart < line.size * 0.5
  return !indented || (centred(line, layout) && centred(previous, layout))
}

function centred(line: PdfLine, layout: Layout): boolean {
  return Math.abs(line.left + line.right - layout.columnLeft - layout.columnRight) / 2 < line.size * 0.5
}

function continuesItem(previous: PdfLine, line: PdfLine, itemLeft: number, layout: Layout): boolean {
  const hanging = line.rtl ? line.right < layout.columnRight - line.size * 0.3 : line.left > itemLeft + line.size * 0.3
  return hanging && flowsOn(previous, line, layout)
}

/** The text runs on from one line to the next: no wider gap, a change of size or a line that stopped short. */
function flowsOn(previous: PdfLine, line: PdfLine, layout: Layout): boolean {
  if (Math.abs(previous.size - line.size) > previous.size * 0.1) return false
  if (previous.page === line.page) {
    const gap = previous.y - line.y
    if (gap <= 0 || gap > PARAGRAPH_GAP * layout.lineGap * (line.size / layout.bodySize)) return false
  }
  return !stopsShort(previous, line, layout)
}

/** The line ended before the column's edge although the next line's first word would have fitted. */
function stopsShort(previous: PdfLine, line: PdfLine, layout: Layout): boolean {
  const leading = previous.left - layout.columnLeft
  const trailing = layout.columnRight - previous.right
  const [start, end] = previous.rtl ? [trailing, leading] : [leading, trailing]
  // A centred line has room on both sides; an indented first line only at its end.
  const room = Math.abs(start - end) < previous.size ? start + end : end
  if (joinsWithoutSpace(previous.text, line.text)) return room > previous.size * 1.5 // CJK breaks anywhere: one character more would have fitted.
  const firstWord = /^\s*\S+/.exec(line.text)?.[0].trim() ?? ''
  const averageWidth = (line.right - line.left) / Math.max(line.text.length, 1)
  return room > (firstWord.length + 1) * averageWidth
}

interface ListMarker {
  text: string
  ordered: boolean
  start: number
}

/** A bullet starts a list item; a dash or a number does when the item's next line hangs under its text or starts alike. */
function listMarker(line: PdfLine, next: PdfLine | undefined, layout: Layout): ListMarker | null {
  const bullet = BULLET.exec(line.text)
  if (bullet) return {text: bullet[1]!, ordered: false, start: 1}
  const dash = DASH.exec(line.text)
  const number = NUMBER.exec(line.text)
  if ((!dash && !number) || line.rtl || !next) return null
  const hangs = next.page === line.page && next.left > line.left + line.size * 0.5 && flowsOn(line, next, layout)
  const startsAlike = Math.abs(next.left - line.left) < 1 && (dash ? DASH.test(next.text) : NUMBER.test(next.text))
  if (!hangs && !startsAlike) return null
  return dash ? {text: dash[1]!, ordered: false, start: 1} : {text: number![1]!, ordered: true, start: Number(number![2])}
}
