import {createHash} from 'node:crypto'
import type {Templates} from '../templates/index.ts'
import type {StatementView} from '../templates/statement-view.ts'
import {fontFacesFor, textOfHtml, type FontUse} from './fonts.ts'
import type {Paper} from './pdf.ts'

export interface ReadingCopyOptions {
  paper: Paper
  largePrint: boolean
}

/** What every document layout receives besides its own variables (see templates/README.md). */
export interface DocumentData {
  fontFaces: string
  paperSize: 'A4' | 'letter'
  largePrint: boolean
  author: string
  subject: string
  keywords: string[]
}

/** Where the layout's `fontFaces` go, filled in once the document's characters are known. */
const fontFacesSlot = '\u0000font-faces\u0000'

/** A layout rendered once; each use (a kept HTML file, a page to print) gets the fonts of the characters it prints. */
export interface RenderedDocument {
  withFonts(use: FontUse): Promise<string>
}

/** Render a layout once; the bundled fonts, subset to the characters it prints, are added per use. */
export function renderDocument(templates: Templates, layout: string, data: Omit<DocumentData, 'fontFaces'> & object): RenderedDocument {
  const page = templates.render(layout, {...data, fontFaces: fontFacesSlot})
  const text = textOfHtml(page.replaceAll(fontFacesSlot, ''))
  return {
    async withFonts(use) {
      const fontFaces = await fontFacesFor(text, use)
      return page.replaceAll(fontFacesSlot, () => fontFaces)
    },
  }
}

/** A layout as one self-contained HTML document, for one use. */
export function renderWithFonts(templates: Templates, layout: string, data: Omit<DocumentData, 'fontFaces'> & object, fontUse: FontUse): Promise<string> {
  return renderDocument(templates, layout, data).withFonts(fontUse)
}

export function paperSize(paper: Paper): 'A4' | 'letter' {
  return paper === 'letter' ? 'letter' : 'A4'
}

/** A reading copy, rendered once for both its HTML file and its PDF. */
export function readingCopy(templates: Templates, view: StatementView, options: ReadingCopyOptions): RenderedDocument {
  return renderDocument(templates, 'statement', {
    ...view,
    paperSize: paperSize(options.paper),
    largePrint: options.largePrint,
    author: view.organisationNames,
    subject: view.subject,
    keywords: view.keywords,
  })
}

export function contentKey(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/** The text of every heading in an HTML document, as a reader sees it. */
export function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((match) => textOfHtml(match[1] ?? '').replace(/\s+/g, ' ').trim())
}
