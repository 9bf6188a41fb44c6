import {PDFDict, PDFDocument, PDFName} from 'pdf-lib'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface ReadPdf {
  pageCount: number
  /** Text of each page (1-based page n is `pages[n - 1]`), items joined with spaces. */
  pages: string[]
  text: string
  outline: Array<{title: string; page: number; depth: number}>
  info: {Title?: string; Author?: string; Subject?: string; Keywords?: string; Language?: string; Creator?: string}
  /** Page size in points of the first page. */
  size: {width: number; height: number}
}

/** What a reader's PDF viewer sees, read back with pdfjs-dist (no poppler on CI). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0}).promise
  try {
    const pages: string[] = []
    let size = {width: 0, height: 0}
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      if (number === 1) {
        const viewport = page.getViewport({scale: 1})
        size = {width: Math.round(viewport.width), height: Math.round(viewport.height)}
      }
      const content = await page.getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
    }
    const outline: ReadPdf['outline'] = []
    const walk = async (items: Awaited<ReturnType<typeof document.getOutline>> | null, depth: number) => {
      for (const item of items ?? []) {
        let page = 0
        const destination = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest
        const target = destination?.[0]
        if (target && typeof target === 'object') page = (await document.getPageIndex(target as never)) + 1
        outline.push({title: item.title, page, depth})
        await walk(item.items, depth + 1)
      }
    }
    await walk(await document.getOutline(), 0)
    const {info} = await document.getMetadata()
    return {pageCount: document.numPages, pages, text: pages.join('\n'), outline, info: info as ReadPdf['info'], size}
  } finally {
    await document.destroy()
  }
}

/** The base names of the fonts a PDF embeds ("NotoSansArabic-Regular"), subset prefixes removed. */
export async function embeddedFonts(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes)
  const names = new Set<string>()
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue
    const base = object.get(PDFName.of('BaseFont'))
    if (base instanceof PDFName) names.add(base.decodeText().replace(/^[A-Z]{6}\+/, ''))
  }
  return [...names].sort()
}

/** True when the PDF's catalog has a tag tree and says it is tagged. */
export async function isTagged(bytes: Uint8Array): Promise<boolean> {
  const document = await PDFDocument.load(bytes)
  const markInfo = document.catalog.lookup(PDFName.of('MarkInfo'))
  return document.catalog.has(PDFName.of('StructTreeRoot')) && markInfo instanceof PDFDict && String(markInfo.get(PDFName.of('Marked'))) === 'true'
}
