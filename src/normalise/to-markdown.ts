import type {Root} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown} from 'mdast-util-to-markdown'
import {stringify} from 'yaml'
import type {StatementMeta} from './meta.ts'

/** Serialise metadata and body as one Markdown document with YAML front matter. */
export function toMarkdownDocument(tree: Root, meta: StatementMeta): string {
  const frontMatter = stringify(meta, {lineWidth: 0}).trimEnd()
  const body = toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
  })
  return `---\n${frontMatter}\n---\n\n${body}`
}
