import type {Heading, Paragraph, PhrasingContent} from 'mdast'

export interface HeaderLine {
  /** The line as written, Markdown and HTML markup removed, superscripts kept ("23rd"). */
  text: string
  /** Index of the header block (paragraph or heading) the line is in. */
  block: number
  /** Which bold run (`**…**`) the line starts in, if any: an agenda title runs to the end of its bold run. */
  strong: number | null
}

const lineBreakTag = /^<br\s*\/?>$/i

/**
 * Splits a header block into its lines: text lines, Markdown hard breaks and
 * `<br>` end a line; bold, links and emphasis keep their text; other HTML tags
 * (`<sup>`) are dropped and their content kept.
 */
export function blockLines(node: Paragraph | Heading, block: number, strongRuns: {count: number}): HeaderLine[] {
  const lines: HeaderLine[] = []
  let text = ''
  let strong: number | null = null
  let lineStrong: number | null | undefined

  const endLine = () => {
    const trimmed = text.replace(/\s+/g, ' ').trim()
    if (trimmed) lines.push({text: trimmed, block, strong: lineStrong ?? null})
    text = ''
    lineStrong = undefined
  }
  const addText = (value: string) => {
    const parts = value.split(/\r?\n/)
    parts.forEach((part, index) => {
      if (index > 0) endLine()
      if (lineStrong === undefined && part.trim()) lineStrong = strong
      text += part
    })
  }
  const visit = (children: PhrasingContent[]) => {
    for (const child of children) {
      switch (child.type) {
        case 'text':
        case 'inlineCode':
          addText(child.value)
          break
        case 'break':
          endLine()
          break
        case 'html':
          if (lineBreakTag.test(child.value.trim())) endLine()
          break
        case 'strong': {
          const outer = strong
          strong = strongRuns.count++
          visit(child.children)
          strong = outer
          break
        }
        case 'image':
          addText(child.alt ?? '')
          break
        default:
          if ('children' in child) visit(child.children as PhrasingContent[])
      }
    }
  }
  visit(node.children)
  endLine()
  return lines
}
