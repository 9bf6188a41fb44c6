import {createHash} from 'node:crypto'
import type {Statement} from '../load-statement.ts'
import type {Templates} from '../templates/index.ts'
import {statementView, type StatementView} from '../templates/statement-view.ts'
import {fontFacesFor, textOfHtml, type FontUse} from './fonts.ts'
import type {Paper} from './pdf.ts'

export interface DocumentOptions {
  paper: Paper
  largePrint: boolean
  /** `file` for HTML files people keep (fonts subset), `print` for HTML printed straight away. */
  fontUse: FontUse
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

/**
 * Render a layout twice: once to learn which characters it prints, then with the bundled fonts
 * subset to exactly those characters.
 */
export async function renderWithFonts(templates: Templates, layout: string, data: Omit<DocumentData, 'fontFaces'> & object, fontUse: FontUse): Promise<string> {
  const draft = templates.render(layout, {...data, fontFaces: ''})
  const fontFaces = await fontFacesFor(textOfHtml(draft), fontUse)
  return templates.render(layout, {...data, fontFaces})
}

export function paperSize(paper: Paper): 'A4' | 'letter' {
  return paper === 'letter' ? 'letter' : 'A4'
}

/** A reading copy as one self-contained HTML document. */
export async function readingCopyHtml(
  statement: Statement,
  templates: Templates,
  options: DocumentOptions,
  view: StatementView = statementView(statement),
): Promise<{html: string; view: StatementView}> {
  const data = {
    ...view,
    paperSize: paperSize(options.paper),
    largePrint: options.largePrint,
    author: view.organisationNames,
    subject: view.subject,
    keywords: view.keywords,
  }
  return {html: await renderWithFonts(templates, 'statement', data, options.fontUse), view}
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
