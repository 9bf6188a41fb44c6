import type {Paragraph, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {isPageNumber, repeatKey} from './shared/furniture.ts'
import {dropLines, isPlainLine, linePosition, mapParagraphs, splitLines, type Line} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'
import {isSalutation} from './shared/salutation.ts'

/** Headers and footers are labels; a line that ends a sentence is body text, however often it recurs. */
const sentenceEnd = /[.!?;,:…。！？]["'”’»)\]]*$/u
/** A running head is a short label: a longer line is a paragraph, however often it recurs. */
const maxLength = 120

/**
 * A running head made of the header's own words: the whole line ("Statement on Victim Assistance"),
 * or most of its parts ("CCM 13MSP – Déclaration de la Suisse – Point 9 d)").
 */
function repeatsHeading(key: string, heading: string): boolean {
  if (key.length >= 8 && heading.includes(key)) return true
  const parts = key.split(/\s+[–—|/-]\s+|\s*\|\s*/).filter(Boolean)
  if (parts.length < 2) return false
  const found = parts.filter((part) => part.length >= 4 && heading.includes(part))
  return found.length * 2 >= parts.length && found.some((part) => part.length >= 8)
}

interface PlacedLine {
  paragraph: Paragraph
  index: number
  line: Line
}

/**
 * Drops running headers and footers: a short line that stands at the top or bottom of two or more
 * pages (next to a form feed or a page number) with the same text, page numbers aside, or once when
 * it repeats the statement's header (its title, its author).
 * The document's first line is never one (a first page carries the real header), nor is a line
 * that ends a sentence or a salutation.
 */
export function dropRunningHeaders() {
  return function transform(tree: Root, file: VFile) {
    const placed: PlacedLine[] = []
    const linesOf = new Map<Paragraph, Line[]>()
    visit(tree, 'paragraph', (paragraph) => {
      const lines = splitLines(paragraph, file)
      linesOf.set(paragraph, lines)
      lines.forEach((line, index) => placed.push({paragraph, index, line}))
    })

    // Lines at a page's top or bottom, with the page break they stand at (a page number and the
    // form feed after it are one break).
    const edges = new Map<number, number>()
    let pageBreak = -1
    let previousWasMarker = false
    const addEdge = (position: number) => {
      if (position > 0 && position < placed.length && !edges.has(position)) edges.set(position, pageBreak)
    }
    placed.forEach(({line}, position) => {
      const formFeed = line.text.includes('\f')
      const marker = formFeed || isPageNumber(line.text)
      if (marker && !previousWasMarker) pageBreak++
      previousWasMarker = marker && !(formFeed && line.text.replace(/\f/g, '').trim())
      if (formFeed) {
        addEdge(line.text.replace(/\f/g, '').trim() ? position : position + 1)
        addEdge(position - 1)
      }
      if (marker) {
        addEdge(position + 1)
        addEdge(position - 1)
        if (isPageNumber(placed[position - 1]?.line.text ?? '')) addEdge(position - 2)
      }
    })

    // A running header stands at two or more page breaks with the same text.
    const breaksOf = new Map<string, Set<number>>()
    const keyOf = new Map<number, string>()
    for (const [position, atBreak] of edges) {
      const entry = placed[position]
      if (!entry || !isPlainLine(entry.line)) continue
      const text = entry.line.text
      const key = repeatKey(text)
      if (key.replace(/#/g, '').length < 3 || key.length > maxLength || isPageNumber(text) || sentenceEnd.test(key) || isSalutation(text.replace(/\f/g, ''))) continue
      keyOf.set(position, key)
      const breaks = breaksOf.get(key) ?? new Set<number>()
      breaks.add(atBreak)
      breaksOf.set(key, breaks)
    }

    const drops = new Map<Paragraph, Set<number>>()
    // The statement's own title or author at a page break is its running head, even on one page.
    const headerEnd = file.data.headerEnd
    const heading = headerEnd === undefined ? '' : repeatKey(String(file.value).slice(0, headerEnd).replace(/[*_#>]|<[^>]*>/g, ' '))
    for (const [position, key] of keyOf) {
      const fromHeading = heading !== '' && repeatsHeading(key, heading) && (placed[position]?.line.start?.offset ?? 0) >= (headerEnd ?? 0)
      if ((breaksOf.get(key)?.size ?? 0) < 2 && !fromHeading) continue
      const entry = placed[position]
      if (!entry) continue
      const set = drops.get(entry.paragraph) ?? new Set<number>()
      set.add(entry.index)
      drops.set(entry.paragraph, set)
    }
    if (drops.size === 0) return

    mapParagraphs(tree, (paragraph) => {
      const set = drops.get(paragraph)
      const lines = linesOf.get(paragraph)
      if (!set || !lines) return undefined
      return dropLines(paragraph, lines, (line, index) => {
        if (!set.has(index)) return false
        const text = line.text.replace(/\f/g, '').trim()
        // A form feed on the dropped line still marks the page break for the form-feed plugin.
        if (line.text.includes('\f')) reportChange(file, 'Unexpected form feed, expected continuous text', linePosition(line), 'drop-form-feed')
        reportChange(file, `Unexpected running header \`${text}\` repeated at the top or bottom of pages, expected body text`, linePosition(line), 'drop-running-header', text)
        return true
      })
    })
  }
}
