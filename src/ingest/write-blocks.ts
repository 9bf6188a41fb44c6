import type {Nodes, RootContent} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import type {Origin} from './native-document.ts'

const options: Options = {extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', strong: '*', listItemIndent: 'one'}

/**
 * A native document's blocks as Markdown, a blank line between them, with the origin of each line:
 * a block's lines from the block, a list's from the item each line belongs to (an unindented line
 * starts the next item).
 */
export function writeBlocks(blocks: RootContent[], originOf: (node: Nodes) => Origin | undefined): {markdown: string; origins: Array<Origin | undefined>} {
  const origins: Array<Origin | undefined> = []
  const parts: string[] = []
  for (const block of blocks) {
    const text = toMarkdown({type: 'root', children: [block]}, options).trimEnd()
    if (text === '') continue
    if (origins.length > 0) origins.push(undefined)
    let item = -1
    for (const line of text.split('\n')) {
      if (block.type !== 'list') {
        origins.push(originOf(block))
        continue
      }
      if (!/^\s/.test(line)) item = Math.min(item + 1, block.children.length - 1)
      const listItem = block.children[Math.max(item, 0)]
      origins.push(listItem ? originOf(listItem) : undefined)
    }
    parts.push(text)
  }
  return {markdown: parts.length ? `${parts.join('\n\n')}\n` : '', origins}
}
