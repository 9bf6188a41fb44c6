import type {Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {isCheckAgainstDeliveryLine} from '../metadata/check-against-delivery.ts'
import {blockLines, type HeaderLine} from '../metadata/header-lines.ts'
import {readHeader} from '../metadata/read-header.ts'

const source = 'statement-packs'
/** Enough of the body to tell its language and find an acronym's expansion or the treaty it speaks of. */
const bodySampleLength = 4000

function leadingText(tree: Root, length: number): string {
  const parts: string[] = []
  let total = 0
  for (const node of tree.children) {
    if (total >= length) break
    const text = toString(node, {includeHtml: false})
    parts.push(text)
    total += text.length + 2
  }
  return parts.join('\n\n')
}

/** The top-level nodes before the statement proper (the parser found where it starts), and a rule right after them. */
function headerBlock(tree: Root, end: number | undefined): {nodes: RootContent[]; lines: HeaderLine[]} | null {
  if (end === undefined) return null
  const nodes: RootContent[] = []
  const lines: HeaderLine[] = []
  const strongRuns = {count: 0}
  for (const node of tree.children) {
    if ((node.position?.end.offset ?? Infinity) > end) break
    nodes.push(node)
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(...blockLines(node, nodes.length - 1, strongRuns))
  }
  const next = tree.children[nodes.length]
  if (nodes.length && next?.type === 'thematicBreak') nodes.push(next)
  return lines.length ? {nodes, lines} : null
}

/**
 * Lifts the header block (meeting, venue, dates, agenda item, title, speaker,
 * "Check against delivery") out of the body into `file.data.headerMeta`. The
 * lines live on in `heading`, so no word is lost. A document whose front matter
 * already has a heading was normalised before: nothing is lifted again.
 */
export function liftHeader() {
  return function transform(tree: Root, file: VFile) {
    if (file.data.frontMatter?.heading?.length) return
    const header = headerBlock(tree, file.data.headerEnd)
    const lifted = new Set<RootContent>(header?.nodes ?? [])
    // "Check against delivery" alone on a line further down is header matter too.
    const deliveryNotes: {node: Paragraph; text: string}[] = []
    for (const node of tree.children) {
      if (node.type !== 'paragraph' || lifted.has(node)) continue
      const lines = blockLines(node, 0, {count: 0})
      const text = lines[0]?.text ?? ''
      if (lines.length === 1 && isCheckAgainstDeliveryLine(text)) deliveryNotes.push({node, text})
    }
    if (!header && !deliveryNotes.length) return
    for (const {node} of deliveryNotes) lifted.add(node)
    tree.children = tree.children.filter((node) => !lifted.has(node))

    const meta = readHeader(header?.lines ?? [], leadingText(tree, bodySampleLength), {logo: file.data.logo})
    if (header) {
      const first = header.nodes[0]
      const last = header.nodes.at(-1)
      const text = header.lines.map((line) => line.text).join(' / ')
      const message = file.info(`Moved header block into metadata (\`heading\`): ${text}`, {
        place: first?.position && last?.position ? {start: first.position.start, end: last.position.end} : undefined,
        ruleId: 'lift-header',
        source,
      })
      message.actual = text
    }
    for (const {node, text} of deliveryNotes) {
      meta.heading = [...(meta.heading ?? []), text]
      meta.checkAgainstDelivery = true
      const message = file.info('Moved “check against delivery” line into metadata (`checkAgainstDelivery`, `heading`)', {
        place: node.position,
        ruleId: 'lift-header',
        source,
      })
      message.actual = text
    }
    file.data.headerMeta = meta
  }
}
