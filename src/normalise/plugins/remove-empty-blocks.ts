import type {List, Parent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {parents} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

const wrappers = new Set(['text', 'strong', 'emphasis', 'delete'])

/**
 * Removes paragraphs and headings left with nothing but whitespace once invisible characters,
 * tags or links were taken out of them, and list items with no content (a bare `2.` that numbers
 * nothing), so they do not turn into stray blank lines, a bare `#` or a bare `2.`.
 */
export function removeEmptyBlocks() {
  return function transform(tree: Root, file: VFile) {
    // Children first, so a list emptied of its items goes too.
    for (const parent of [...parents(tree)].reverse()) {
      parent.children = parent.children.filter((node) => {
        if (isEmptyText(node)) {
          reportChange(file, `Unexpected ${node.type} with no text left, expected text`, node.position, 'remove-empty-block')
          return false
        }
        if (node.type === 'listItem' && node.children.length === 0) {
          reportChange(file, 'Unexpected list item with no content, expected text after its marker', node.position, 'remove-empty-block', listMarker(parent, node))
          return false
        }
        return node.type !== 'list' || node.children.length > 0
      }) as typeof parent.children
    }
  }
}

function listMarker(parent: Parent, item: RootContent): string {
  const list = parent.type === 'list' ? (parent as List) : undefined
  if (!list?.ordered) return '-'
  return `${(list.start ?? 1) + parent.children.indexOf(item as Parent['children'][number])}.`
}

function isEmptyText(node: RootContent): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading') return false
  return node.children.every((child) => wrappers.has(child.type) && toString(child).trim() === '')
}
