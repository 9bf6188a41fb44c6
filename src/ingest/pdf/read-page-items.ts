import {loadPdfJs, type PDFDocumentProxy, type PDFPageProxy, type TextItem} from './load-pdfjs.ts'
import {fontStyle, type FontStyle} from './font-style.ts'
import {ARABIC, arabicSpellings, respellArabic} from './scripts.ts'

/** A run of text as pdfjs places it on the page, in PDF points from the page's bottom-left corner. */
export interface PdfTextItem {
  text: string
  x: number
  /** Baseline. */
  y: number
  width: number
  /** Font size in points. */
  size: number
  bold: boolean
  italic: boolean
  /** 'ltr', 'rtl' or 'ttb' as pdfjs reads it. */
  dir: string
}

export interface PdfPage {
  /** 1-based. */
  number: number
  width: number
  height: number
  items: PdfTextItem[]
}

/** The text items of every page, with each font's bold and italic. */
export async function readPageItems(document: PDFDocumentProxy): Promise<PdfPage[]> {
  const pages: PdfPage[] = []
  const fontStyles = new Map<string, FontStyle>()
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const {width, height} = page.getViewport({scale: 1})
    const content = await page.getTextContent()
    const textItems = content.items.filter((item): item is TextItem => 'str' in item && item.str.length > 0)
    // Reading the drawing costs as much again as the text: only for new fonts or Arabic words.
    const arabic = textItems.some((item) => ARABIC.test(item.str))
    const spellings = arabic || textItems.some((item) => !fontStyles.has(item.fontName)) ? await readDrawing(page, fontStyles, arabic) : new Map<string, Set<string>>()
    // A font the drawing did not name (a Type 3 font) is plain, and not asked for again.
    for (const item of textItems) if (!fontStyles.has(item.fontName)) fontStyles.set(item.fontName, {bold: false, italic: false})
    const items = textItems.map((item): PdfTextItem => {
      const [, , c, d, x, y] = item.transform as number[]
      return {
        text: spellings.size > 0 ? respellArabic(item.str, spellings) : item.str,
        x: x!,
        y: y!,
        width: item.width,
        size: Math.hypot(c!, d!),
        ...fontStyles.get(item.fontName)!,
        dir: item.dir,
      }
    })
    pages.push({number, width, height, items})
    page.cleanup()
  }
  return pages
}

/**
 * What only the page's drawing tells: pdfjs names fonts by handle in text content, and their own
 * names and flags are known once the page's fonts are loaded for drawing (their bold and italic
 * are added to `fontStyles` by handle); the glyphs drawn spell the Arabic words that text content
 * reverses.
 */
async function readDrawing(page: PDFPageProxy, fontStyles: Map<string, FontStyle>, arabic: boolean): Promise<Map<string, Set<string>>> {
  const {OPS} = await loadPdfJs()
  const operators = await page.getOperatorList()
  for (const [handle, font] of page.commonObjs) {
    if (typeof handle !== 'string' || typeof font !== 'object' || font === null || !('name' in font)) continue
    const {name, bold, italic} = font as {name?: unknown; bold?: unknown; italic?: unknown}
    const named = fontStyle(typeof name === 'string' ? name : undefined)
    fontStyles.set(handle, {bold: named.bold || bold === true, italic: named.italic || italic === true})
  }
  if (!arabic) return new Map()
  const showsText = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText])
  const glyphRuns: string[][] = []
  for (const [index, operator] of operators.fnArray.entries()) {
    if (!showsText.has(operator)) continue
    const glyphs = (operators.argsArray[index] as unknown[]).at(-1)
    if (!Array.isArray(glyphs)) continue
    glyphRuns.push(glyphs.flatMap((glyph: unknown) => {
      // A number is a shift between glyphs, in thousandths of an em: a wide one is a space.
      if (typeof glyph === 'number') return glyph < -200 ? [' '] : []
      return typeof glyph === 'object' && glyph !== null && 'unicode' in glyph ? [String(glyph.unicode)] : []
    }))
  }
  return arabicSpellings(glyphRuns)
}
