import type {PDFDocumentProxy, PDFPageProxy, TextItem} from 'pdfjs-dist/types/src/display/api.js'
import {fontStyle} from './font-style.ts'
import {arabicSpellings, respellArabic} from './scripts.ts'

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
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const {width, height} = page.getViewport({scale: 1})
    const content = await page.getTextContent()
    const textItems = content.items.filter((item): item is TextItem => 'str' in item && item.str.length > 0)
    const {fontNames, spellings} = textItems.length > 0 ? await readDrawing(page) : {fontNames: new Map<string, string>(), spellings: new Map()}
    const items = textItems.map((item): PdfTextItem => {
      const [, , c, d, x, y] = item.transform as number[]
      return {
        text: spellings.size > 0 ? respellArabic(item.str, spellings) : item.str,
        x: x!,
        y: y!,
        width: item.width,
        size: Math.hypot(c!, d!),
        ...fontStyle(fontNames.get(item.fontName)),
        dir: item.dir,
      }
    })
    pages.push({number, width, height, items})
    page.cleanup()
  }
  return pages
}

interface Drawing {
  /** Font handle ("g_d0_f3") → the font's own name ("DAAAAA+DejaVuSerif-Bold"). */
  fontNames: Map<string, string>
  spellings: Map<string, Set<string>>
}

/**
 * What only the page's drawing tells: pdfjs names fonts by handle in text content, and their own
 * names are known once the page's fonts are loaded for drawing; the glyphs drawn spell the Arabic
 * words that text content reverses.
 */
async function readDrawing(page: PDFPageProxy): Promise<Drawing> {
  const {OPS} = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const operators = await page.getOperatorList()
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
  const fontNames = new Map<string, string>()
  for (const [handle, font] of page.commonObjs) {
    const name = (font as {name?: unknown} | null)?.name
    if (typeof handle === 'string' && typeof name === 'string') fontNames.set(handle, name)
  }
  return {fontNames, spellings: arabicSpellings(glyphRuns)}
}
