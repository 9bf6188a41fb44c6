import type {Root} from 'mdast'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {SKIP, visit} from 'unist-util-visit'

export interface BodyHtmlOptions {
  /** Prefix for generated ids (footnotes), so several statements can share one page. */
  idPrefix?: string
  /** Visually hidden heading of the footnotes section, in the statement's language. */
  footnoteLabel?: string
  /** Label of the footnote back-reference link, in the statement's language. */
  footnoteBackLabel?: string
  /** Demote every body heading by this many levels (capped at h6), below the document's own headings. */
  headingOffset?: number
}

/**
 * GitHub's sanitising schema, which lets no script, style, event handler or frame
 * through. Ids are already prefixed by remark-rehype, so the sanitiser must not
 * prefix them a second time (that would break footnote links).
 */
const schema = {...defaultSchema, clobber: []}

/**
 * The statement body as a sanitised HTML fragment. Raw HTML in the source is
 * dropped (the normaliser already turned what mattered into Markdown), images
 * become their alt text so that no page ever fetches a remote resource, and the
 * sanitiser removes anything else that could run or load.
 */
export function bodyToHtml(tree: Root, options: BodyHtmlOptions = {}): string {
  const processor = unified()
    .use(remarkRehype, {
      allowDangerousHtml: false,
      clobberPrefix: options.idPrefix ? `${options.idPrefix}-` : 'user-content-',
      footnoteLabel: options.footnoteLabel ?? 'Footnotes',
      footnoteBackLabel: options.footnoteBackLabel ?? 'Back to reference',
    })
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
  return processor.stringify(processor.runSync(prepare(tree, options.headingOffset ?? 0)))
}

function prepare(tree: Root, headingOffset: number): Root {
  const copy = structuredClone(tree)
  visit(copy, (node, index, parent) => {
    if (node.type === 'heading' && headingOffset > 0) {
      node.depth = Math.min(6, node.depth + headingOffset) as typeof node.depth
    }
    if ((node.type === 'image' || node.type === 'imageReference') && parent && index !== undefined) {
      parent.children.splice(index, 1, {type: 'text', value: node.alt ?? ''})
      return [SKIP, index + 1]
    }
  })
  return copy
}
