import {PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument} from 'pdf-lib'

/**
 * Chromium writes a bookmark's title in the order the heading is DRAWN, line by line: a
 * right-to-left heading comes out with its words reversed and its lines run together
 * ("كلمة وفد الواحة" becomes "الواحة وفد كلمة"), brackets swapped by mirroring, and a heading moved
 * to the next page is sometimes written twice. Neither the order nor the spaces can be trusted, only
 * which characters are there: this key is the heading's characters, sorted, without spaces,
 * invisible format characters (bidi marks, joiners) or the difference between a bracket and its
 * mirror image.
 */
export function bookmarkKey(text: string): string {
  const mirrored: Record<string, string> = {')': '(', ']': '[', '}': '{', '>': '<', '»': '«', '›': '‹', '﴿': '﴾'}
  return [...text.normalize('NFC').replace(/[\s\p{Cf}]+/gu, '')]
    .map((character) => mirrored[character] ?? character)
    .sort()
    .join('')
}

/** True when a bookmark Chromium wrote is the heading `text` (in any order, once or twice). */
export function bookmarkShows(bookmark: string, text: string): boolean {
  const key = bookmarkKey(bookmark)
  const once = bookmarkKey(text)
  return key === once || key === bookmarkKey(text + text)
}

/** The outline's items depth-first in reading order (the order Chromium writes the headings in). */
function outlineDicts(document: PDFDocument): PDFDict[] {
  const lookup = <T>(value: unknown): T | undefined => (value ? (document.context.lookup(value as never) as T) : undefined)
  const items: PDFDict[] = []
  const walk = (first: unknown) => {
    for (let dict = lookup<PDFDict>(first); dict instanceof PDFDict; dict = lookup<PDFDict>(dict.get(PDFName.of('Next')))) {
      items.push(dict)
      walk(dict.get(PDFName.of('First')))
    }
  }
  walk(lookup<PDFDict>(document.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First')))
  return items
}

/**
 * Give every bookmark the text of its heading as written (`headings` in document order), where
 * Chromium's differs: right-to-left titles read right again in a PDF viewer's bookmarks. Headings
 * are matched in order, so a heading never lends its text to a bookmark before it.
 */
export function restoreBookmarkTitles(document: PDFDocument, headings: readonly string[]): void {
  const written = headings.map((heading) => heading.replace(/\s+/g, ' ').trim())
  const keys = written.map((heading) => [bookmarkKey(heading), bookmarkKey(heading + heading)])
  let next = 0
  for (const dict of outlineDicts(document)) {
    const value = document.context.lookup(dict.get(PDFName.of('Title')))
    if (!(value instanceof PDFString || value instanceof PDFHexString)) continue
    const title = value.decodeText()
    const key = bookmarkKey(title)
    const found = keys.findIndex(([once, twice], index) => index >= next && (key === once || key === twice))
    if (found < 0) continue
    next = found + 1
    if (title !== written[found]) dict.set(PDFName.of('Title'), PDFHexString.fromText(written[found]!))
  }
}
