import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'

/**
 * Trims the whitespace that removed tags, links, breaks or markers leave at the start and end of a
 * paragraph, heading or table cell. Markdown ignores it, but the serialiser would write it out as
 * `&#x20;`. Chinese text indents its paragraphs with ideographic spaces (U+3000), as Word indents
 * with spaces: layout, gone with it. Nothing visible changes, so nothing is reported.
 */
export function trimBlockEdges() {
  return function transform(tree: Root) {
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return
      const first = node.children[0]
      const last = node.children.at(-1)
      if (first?.type === 'text') first.value = first.value.replace(/^[ \t\n\u3000]+/, '')
      if (last?.type === 'text') last.value = last.value.replace(/[ \t\n\u3000]+$/, '')
    })
  }
}
