import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import type {Origin} from '../native-document.ts'
import type {PlacedNode} from './blocks-to-mdast.ts'

const options: Options = {extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one'}

/** The nodes as Markdown, a blank line between blocks, with the page each line comes from. */
export function writeMarkdown(placed: PlacedNode[]): {markdown: string; origins: Array<Origin | undefined>} {
  const origins: Array<Origin | undefined> = []
  const parts: string[] = []
  for (const {node, pages} of placed) {
    const text = toMarkdown({type: 'root', children: [node]}, options).trimEnd()
    if (origins.length > 0) origins.push(undefined)
    for (const index of text.split('\n').keys()) origins.push({page: pages[Math.min(index, pages.length - 1)]!})
    parts.push(text)
  }
  return {markdown: parts.join('\n\n') + '\n', origins}
}
