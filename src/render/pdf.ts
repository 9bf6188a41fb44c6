import {createHash} from 'node:crypto'
import {ParseSpeeds, PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, type PDFDict} from 'pdf-lib'
import type {PrintOptions} from './browser.ts'
import {restoreBookmarkTitles} from './outline.ts'

export type Paper = 'a4' | 'letter'

/** The print options every document uses: tagged, with an outline, page size and margins from the CSS. */
export function printOptions(paper: Paper): PrintOptions {
  return {
    format: paper === 'letter' ? 'Letter' : 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: false,
    tagged: true,
    outline: true,
  }
}

export interface PdfProperties {
  title: string
  /** The organisations. */
  author: string
  /** Meeting and agenda item. */
  subject: string
  keywords: string[]
  /** BCP 47 language of the document (`/Lang`). */
  lang: string
  /** Identifies the content (e.g. a hash of the printed HTML and options): becomes the PDF `/ID`. */
  contentKey: string
  /** The text of the document's headings, to repair bookmarks Chromium garbled. */
  headings: readonly string[]
}

/**
 * The date written into every PDF: `SOURCE_DATE_EPOCH` (seconds) when set, else a fixed date, so
 * that the same input always gives the same bytes.
 */
export function documentDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH)
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH?.trim() ? new Date(epoch * 1000) : new Date(Date.UTC(2000, 0, 1))
}

/**
 * Chromium's PDF, finished: document properties, `/Lang`, pinned dates and `/ID`. pdf-lib rewrites
 * the file object for object, so the tag tree (StructTreeRoot, MarkInfo) and the outline survive.
 */
export async function finishPdf(pdf: Uint8Array | PDFDocument, properties: PdfProperties, date = documentDate()): Promise<Uint8Array> {
  const document = pdf instanceof PDFDocument ? pdf : await loadPdf(pdf)
  document.setTitle(properties.title, {showInWindowTitleBar: true})
  if (properties.author) document.setAuthor(properties.author)
  if (properties.subject) document.setSubject(properties.subject)
  // pdf-lib joins keywords with spaces, which runs multi-word keywords together: separate them.
  if (properties.keywords.length > 0) document.setKeywords([properties.keywords.join('; ')])
  document.setCreator('statement-packs')
  document.setCreationDate(date)
  document.setModificationDate(date)
  document.catalog.set(PDFName.of('Lang'), PDFString.of(properties.lang))
  restoreBookmarkTitles(document, properties.headings)
  const id = createHash('sha256').update(properties.contentKey).digest('hex').slice(0, 32)
  document.context.trailerInfo.ID = PDFArray.withContext(document.context)
  const idArray = document.context.trailerInfo.ID as PDFArray
  idArray.push(PDFHexString.of(id))
  idArray.push(PDFHexString.of(id))
  // Object streams would make the file a little smaller and saving four times slower; pdf-lib's
  // default of yielding to the event loop every 50 objects makes saving a long pack 20 times slower.
  return document.save({useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity})
}

/** Parse a PDF in one go (pdf-lib otherwise yields to the event loop every 100 objects). */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, {updateMetadata: false, parseSpeed: ParseSpeeds.Fastest})
}

interface OutlineItem {
  dict: PDFDict
  title: string
  page: number
  depth: number
}

/** The outline items of a loaded PDF, depth-first in reading order, with the page (1-based) each points at. */
function outlineItems(document: PDFDocument): OutlineItem[] {
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const lookup = <T>(value: unknown): T | undefined => (value ? (document.context.lookup(value as never) as T) : undefined)
  const items: OutlineItem[] = []
  const walk = (first: unknown, depth: number) => {
    for (let dict = lookup<PDFDict>(first); dict; dict = lookup<PDFDict>(dict.get(PDFName.of('Next')))) {
      const title = lookup<PDFString | PDFHexString>(dict.get(PDFName.of('Title')))?.decodeText() ?? ''
      let destination = lookup<PDFArray>(dict.get(PDFName.of('Dest')))
      if (!destination) destination = lookup<PDFArray>(lookup<PDFDict>(dict.get(PDFName.of('A')))?.get(PDFName.of('D')))
      const target = destination instanceof PDFArray ? destination.get(0)?.toString() : undefined
      items.push({dict, title, page: (target && pageIndex.get(target)) || 0, depth})
      walk(dict.get(PDFName.of('First')), depth + 1)
    }
  }
  walk(lookup<PDFDict>(document.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First')), 0)
  return items
}

/** Pages of a PDF and the page each outline entry points at, in outline order (depth-first); and the loaded document, to finish. */
export async function readOutline(bytes: Uint8Array): Promise<{document: PDFDocument; pageCount: number; entries: Array<{title: string; page: number; depth: number}>}> {
  const document = await loadPdf(bytes)
  return {document, pageCount: document.getPageCount(), entries: outlineItems(document).map(({title, page, depth}) => ({title, page, depth}))}
}
