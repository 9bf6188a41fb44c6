import type {List, ListItem, Paragraph, Parent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {dropLines, linePosition, paragraphFromLines, parents, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

const numberedLine = /^(\d{1,3})[.)][ \t]+(?=\S)/

/**
 * Keeps numbered paragraphs numbered, as one ordered list: a number written alone on its line
 * ("3." then the paragraph) takes the paragraph after it, and a line inside a paragraph that starts
 * with the next number ("4. …", which Markdown cannot read as a list there) starts the next item.
 * Inline "(a)", "(b)" stay part of their sentence.
 */
export function makeNumberedParagraphs() {
  return function transform(tree: Root, file: VFile) {
    for (const parent of parents(tree)) {
      const children = parent.children as RootContent[]
      for (let index = 0; index < children.length; index++) {
        const node = children[index]
        if (node?.type === 'paragraph') keepLetteredLines(node, file)
        if (node?.type !== 'list' || !node.ordered) continue
        // "3." alone: the paragraph after it is its content.
        const last = node.children.at(-1)
        const next = children[index + 1]
        if (last && last.children.length === 0 && next?.type === 'paragraph') {
          last.children.push(next)
          children.splice(index + 1, 1)
          const number = (node.start ?? 1) + node.children.length - 1
          reportChange(file, `Unexpected paragraph number \`${number}.\` on its own line, expected it before its paragraph`, last.position, 'make-numbered-paragraph')
        }
        splitRunOnItems(node, file)
        // "4. …" after a page break or a stray line is a paragraph to Markdown: the list's next item.
        for (let next = children[index + 1]; next?.type === 'paragraph'; next = children[index + 1]) {
          const first = next.children[0]
          const match = first?.type === 'text' ? numberedLine.exec(first.value) : null
          if (!first || first.type !== 'text' || !match || Number(match[1]) !== (node.start ?? 1) + node.children.length) break
          first.value = first.value.slice(match[0].length)
          reportChange(file, `Unexpected numbered paragraph \`${match[0].trim()}\` outside its list, expected the list's next item`, next.position, 'make-numbered-paragraph')
          const item: ListItem = {type: 'listItem', spread: node.spread, children: [next]}
          if (next.position) item.position = next.position
          node.children.push(item)
          children.splice(index + 1, 1)
        }
        // Consecutive numbers written as separate lists are one list.
        const following = children[index + 1]
        if (following?.type === 'list' && following.ordered && following.start === (node.start ?? 1) + node.children.length) {
          node.children.push(...following.children)
          node.spread = node.spread || following.spread
          children.splice(index + 1, 1)
          index--
        }
      }
      ;(parent as Parent).children = children as Parent['children']
    }
  }
}

/**
 * "a) …" / "b) …" (or "(i)", "(ii)") starting consecutive lines are sub-paragraphs: each keeps its
 * line (a hard break before it), since Markdown has no lettered lists. A lone "(c)" that a wrap
 * put at a line start is part of its sentence and is left to be unwrapped.
 */
function keepLetteredLines(paragraph: Paragraph, file: VFile): void {
  if (!paragraph.children.some((node) => node.type === 'text' && mayHaveLetteredLine.test(node.value))) return
  const lines = splitLines(paragraph, file)
  const starts = new Set<number>()
  let expected = 0
  lines.forEach((line, index) => {
    const marker = letteredItemMarker(line.text)
    if (marker !== undefined && sequenceIndex(marker) === expected) {
      starts.add(index)
      expected++
    }
  })
  if (starts.size < 2) return
  let changed = false
  for (const index of starts) {
    const previous = lines[index - 1]
    if (previous?.ending !== 'newline') continue
    previous.ending = 'break'
    changed = true
  }
  if (!changed) return
  const rebuilt = paragraphFromLines(lines)
  paragraph.children = rebuilt.children
  const first = lines[[...starts][0] ?? 0]
  reportChange(file, `Unexpected lettered sub-paragraphs (${starts.size}) on their own lines, expected them kept as lines`, first && linePosition(first), 'keep-lettered-lines')
}

const mayHaveLetteredLine = /(?:^|\n)\(?(?:[a-h]|[ivx]{1,4})[.)]/
const lettered = /^\(?([a-h]|[ivx]{1,4})\)[ \t]+(?=\S)|^([a-h])\.[ \t]+(?=\S)/
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']

function letteredItemMarker(text: string): string | undefined {
  const match = lettered.exec(text)
  return match ? (match[1] ?? match[2]) : undefined
}

/** Position of a marker in its sequence: "a" and "i" are 0, "b" and "ii" are 1… */
function sequenceIndex(marker: string): number {
  const roman = romans.indexOf(marker)
  return roman !== -1 && marker !== 'v' && marker !== 'x' ? roman : marker.charCodeAt(0) - 97
}

/** Lines inside an item's paragraph that start with the next number become items of their own. */
function splitRunOnItems(list: List, file: VFile): void {
  const items: ListItem[] = []
  let number = list.start ?? 1
  for (const item of list.children) {
    items.push(item)
    const paragraph = item.children.at(-1)
    if (paragraph?.type !== 'paragraph') {
      number++
      continue
    }
    const lines = splitLines(paragraph, file)
    let expected = number + 1
    const starts = new Set<number>()
    lines.forEach((line, lineIndex) => {
      const match = numberedLine.exec(line.text)
      if (lineIndex > 0 && match && Number(match[1]) === expected) {
        starts.add(lineIndex)
        expected++
      }
    })
    number = expected
    if (starts.size === 0) continue
    const parts: Paragraph[] = dropLines(paragraph, lines, (line, lineIndex) => {
      if (!starts.has(lineIndex)) return false
      const marker = numberedLine.exec(line.text)?.[0] ?? ''
      const first = line.nodes[0]
      if (first?.type === 'text') first.value = first.value.slice(marker.length)
      line.text = line.text.slice(marker.length)
      reportChange(file, `Unexpected numbered paragraph \`${marker.trim()}\` run into the one above, expected its own item`, linePosition(line), 'make-numbered-paragraph')
      return 'split'
    })
    item.children.splice(item.children.length - 1, 1, parts[0] as Paragraph)
    for (const part of parts.slice(1)) {
      const added: ListItem = {type: 'listItem', spread: item.spread, children: [part]}
      if (part.position) added.position = part.position
      items.push(added)
    }
  }
  list.children = items
}
