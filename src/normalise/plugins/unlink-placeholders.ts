import type {Parent, PhrasingContent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {mergeTexts} from './shared/lines.ts'
import {reportDoubt} from './shared/report.ts'

/** Targets that go nowhere: empty, "#", "#!", "javascript:…", "about:blank". */
const placeholder = /^(?:#?!?|javascript:.*|about:blank|https?:\/\/(?:www\.)?example\.(?:com|org))$/is

/**
 * Turns links whose target is a placeholder (`[Model Law](#)`, `[x]()`, `javascript:`) into their
 * text, with a warning: the author meant to link something and a reader should know it is missing.
 */
export function unlinkPlaceholders() {
  return function transform(tree: Root, file: VFile) {
    const changed = new Set<Parent>()
    visit(tree, 'link', (node, index, parent) => {
      if (!parent || index === undefined || !placeholder.test(node.url.trim())) return
      const text = toString(node)
      reportDoubt(file, `Unexpected placeholder link \`${text}\` to \`${node.url || '(empty)'}\`, expected a real address; kept as text`, node.position, 'placeholder-link', text)
      parent.children.splice(index, 1, ...node.children)
      changed.add(parent)
      return index
    })
    // The link's text now runs on with the text around it.
    for (const parent of changed) parent.children = mergeTexts(parent.children as PhrasingContent[]) as Parent['children']
  }
}
