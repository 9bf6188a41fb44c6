import type {List, ListItem, Paragraph, Parent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {linePosition, paragraphFromLines, parents, splitLines, type Line} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

/** Bullet characters that word processors and PDFs leave as text ("-" and "*" are Markdown already; U+F0B7 and its kin are Word's Symbol-font bullets). */
/** A bullet and its item; pdftotext also writes the bullet alone on a line, the item on the next. */
const symbolBullet = /^[ \t]*[•▪◦●○■□►▸‣⁃➢➤✓✔\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8](?:[ \t\u00A0]+(?=\S)|[ \t\u00A0]*$)/u
/**
 * Dashes and "o " are bullets only when two or more lines of the paragraph start with them: a
 * wrapped line may start with a dash, and "o" is a word in Spanish and Italian.
 */
const weakBullet = /^[ \t]*[–—·o][ \t\u00A0]+(?=\S)/
const mayHaveBullet = /(?:^|\n)[ \t]*[•▪◦●○■□►▸‣⁃➢➤✓✔\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8–—·o]/u
const itemEnd = /[.;!?:]$/

/**
 * Turns lines that start with a bullet character (•, ▪, ◦, –, "o ") into a Markdown list, kept
 * right after the paragraph that leads into it. Wrapped continuation lines stay with their item.
 */
export function makeBulletLists() {
  return function transform(tree: Root, file: VFile) {
    for (const parent of parents(tree)) {
      const children: RootContent[] = []
      let changed = false
      for (const child of parent.children as RootContent[]) {
        const blocks = child.type === 'paragraph' ? listify(child, file) : undefined
        if (!blocks) {
          children.push(child)
          continue
        }
        changed = true
        for (const block of blocks) {
          const previous = children.at(-1)
          if (block.type === 'list' && previous?.type === 'list' && !previous.ordered) previous.children.push(...block.children)
          else children.push(block)
        }
      }
      if (changed) (parent as Parent).children = children as Parent['children']
    }
  }

  function listify(paragraph: Paragraph, file: VFile): Array<Paragraph | List> | undefined {
    if (!paragraph.children.some((node) => node.type === 'text' && mayHaveBullet.test(node.value))) return undefined
    const lines = splitLines(paragraph, file)
    const weakBullets = lines.filter((line) => weakBullet.test(line.text)).length
    const bulletOf = (line: Line) => symbolBullet.exec(line.text) ?? (weakBullets >= 2 ? weakBullet.exec(line.text) : null)
    if (!lines.some((line) => bulletOf(line))) return undefined

    const blocks: Array<Paragraph | List> = []
    let plain: Line[] = []
    let items: Line[][] = []
    const flushPlain = () => {
      if (plain.length > 0) blocks.push(paragraphFromLines(plain))
      plain = []
    }
    const flushList = () => {
      if (items.length === 0) return
      const list: List = {type: 'list', ordered: false, spread: false, children: items.map((item) => listItem(item))}
      const first = items[0]?.[0]
      reportChange(file, `Unexpected bullet characters (${items.length} lines), expected a Markdown list`, first && linePosition(first), 'make-bullet-list')
      blocks.push(list)
      items = []
    }
    for (const line of lines) {
      const bullet = bulletOf(line)
      if (bullet) {
        flushPlain()
        stripMarker(line, bullet[0].length)
        items.push([line])
        continue
      }
      const item = items.at(-1)
      const previousText = item?.at(-1)?.text.trim() ?? ''
      if (item && (!itemEnd.test(previousText) || /^\p{Ll}/u.test(line.text))) {
        item.push(line)
        continue
      }
      flushList()
      plain.push(line)
    }
    flushList()
    flushPlain()
    return blocks
  }
}

function listItem(lines: Line[]): ListItem {
  const paragraph = paragraphFromLines(lines.filter((line) => line.text.trim() !== '' || line.nodes.some((node) => node.type !== 'text')))
  const item: ListItem = {type: 'listItem', spread: false, children: [paragraph]}
  if (paragraph.position) item.position = paragraph.position
  return item
}

/** Remove the bullet marker from the start of a line's first text node. */
function stripMarker(line: Line, length: number): void {
  const first = line.nodes[0]
  if (first?.type !== 'text') return
  first.value = first.value.slice(length)
  if (first.position) {
    const start = first.position.start
    first.position = {...first.position, start: {line: start.line, column: start.column + length, offset: start.offset === undefined ? undefined : start.offset + length}}
  }
  if (line.start) line.start = first.position?.start ?? line.start
  line.text = line.text.slice(length)
}
