import type {Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {footnoteAtFoot, isPageNumber} from './shared/furniture.ts'
import {reportChange} from './shared/report.ts'


/** Whether the page breaks right after `offset`: the next line with text is a page number or starts a page. */
function pageBreaksAfter(value: string, offset: number): boolean {
  let start = value.indexOf('\n', offset)
  while (start !== -1) {
    const end = value.indexOf('\n', start + 1)
    const line = value.slice(start + 1, end === -1 ? undefined : end)
    if (line.includes('\f') || isPageNumber(line)) return true
    if (line.trim()) return false
    start = end
  }
  return true
}

/**
 * Moves footnotes printed at the foot of a page, in the middle of the statement, to the notes at
 * its end, so the paragraph they interrupted reads on (the page-break plugins rejoin it) and the
 * note plugin finds every note in one place.
 */
export function movePageFootnotes() {
  return function transform(tree: Root, file: VFile) {
    const value = String(file.value)
    const moved: Paragraph[] = []
    const last = tree.children.length - 1
    const atFoot = (node: RootContent | undefined, index: number): node is Paragraph => {
      const end = node?.position?.end.offset
      return node?.type === 'paragraph' && index > 0 && index < last && end !== undefined && footnoteAtFoot.test(toString(node)) && pageBreaksAfter(value, end)
    }
    tree.children = tree.children.filter((node: RootContent, index, children) => {
      // The rule printed above the notes of a page goes with them.
      if (node.type === 'thematicBreak' && atFoot(children[index + 1], index + 1)) {
        const rule = value.slice(node.position?.start.offset, node.position?.end.offset).trim()
        reportChange(file, `Unexpected footnote separator \`${rule}\`, expected body text`, node.position, 'drop-footnote-separator', rule)
        return false
      }
      if (!atFoot(node, index)) return true
      moved.push(node)
      reportChange(file, 'Unexpected footnote at the foot of a page inside the text, expected it with the notes at the end', node.position, 'move-page-footnote', toString(node))
      return false
    })
    tree.children.push(...moved)
  }
}
