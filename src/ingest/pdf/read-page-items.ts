import type {PDFDocumentProxy, PDFPageProxy, TextItem} from 'pdfjs-dist/types/src/display/api.js'
import {fontStyle} from './font-style.ts'

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
    const fontNames = textItems.length > 0 ? await loadedFontNames(page) : new Map<string, string>()
    const items = textItems.map((item): PdfTextItem => {
      const [, , c, d, x, y] = item.transform as number[]
      return {
        text: item.str,
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

/**
 * pdfjs names fonts by handle ("g_d0_f3") in text content; the font's own name
 * ("DAAAAA+DejaVuSerif-Bold") is known once the page's fonts are loaded for drawing.
 */
async function loadedFontNames(page: PDFPageProxy): Promise<Map<string, string>> {
  await page.getOperatorList()
  const names = new Map<string, string>()
  for (const [handle, font] of page.commonObjs) {
    const name = (font as {name?: unknown} | null)?.name
    if (typeof handle === 'string' && typeof name === 'string') names.set(handle, name)
  }
  return names
}
