import type {PageLines} from './find-furniture.ts'
import {withoutLeading, type PdfLine} from './group-lines.ts'

export interface Footnote {
  label: string
  page: number
  /** The note's lines, its label taken off the first. */
  lines: PdfLine[]
}

/** A footnote marker: a number, a letter, a small roman numeral or a symbol such as * and †. */
const LABEL = /^(\d{1,3}|[a-z]|[ivx]{1,4}|[*†‡§]{1,3})$/
/** A note's text is smaller than the body's by at least this share. */
const SMALLER = 0.92

/**
 * Footnotes: the block of smaller lines at the bottom of a page whose lines start with the label
 * of a superscript marker printed in the text above. Taken out of the page's lines, so that a
 * paragraph runs on across them.
 */
export function findFootnotes(pages: PageLines[], bodySize: number): {pages: PageLines[]; notes: Footnote[]} {
  const notes: Footnote[] = []
  const markers = new Set<string>()
  const kept = pages.map(({page, height, lines}) => {
    for (const line of lines) {
      for (const run of line.runs) if (run.superscript && LABEL.test(run.text.trim())) markers.add(run.text.trim())
    }
    let smallStart = lines.length
    while (smallStart > 0 && lines[smallStart - 1]!.size < bodySize * SMALLER) smallStart--
    // The block's first note starts with a marker's label; smaller lines above it at the foot of
    // the page carry on the note the previous page broke off.
    let start = smallStart
    while (start < lines.length && !(leadingLabel(lines[start]!) && markers.has(leadingLabel(lines[start]!)!))) start++
    const last = notes.at(-1)?.lines.at(-1)
    const carriedOver = last !== undefined && last.page === page - 1 && !/[.!?。！？)]\s*$/u.test(last.text)
    const cut = carriedOver && start > smallStart ? smallStart : start
    if (carriedOver) notes.at(-1)!.lines.push(...lines.slice(smallStart, start))
    for (const line of lines.slice(start)) {
      const label = leadingLabel(line)
      if (label && markers.has(label) && !notes.some((note) => note.label === label)) {
        notes.push({label, page, lines: [withoutLeading(line, label.length)]})
      } else {
        notes.at(-1)!.lines.push(line)
      }
    }
    return {page, height, lines: lines.slice(0, cut)}
  })
  return {pages: kept, notes}
}

function leadingLabel(line: PdfLine): string | null {
  const first = line.runs[0]
  if (!first) return null
  const candidate = first.superscript ? first.text.trim() : (/^\s*(\S+)\s/.exec(line.text)?.[1] ?? '')
  return LABEL.test(candidate) ? candidate : null
}
