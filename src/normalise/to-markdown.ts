import type {Root} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import {stringify} from 'yaml'
import type {StatementMeta} from './meta.ts'

const markdownStyle: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
}

/** Serialise metadata and body as one Markdown document with YAML front matter. */
export function toMarkdownDocument(tree: Root, meta: StatementMeta): string {
  const frontMatter = stringify(meta, {lineWidth: 0}).trimEnd()
  return `---\n${frontMatter}\n---\n\n${toMarkdown(tree, markdownStyle)}`
}
