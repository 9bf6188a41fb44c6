import type {Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {isEndMarker} from './shared/furniture.ts'
import {dropLines, isPlainLine, linePosition, mapParagraphs, parents, sourceOf, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

const mayBeEndMarker = /\+\+\+|###|# #|\* ?\* ?\*|-30-|\bend|\bfin\b|конец/i

/**
 * Drops end markers: "+++", "###" (an empty heading to Markdown), "-END-", "-ENDS-", "- ENDS -"
 * (a list to Markdown), "ENDS", and a rule (`---`, `***`) that closes the document. A rule in the
 * middle of a document is Markdown and stays.
 */
export function dropEndMarkers() {
  return function transform(tree: Root, file: VFile) {
    const report = (text: string, place: RootContent['position']) =>
      reportChange(file, `Unexpected end marker \`${text}\`, expected body text`, place, 'drop-end-marker', text)

    mapParagraphs(tree, (paragraph, parent, paragraphIndex) => {
      if (!paragraph.children.some((node) => node.type === 'text' && mayBeEndMarker.test(node.value))) return undefined
      const lines = splitLines(paragraph, file)
      if (!lines.some((line) => isEndMarker(line.text))) return undefined
      // The first line of a list item or a note is its text, whatever it says.
      const itemText = (parent.type === 'listItem' || parent.type === 'footnoteDefinition') && paragraphIndex === 0 ? 0 : -1
      return dropLines(paragraph, lines, (line, index) => {
        if (index === itemText || !isPlainLine(line) || !isEndMarker(line.text)) return false
        report(line.text.trim(), linePosition(line))
        return true
      })
    })

    for (const parent of parents(tree)) {
      parent.children = parent.children.filter((node) => {
        const marker = (node.type === 'heading' && node.children.length === 0) || (node.type === 'list' && isEndMarker(sourceOf(node, file)))
        if (marker) report(sourceOf(node, file).trim(), node.position)
        return !marker
      }) as typeof parent.children
    }

    // Only now is it clear what closes the document.
    for (let closing = tree.children.at(-1); closing && (closing.type === 'thematicBreak' || isWordless(closing)); closing = tree.children.at(-1)) {
      const raw = closing.type === 'paragraph' ? toString(closing) : sourceOf(closing, file)
      if (raw.includes('\f')) reportChange(file, 'Unexpected form feed, expected continuous text', closing.position, 'drop-form-feed')
      const text = raw.replace(/\s+/g, ' ').trim()
      if (text) report(text, closing.position)
      tree.children.pop()
    }
  }
}

/** A closing paragraph with nothing in it but a stray bullet, a form feed or whitespace left by removed characters, or a bare bullet. */
function isWordless(node: RootContent): boolean {
  if (node.type === 'list') return node.children.every((item) => item.children.length === 0)
  return node.type === 'paragraph' && node.children.every((child) => child.type === 'text' && /^[\s•▪◦●○■□►▸‣⁃➢➤✓✔]*$/u.test(child.value))
}
