import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import type {Origin} from '../native-document.ts'
import type {PlacedNode} from './blocks-to-mdast.ts'

const options: Options = {extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one'}

/**
 * The nodes as Markdown, a blank line between blocks, with the page each line comes from: a
 * block's lines from the page it starts on, a list's from the page of each item.
 */
export function writeMarkdown(placed: PlacedNode[]): {markdown: string; origins: Array<Origin | undefined>} {
  const origins: Array<Origin | undefined> = []
  const parts: string[] = []
  for (const {node, pages} of placed) {
    const text = toMarkdown({type: 'root', children: [node]}, options).trimEnd()
    if (origins.length > 0) origins.push(undefined)
    let item = -1
    for (const line of text.split('\n')) {
      // In a list, an unindented line starts the next item.
      if (node.type !== 'list' || !/^\s/.test(line)) item = Math.min(item + 1, pages.length - 1)
      origins.push({page: pages[Math.max(item, 0)]!})
    }
    parts.push(text)
  }
  return {markdown: parts.join('\n\n') + '\n', origins}
}
