export interface LineEndingChange {
  text: string
  /** Line breaks rewritten to LF. */
  count: number
  /** Offset of the first one in the original text, or -1. */
  first: number
  /** What the first one was, for the report: "CRLF", "CR"… */
  firstBreak: string
}

/** CRLF, lone CR (old Mac), vertical tab (Word's manual line break) and Unicode line/paragraph separators → LF. */
const FOREIGN_LINE_BREAK = /\r\n?|[\v\u2028\u2029]/g

const NAMES: Readonly<Record<string, string>> = {'\r\n': 'CRLF', '\r': 'CR', '\v': 'vertical tab', '\u2028': 'U+2028 line separator', '\u2029': 'U+2029 paragraph separator'}

export function normaliseLineEndings(text: string): LineEndingChange {
  let count = 0
  let first = -1
  let firstBreak = ''
  const normalised = text.replace(FOREIGN_LINE_BREAK, (lineBreak: string, offset: number) => {
    if (count++ === 0) {
      first = offset
      firstBreak = NAMES[lineBreak] ?? lineBreak
    }
    return '\n'
  })
  return {text: count > 0 ? normalised : text, count, first, firstBreak}
}
