import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'

/** The statement body as plain text, one line per paragraph, heading, list item or table cell. */
export function plainText(tree: Root): string {
  const lines: string[] = []
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      const text = toString(node).replace(/\s+/g, ' ').trim()
      if (text) lines.push(text)
      return SKIP
    }
  })
  return lines.join('\n')
}
