import type {RemovedText} from '../native-document.ts'
import type {PdfLine} from './group-lines.ts'

export interface PageLines {
  page: number
  height: number
  lines: PdfLine[]
}

/** Share of the page height, at the top and at the bottom, where running heads and feet are printed. */
const BAND = 0.12
/** Baselines of the same furniture on two pages differ by less than this many points. */
const SAME_PLACE = 3

/** "3", "- 3 -", "Page 3 of 12", "p. 3", "3/12", "Página 3 de 12", "Стр. 3 из 12", "الصفحة ٣ من ٤", "第 3 页，共 4 页". */
const PAGE_NUMBER =
  /^[\s\-–—.]*(?:(?:page|p\.|pág(?:ina)?\.?|seite|стр(?:аница)?\.?|(?:ال)?صفحة|第)\s*)?[\d\u0660-\u0669]+(?:\s*(?:(?:页|頁)[,，]?\s*共|of|de|sur|von|из|من|\/)\s*[\d\u0660-\u0669]+)?\s*(?:页|頁)?[\s\-–—.]*$/iu

/**
 * Running headers, running footers and page numbers: lines in the top and bottom bands of the
 * pages that repeat from page to page (their digits aside), or that are a page number; and, after
 * the first page (which often has none), a line in smaller print alone at the top of the page. They
 * are taken out of the text and reported.
 */
export function findFurniture(pages: PageLines[], bodySize: number): {pages: PageLines[]; removed: RemovedText[]} {
  const inBand = (line: PdfLine, height: number): 'top' | 'bottom' | null =>
    line.y > height * (1 - BAND) ? 'top' : line.y < height * BAND ? 'bottom' : null
  const bandLines = pages.flatMap(({page, height, lines}) =>
    lines.filter((line) => inBand(line, height)).map((line) => ({page, y: line.y, shape: shape(line.text)})),
  )
  const repeats = (line: PdfLine, page: number) => {
    const lineShape = shape(line.text)
    return bandLines.some((other) => other.page !== page && other.shape === lineShape && Math.abs(other.y - line.y) <= SAME_PLACE)
  }

  const removed: RemovedText[] = []
  const kept = pages.map(({page, height, lines}) => ({
    page,
    height,
    lines: lines.filter((line, index) => {
      const band = inBand(line, height)
      if (!band) return true
      const text = line.text.trim()
      const next = lines[index + 1]
      const headsPage = page > 1 && index === 0 && band === 'top' && line.size < bodySize * 0.9 && (!next || line.y - next.y > 2 * line.size)
      if (PAGE_NUMBER.test(text)) removed.push({text, reason: 'page number', ruleId: 'drop-page-number', origin: {page}})
      else if (repeats(line, page) || headsPage) removed.push({text, reason: band === 'top' ? 'running header' : 'running footer', ruleId: 'drop-running-header', origin: {page}})
      else return true
      return false
    }),
  }))
  return {pages: kept, removed}
}

/** What stays the same of a running head from page to page: its words, digits aside. */
function shape(text: string): string {
  return text.replace(/[\d\u0660-\u0669]+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase()
}
