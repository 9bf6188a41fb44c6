import {basename, dirname, extname} from 'node:path'
import {RenderError, UsageError} from '../errors.ts'
import type {Statement} from '../load-statement.ts'
import {resolveInside} from '../file-safety/resolve-inside.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import type {BrowserSession, PrintOptions} from '../render/browser.ts'
import {contentKey, headingsOf, paperSize, renderWithFonts, type DocumentData} from '../render/html.ts'
import {documentDate, finishPdf, printOptions, readOutline, type Paper} from '../render/pdf.ts'
import {compareStatements} from '../statement-order.ts'
import type {Templates} from '../templates/index.ts'
import {measureAndPrint, type MeasuredPrint} from './measure-pages.ts'
import {bookmarkShows} from '../render/outline.ts'
import {packView, type PackEntry, type PackView} from './pack-view.ts'

export interface BuildPackOptions {
  /** The PDF file to write. */
  output: string
  /** The output folder `output` is in (a build's): a link to a folder inside it is replaced, never written through. */
  inside?: string
  title?: string
  /** Language of the pack's own words; default: the language most statements use. */
  lang?: string
  /** `agenda` (default): agenda item, date, `order`, file name. `as-given`: the order of `statements`. */
  order?: 'agenda' | 'as-given'
  /** Also write the pack as one HTML file next to the PDF (same name, `.html`). */
  html?: boolean
  paper: Paper
  largePrint?: boolean
  templates: Templates
  session: BrowserSession
  env?: NodeJS.ProcessEnv
  /** Called as each step of the build ends, in order (bench/render.ts times them). */
  onStepEnd?: (step: PackStep) => void
}

/**
 * The steps of building a pack: the pack's HTML rendered, loaded into a page, measured, printed; printed again only when a predicted
 * number was off; the PDF read back to check the numbers, finished (metadata, bookmarks), written.
 */
export type PackStep = 'render' | 'load' | 'measure' | 'print' | 'reprint' | 'read' | 'finish' | 'write'

export interface PackResult {
  pdf: string
  html: string | null
  /** Pages of the PDF. */
  pages: number
  /** The contents: each statement with the page it starts on. */
  entries: PackEntry[]
  /** Full printings of the pack (1 when the predicted page numbers were right). */
  printings: number
}

type PackData = PackView & Omit<DocumentData, 'fontFaces'>

/**
 * Many statements → one delegation pack, printed as ONE document so that it stays tagged and keeps
 * its outline: a cover, a contents page with real page numbers, each statement from a new page.
 *
 * Page numbers: in the page that loads the pack, the length of the cover, the contents and each
 * statement is measured by layout, which predicts where each statement starts; the numbers go
 * into the contents and the pack is printed, and its outline read back to check every number.
 * Should a number be off, the pack is printed again with the numbers it actually has.
 */
export async function buildPack(statements: readonly Statement[], options: BuildPackOptions): Promise<PackResult> {
  const stepEnds = options.onStepEnd ?? (() => undefined)
  const base = packData(statements, options)
  // The browser starts while the pack's HTML is rendered.
  options.session.warmUp()
  const print = printOptions(options.paper)

  // First printing: numbers predicted and printed in one page load. Further printings (only when a
  // number was off, e.g. a template with its own page margins) print the numbers the last one had.
  const first = await firstPrinting(base, options, print)
  let pages = first.starts
  let printed = first.pdf
  let printedHtml = first.html
  let printings = printed ? 1 : 0
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!printed) {
      printedHtml = await renderWithFonts(options.templates, 'pack', withPageNumbers(base, pages), 'print')
      printed = await options.session.pdf(printedHtml, print)
      printings++
      stepEnds('reprint')
    }
    const {document, pageCount, entries: outline} = await readOutline(printed)
    stepEnds('read')
    const actual = statementStartPages(outline, base)
    if (actual.every((page, index) => page === pages[index])) {
      const pdfPath = resolveInside(dirname(options.output), basename(options.output))
      const headings = headingsOf(printedHtml)
      const pdf = await finishPdf(
        document,
        {
          title: base.title,
          author: base.author,
          subject: base.subject,
          keywords: base.keywords,
          lang: base.lang,
          contentKey: contentKey(printedHtml, JSON.stringify(pages), JSON.stringify(print)),
          headings,
        },
        documentDate(options.env),
      )
      stepEnds('finish')
      await writeFileAtomic(pdfPath, pdf, {inside: options.inside})
      const data = withPageNumbers(base, pages)
      let htmlPath: string | null = null
      if (options.html) {
        htmlPath = resolveInside(dirname(options.output), `${basename(options.output, extname(options.output))}.html`)
        await writeFileAtomic(htmlPath, await renderWithFonts(options.templates, 'pack', data, 'file'), {inside: options.inside})
      }
      stepEnds('write')
      return {pdf: pdfPath, html: htmlPath, pages: pageCount, entries: data.entries, printings}
    }
    pages = actual
    printed = null
  }
  throw new RenderError(`The page numbers of the pack ${options.output} did not settle after three printings`)
}

type PackLayoutOptions = Pick<BuildPackOptions, 'title' | 'lang' | 'order' | 'paper' | 'largePrint'>

/** Everything the pack layout receives, statements in pack order, without page numbers yet. */
function packData(statements: readonly Statement[], options: PackLayoutOptions): PackData {
  if (statements.length === 0) throw new UsageError('A pack needs at least one statement')
  const ordered = options.order === 'as-given' ? [...statements] : [...statements].sort(compareStatements)
  const view = packView(ordered, {title: options.title, lang: options.lang})
  return {
    ...view,
    paperSize: paperSize(options.paper),
    largePrint: options.largePrint ?? false,
    author: view.delegation,
    subject: [view.meeting, view.convention].filter(Boolean).join(' — '),
    keywords: [...new Set([view.convention, view.meeting, ...ordered.flatMap((statement) => statement.meta.organisations)].filter((word): word is string => Boolean(word)))],
  }
}

function withPageNumbers(base: PackData, pages: readonly number[]): PackData {
  return {...base, entries: base.entries.map((entry, index) => ({...entry, page: pages[index] ?? null}))}
}

/**
 * The pack as the HTML document `buildPack` prints, with the contents giving `pages` (the
 * `entries[].page` of a `PackResult`): for comparing with other ways of printing it.
 */
export function packHtml(statements: readonly Statement[], options: PackLayoutOptions & {templates: Templates}, pages: readonly number[]): Promise<string> {
  return renderWithFonts(options.templates, 'pack', withPageNumbers(packData(statements, options), pages), 'print')
}

/**
 * Where each statement starts, from the top-level bookmarks: the statement titles come last, in
 * order. Chromium writes a right-to-left title's words in the order they are drawn, so a bookmark is
 * recognised by its characters, not their order (see `bookmarkShows`).
 */
function statementStartPages(outline: ReadonlyArray<{title: string; page: number; depth: number}>, view: PackView): number[] {
  const topLevel = outline.filter((entry) => entry.depth === 0)
  const statementsPart = topLevel.slice(topLevel.length - view.statements.length)
  const matches =
    statementsPart.length === view.statements.length &&
    statementsPart.every((entry, index) => bookmarkShows(entry.title, view.statements[index]!.title))
  if (!matches) {
    throw new RenderError(
      'Could not find where the statements start in the printed pack: the pack layout must print each statement title as an <h1> (the `statement` partial does)',
    )
  }
  return statementsPart.map((entry) => entry.page)
}

/** The pack with placeholder numbers in its contents, measured, numbered and printed in one page load. */
async function firstPrinting(base: PackData, options: BuildPackOptions, print: PrintOptions): Promise<MeasuredPrint & {html: string}> {
  // Page numbers as wide as the real ones will be.
  const placeholder = base.statements.length * 10
  const withPlaceholders: PackData = {...base, entries: base.entries.map((entry) => ({...entry, page: placeholder}))}
  const html = await renderWithFonts(options.templates, 'pack', withPlaceholders, 'print')
  options.onStepEnd?.('render')
  return {html, ...(await measureAndPrint(options.session, html, options.paper, print, options.onStepEnd))}
}
