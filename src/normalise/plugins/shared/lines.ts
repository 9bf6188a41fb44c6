import type {Paragraph, Parent, PhrasingContent, RootContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** One source line of a paragraph: the inline nodes on it and how it ended. */
export interface Line {
  nodes: PhrasingContent[]
  /** The line's text (markup removed). */
  text: string
  /** `newline` for a soft line ending, `break` for a hard break, `end` for the paragraph's last line. */
  ending: 'newline' | 'break' | 'end'
  start: Point | undefined
}

const lineStartsCache = new WeakMap<VFile, number[]>()

function lineStarts(file: VFile): number[] {
  let starts = lineStartsCache.get(file)
  if (!starts) {
    starts = [0]
    const value = String(file.value)
    for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) starts.push(index + 1)
    lineStartsCache.set(file, starts)
  }
  return starts
}

/** Where the text of source line `line` starts (after the indentation Markdown strips). */
export function lineTextStart(file: VFile, line: number): Point | undefined {
  const starts = lineStarts(file)
  const offset = starts[line - 1]
  if (offset === undefined) return undefined
  const value = String(file.value)
  let index = offset
  while (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9) index++
  return {line, column: index - offset + 1, offset: index}
}

/** The source text of a node, as written. */
export function sourceOf(node: RootContent, file: VFile): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return toString(node)
  return String(file.value).slice(start, end)
}

function textAt(value: string, start: Point | undefined, end: Point | undefined): Text {
  const node: Text = {type: 'text', value}
  if (start && end) node.position = {start, end}
  return node
}

function advance(point: Point, text: string): Point {
  return {line: point.line, column: point.column + text.length, offset: point.offset === undefined ? undefined : point.offset + text.length}
}

/** Split a paragraph into its lines; text nodes spanning lines are cut, with positions per line. */
export function splitLines(paragraph: Paragraph, file: VFile): Line[] {
  const lines: Line[] = []
  let current: PhrasingContent[] = []
  let start: Point | undefined = paragraph.position?.start
  const close = (ending: Line['ending'], nextStart: Point | undefined) => {
    lines.push({nodes: current, text: current.map((node) => toString(node)).join(''), ending, start})
    current = []
    start = nextStart
  }
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      close('break', node.position ? lineTextStart(file, node.position.end.line + 1) : undefined)
      continue
    }
    if (node.type !== 'text' || !node.value.includes('\n')) {
      current.push(node)
      continue
    }
    const pieces = node.value.split('\n')
    let pieceStart = node.position?.start
    pieces.forEach((piece, index) => {
      if (index > 0) {
        pieceStart = pieceStart ? lineTextStart(file, pieceStart.line + 1) : undefined
        close('newline', pieceStart)
      }
      if (piece) current.push(textAt(piece, pieceStart, pieceStart && advance(pieceStart, piece)))
    })
  }
  close('end', undefined)
  return lines
}

/** A line of plain text only: furniture never carries links, emphasis or footnote references. */
export function isPlainLine(line: Line): boolean {
  return line.nodes.every((node) => node.type === 'text')
}

/** Merge adjacent text nodes (after lines were cut and rejoined). */
export function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const node of nodes) {
    const previous = merged.at(-1)
    if (node.type === 'text' && previous?.type === 'text') {
      const joined: Text = {type: 'text', value: previous.value + node.value}
      if (previous.position && node.position) joined.position = {start: previous.position.start, end: node.position.end}
      merged[merged.length - 1] = joined
    } else if (node.type !== 'text' || node.value !== '') {
      merged.push(node)
    }
  }
  return merged
}

/** Rebuild a paragraph from lines, keeping soft line endings and hard breaks. */
export function paragraphFromLines(lines: Line[]): Paragraph {
  const children: PhrasingContent[] = []
  lines.forEach((line, index) => {
    children.push(...line.nodes)
    if (index === lines.length - 1) return
    const end = lastPoint(line)
    const next = lines[index + 1]?.start
    const separator: PhrasingContent = line.ending === 'break' ? {type: 'break'} : {type: 'text', value: '\n'}
    if (end && next) separator.position = {start: end, end: next}
    children.push(separator)
  })
  const paragraph: Paragraph = {type: 'paragraph', children: mergeTexts(children)}
  const first = lines[0]?.start
  const last = lastPoint(lines.at(-1))
  if (first && last) paragraph.position = {start: first, end: last}
  return paragraph
}

function lastPoint(line: Line | undefined): Point | undefined {
  const node = line?.nodes.at(-1)
  return node?.position?.end ?? line?.start
}

/** The position of a line, for messages. */
export function linePosition(line: Line): Position | undefined {
  const end = lastPoint(line)
  return line.start && end ? {start: line.start, end} : undefined
}

/**
 * Drop the lines `decide` selects (`'drop'`) from a paragraph; the paragraph splits where a dropped
 * line was and before a line marked `'split'` (a later plugin decides whether the parts belong together).
 * Returns the replacement blocks.
 */
export function dropLines(paragraph: Paragraph, lines: Line[], decide: (line: Line, index: number) => boolean | 'split'): Paragraph[] {
  const parts: Paragraph[] = []
  let kept: Line[] = []
  let changed = false
  const blank = (line: Line) => /^[ \t]*$/.test(line.text) && line.nodes.every((node) => node.type === 'text')
  const flush = () => {
    // Lines left blank by a drop (a bare form feed) are no content.
    let first = 0
    let last = kept.length
    while (first < last && blank(kept[first] as Line)) first++
    while (last > first && blank(kept[last - 1] as Line)) last--
    if (last > first) parts.push(paragraphFromLines(kept.slice(first, last)))
    kept = []
  }
  lines.forEach((line, index) => {
    const decision = decide(line, index)
    if (decision === false) {
      kept.push(line)
      return
    }
    changed = true
    flush()
    if (decision === 'split') kept.push(line)
  })
  if (!changed) return [paragraph]
  flush()
  return parts
}

/** Every parent in the tree, depth first, parents before their children. */
export function* parents(node: Parent): Generator<Parent> {
  yield node
  for (const child of node.children) if ('children' in child) yield* parents(child)
}

/**
 * Replace paragraphs anywhere in the tree: `map` returns the replacement blocks, or undefined to
 * keep the paragraph as it is.
 */
export function mapParagraphs(tree: Parent, map: (paragraph: Paragraph, parent: Parent, index: number) => RootContent[] | undefined): void {
  for (const parent of parents(tree)) {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index]
      if (child?.type !== 'paragraph') continue
      const replacement = map(child, parent, index)
      if (!replacement) continue
      parent.children.splice(index, 1, ...(replacement as typeof parent.children))
      index += replacement.length - 1
    }
  }
}
