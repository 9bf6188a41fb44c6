/** Patterns for page furniture, shared by the plugins that drop it and those that must not join across it. */

const pageNumberPatterns = [
  /^\d{1,3}$/,
  // "- 2 -", "–2–": the same dash and spacing on both sides.
  /^([-–—])([ \t]*)\d{1,4}\2\1$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^\(?\s*\d{1,4}\s*\)$/,
  /^(?:page|p\.|pg\.?|pág\.?|página|seite|s\.|стр\.?|страница|صفحة|第)\s*\d{1,4}(?:\s*(?:of|de|sur|\/|из|von|من)\s*\d{1,4})?\s*(?:页)?$/i,
]

/** "12", "- 2 -", "2/3", "Page 2 of 3", "Página 2 de 3", "Стр. 2": a page number alone on a line. */
export function isPageNumber(text: string): boolean {
  if (text.length > 30) return false
  const trimmed = text.replace(/\f/g, '').trim()
  return pageNumberPatterns.some((pattern) => pattern.test(trimmed))
}

/** "12." alone on a line: a page number, or the number of a paragraph written on its own line. */
export function isNumberWithPeriod(text: string): boolean {
  return /^\d{1,4}\.$/.test(text.replace(/\f/g, '').trim())
}

const endMarkerPattern = /^(?:\+{3,}|#{3,}|(?:#\s){2,}#|\*{3,}|\*(?: \*){2,}|-30-|[-–—]{1,3}\s*(?:ends?|fin|конец)\s*[-–—]{1,3}|\[\s*(?:ends?|fin)\s*\])$/i
const shoutedEndMarker = /^(?:END|ENDS|FIN|КОНЕЦ)\.?$/

/** "+++", "###", "-END-", "-ENDS-", "- ENDS -", "ENDS", "-30-": the marker after a statement's last word. */
export function isEndMarker(text: string): boolean {
  if (text.length > 20) return false
  const trimmed = text.replace(/\f/g, '').trim()
  return endMarkerPattern.test(trimmed) || shoutedEndMarker.test(trimmed)
}

/** Whitespace-insensitive, digit-insensitive key of a line, to find lines repeated on every page. */
export function repeatKey(text: string): string {
  return text.replace(/\f/g, '').replace(/\s+/g, ' ').trim().replace(/\d+/g, '#').toLowerCase()
}

/** A note printed at the foot of a page opens with its marker: "¹ …", "[1] …". */
export const footnoteAtFoot = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\d{1,3}\])[ \t\u00A0]*\S/u
