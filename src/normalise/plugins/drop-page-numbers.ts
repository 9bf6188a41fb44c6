import type {List, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {isNumberWithPeriod, isPageNumber} from './shared/furniture.ts'
import {dropLines, isPlainLine, linePosition, mapParagraphs, parents, sourceOf, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

const endsMidSentence = /[\p{L}\p{N},;\-–]$/u
const startsLowercase = /^\p{Ll}/u

/**
 * Drops page numbers alone on a line: "3", "- 3 -", "3/7", "Page 3 of 7" (in paragraphs, or the
 * list Markdown makes of "- 3 -"), and "3." (an empty ordered list to Markdown) when it sits at a
 * page break, at the end, or inside a sentence; otherwise "3." numbers the paragraph after it.
 */
export function dropPageNumbers() {
  return function transform(tree: Root, file: VFile) {
    const report = (text: string, place: RootContent['position']) =>
      reportChange(file, `Unexpected page number \`${text}\`, expected body text`, place, 'drop-page-number', text)

    mapParagraphs(tree, (paragraph, parent, paragraphIndex) => {
      const lines = splitLines(paragraph, file)
      // The first line of a list item or a note is its text, whatever it says.
      const itemText = (parent.type === 'listItem' || parent.type === 'footnoteDefinition') && paragraphIndex === 0 ? 0 : -1
      const parts = dropLines(paragraph, lines, (line, index) => {
        const text = line.text.replace(/\f/g, '').trim()
        if (index === itemText || !isPlainLine(line) || !isPageNumber(line.text)) return false
        const bare = /^\d+$/.test(text)
        const atPageEdge = index === 0 || index === lines.length - 1 || /\f/.test(lines[index - 1]?.text ?? '') || /\f/.test(lines[index + 1]?.text ?? '') || line.text.includes('\f')
        if (bare && !atPageEdge) return false
        report(text, linePosition(line))
        if (!line.text.includes('\f')) return true
        // Keep the form feed of the line: the form-feed plugin reports it and knows the page broke here.
        line.nodes = [{type: 'text', value: '\f', position: linePosition(line)}]
        line.text = '\f'
        return 'split'
      })
      return parts.length === 1 && parts[0] === paragraph ? undefined : parts
    })

    for (const parent of parents(tree)) {
      parent.children = parent.children.flatMap((node) => {
        if (node.type !== 'list') return [node]
        const numbered = numberedItemContent(node, file)
        if (!numbered) return [node]
        report(numbered.number, node.position)
        return numbered.content
      }) as typeof parent.children
      parent.children = parent.children.filter((node, index, siblings) => {
        if (node.type !== 'list') return true
        const text = listText(node, file)
        if (text === undefined) return true
        const numberWithPeriod = isNumberWithPeriod(text)
        if (!isPageNumber(text) && !numberWithPeriod) return true
        if (numberWithPeriod && !atPageBreak(siblings as RootContent[], index, file)) return true
        report(text, node.position)
        return false
      }) as typeof parent.children
    }
  }
}

/**
 * "- 2 -" followed by text on the next lines: Markdown reads a list item whose first line is the
 * page number. Returns the number and the blocks that follow it.
 */
function numberedItemContent(list: List, file: VFile): {number: string; content: RootContent[]} | undefined {
  const item = list.children[0]
  const paragraph = item?.children[0]
  if (list.children.length !== 1 || paragraph?.type !== 'paragraph') return undefined
  const source = sourceOf(list, file)
  const firstLine = source.slice(0, source.indexOf('\n') === -1 ? undefined : source.indexOf('\n')).trim()
  if (!source.includes('\n') || !/^[-–—*+]/.test(firstLine) || !isPageNumber(firstLine)) return undefined
  const lines = splitLines(paragraph, file)
  const rest = dropLines(paragraph, lines, (_line, index) => index === 0)
  return {number: firstLine, content: [...rest, ...(item?.children.slice(1) ?? [])]}
}

/** The one-line text of a list that is a single empty or one-paragraph item, as written. */
function listText(list: List, file: VFile): string | undefined {
  if (list.children.length !== 1) return undefined
  const source = sourceOf(list, file).trim()
  return source.includes('\n') ? undefined : source
}

function atPageBreak(siblings: RootContent[], index: number, file: VFile): boolean {
  const previous = siblings[index - 1]
  const next = siblings[index + 1]
  if (!next) return true
  const nextSource = sourceOf(next, file)
  if (nextSource.startsWith('\f') || sourceOf(siblings[index] as RootContent, file).includes('\f')) return true
  if (previous?.type === 'paragraph' && endsMidSentence.test(toString(previous).trim())) return true
  return next.type === 'paragraph' && startsLowercase.test(toString(next).trim())
}
