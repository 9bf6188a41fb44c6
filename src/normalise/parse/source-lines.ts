import {isSalutation} from '../plugins/shared/salutation.ts'
import {chromePrefixEnd} from '../vocabulary/site-chrome.ts'

/**
 * The raw statement as lines: what the parser decides about (wrap or paragraph break, header,
 * chrome, salutation, body) is about lines, so it reads them first, with the evidence each carries.
 */
export interface SourceLine {
  /** 1-based line number in the source. */
  line: number
  /** Offset of the line's first character in the source. */
  offset: number
  /** The line as written, without its line ending. */
  raw: string
  /** The line's text with Markdown/HTML markup and form feeds removed, spaces collapsed, trimmed. */
  text: string
  /** 1-based page: form feeds start a new page. */
  page: number
  /** Leading spaces and tabs (a tab counts 4). */
  indent: number
  blank: boolean
  /** A form feed is on this line: the page broke here. */
  formFeed: boolean
  /** The line is quoted ("> "), as a statement forwarded in an e-mail is; `text` is without the marker. */
  quoted: boolean
  /**
   * The text ran into the line's previous sentence with no break at all ("…Weapons.Geneva, 10 April
   * 2008The…", a web page's blocks pasted as one line): this part of the line starts a line of its own.
   */
  runTogether: boolean
}

/** Where extracted text ran two blocks together: a sentence end or a year right before a capitalised word. */
const runTogetherPoint = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})|(?<=(?:^|[^\p{N}])\p{N}{4})(?=\p{Lu}\p{Ll}{2}|(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra)\.?\s)/gu
/** What a line needs for `runTogetherPoint` to match: lookbehinds tried at every character cost much on long lines. */
const mayRunTogether = /[.!?]\p{Lu}|\p{N}{4}/u
const address = /:\/\/|www\.|@|\.(?:com|org|int|net|gov)\b/i
/**
 * A heading in capitals that opens a line and ran into the text after it, as text copied from a PDF
 * viewer does ("STATEMENT BY CHILE AT THE SIXTH MEETING. Zagreb, 28 November 2005 Mr. President: …"):
 * four capitalised words or more, then a capitalised word in lower case.
 */
const capitalsHeading = /^(?=(?:[^\p{Ll}]*?(?<!\p{L})\p{Lu}{2,}(?!\p{L})){4})[^\p{Ll}]+?[ \t]+(?=\p{Lu}\p{Ll})/u
/** A year, then the blank before what may be a salutation ("… 28 de noviembre de 2005 Sr. Presidente: …"). */
const afterYear = /(?<=(?:^|[^\p{N}])\p{N}{4})[ \t]+/gu
const mayHaveYear = /\p{N}{4}[ \t]/u

const markup = /\*\*|__|<\/?(?:sup|sub|b|strong|i|em|u|span|br)\b[^>]*>|\\(?=[^\p{L}\p{N}\s])/giu

/** The text a reader sees on the line: `**bold**`, `<sup>rd</sup>` and escapes removed. */
export function plainLineText(raw: string): string {
  return raw.replace(/\f/g, '').replace(markup, '').replace(/[ \t\u00A0]+/g, ' ').trim()
}

/** "Señor Presidente: Chile agradece…": where the text starts after the salutation it ran into. */
function salutationEnd(raw: string): number | null {
  if (isSalutation(raw)) return null
  let end: number | null = null
  for (const match of raw.slice(0, 120).matchAll(/[,:،：，]/gu)) {
    if (isSalutation(raw.slice(0, match.index + 1))) end = match.index + 1
  }
  if (end === null) return null
  const rest = /^[ \t\u00A0]*(?=\p{Lu}\p{Ll}|\p{Lo})/u.exec(raw.slice(end))
  return rest ? end + rest[0].length : null
}

const quoteMarker = /^[ \t]*>[ \t]?/

/**
 * A statement forwarded by e-mail is quoted: when most lines carry a quote marker, the lines are
 * read without it (the tree keeps its positions; the parser unwraps the quote).
 */
export function isQuotedDocument(lines: SourceLine[]): boolean {
  const content = lines.filter((line) => !line.blank || line.quoted)
  return content.length >= 4 && content.filter((line) => line.quoted).length >= content.length * 0.5
}

export function readSourceLines(value: string): SourceLine[] {
  const lines: SourceLine[] = []
  let page = 1
  let offset = 0
  let number = 1
  while (offset <= value.length) {
    let end = value.indexOf('\n', offset)
    if (end === -1) end = value.length
    const raw = value.slice(offset, end).replace(/\r$/, '')
    const formFeed = raw.includes('\f')
    // A form feed at the start of a line puts the line on the next page.
    if (formFeed && raw.replace(/^[ \t]*/, '').startsWith('\f')) page++
    let indent = 0
    for (const character of raw) {
      if (character === ' ') indent++
      else if (character === '\t') indent += 4
      else break
    }
    const cuts = address.test(raw) || !mayRunTogether.test(raw) ? [] : [...raw.matchAll(runTogetherPoint)].map((match) => match.index)
    const afterStamp = chromePrefixEnd(raw)
    if (afterStamp !== null) cuts.unshift(afterStamp)
    const heading = capitalsHeading.exec(raw)
    if (heading && !cuts.includes(heading[0].length)) cuts.push(heading[0].length)
    // A date ran into the salutation after it.
    for (const match of mayHaveYear.test(raw) ? raw.matchAll(afterYear) : []) {
      const at = match.index + match[0].length
      if (salutationEnd(raw.slice(at)) !== null && !cuts.includes(at)) cuts.push(at)
    }
    // A salutation that opens the line, or a part of it, ran into the text after it ("Mr. President,Norway…").
    for (const start of [0, ...cuts]) {
      const afterSalutation = salutationEnd(raw.slice(start))
      if (afterSalutation !== null && !cuts.includes(start + afterSalutation)) cuts.push(start + afterSalutation)
    }
    cuts.sort((a, b) => a - b)
    let from = 0
    for (const cut of [...cuts, raw.length]) {
      const part = raw.slice(from, cut)
      const quoted = from === 0 && quoteMarker.test(part)
      const text = plainLineText(quoted ? part.replace(quoteMarker, '') : part)
      lines.push({line: number, offset: offset + from, raw: part, text, page, indent: from ? 0 : indent, blank: text === '', formFeed, quoted, runTogether: from > 0})
      from = cut
    }
    if (formFeed && !raw.replace(/^[ \t]*/, '').startsWith('\f')) page++
    if (end === value.length) break
    offset = end + 1
    number++
  }
  return lines
}
