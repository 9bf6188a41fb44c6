import type {Code, Root, RootContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node, Point} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {lineTextStart, parents, sourceOf} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

const parser = unified().use(remarkParse).use(remarkGfm).freeze()
const fence = /^[ \t]*(?:```|~~~)/

/**
 * Reads indented text as text: a statement's paragraph indented by four spaces or a tab (Word's
 * first-line indent, `pdftotext -layout`, e-mail) is an indented code block to Markdown, which a
 * statement never means. The block is parsed again as Markdown in place; fenced code stays code.
 */
export function unindentText() {
  return function transform(tree: Root, file: VFile) {
    for (const parent of parents(tree)) {
      if (!parent.children.some((node) => node.type === 'code')) continue
      parent.children = parent.children.flatMap((node) => {
        if (node.type !== 'code' || fence.test(sourceOf(node, file))) return [node]
        reportChange(file, 'Unexpected indented text read as a code block, expected paragraphs', node.position, 'unindent-text')
        return reparse(node, file)
      }) as typeof parent.children
    }
  }
}

function reparse(code: Code, file: VFile): RootContent[] {
  const reparsed = parser.runSync(parser.parse(code.value)) as Root
  const firstLine = code.position?.start.line
  if (firstLine === undefined) return reparsed.children
  // Map positions in the block's value back to the source: same lines, shifted by the indentation.
  const shift = (point: Point): Point => {
    const line = point.line + firstLine - 1
    const start = lineTextStart(file, line)
    if (!start) return point
    return {line, column: start.column + point.column - 1, offset: start.offset === undefined ? undefined : start.offset + point.column - 1}
  }
  visit(reparsed, (node: Node) => {
    if (node.position) node.position = {start: shift(node.position.start), end: shift(node.position.end)}
  })
  return reparsed.children
}
