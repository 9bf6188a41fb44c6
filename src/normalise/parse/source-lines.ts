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
}

const markup = /\*\*|__|<\/?(?:sup|sub|b|strong|i|em|u|span|br)\b[^>]*>|\\(?=[^\p{L}\p{N}\s])/giu

/** The text a reader sees on the line: `**bold**`, `<sup>rd</sup>` and escapes removed. */
export function plainLineText(raw: string): string {
  return raw.replace(/\f/g, '').replace(markup, '').replace(/[ \t\u00A0]+/g, ' ').trim()
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
    const text = plainLineText(raw)
    let indent = 0
    for (const character of raw) {
      if (character === ' ') indent++
      else if (character === '\t') indent += 4
      else break
    }
    lines.push({line: number, offset, raw, text, page, indent, blank: text === '', formFeed})
    if (formFeed && !raw.replace(/^[ \t]*/, '').startsWith('\f')) page++
    if (end === value.length) break
    offset = end + 1
    number++
  }
  return lines
}
