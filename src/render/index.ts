import type {Statement} from '../load-statement.ts'
import {RenderError, StatementPacksError} from '../errors.ts'
import {resolveInside} from '../file-safety/resolve-inside.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import type {Templates} from '../templates/index.ts'
import {statementView} from '../templates/statement-view.ts'
import type {BrowserSession} from './browser.ts'
import {contentKey, headingsOf, readingCopy} from './html.ts'
import {documentDate, finishPdf, printOptions, type Paper} from './pdf.ts'

export type ReadingCopyFormat = 'pdf' | 'html'

export interface RenderReadingCopiesOptions {
  outDir: string
  formats: ReadingCopyFormat[]
  paper: Paper
  largePrint: boolean
  templates: Templates
  /** Needed when `formats` has `pdf`. */
  session?: BrowserSession
  /** The output path of a statement inside `outDir`, without extension. Default: its output name (see outputNames). */
  outputName?: (statement: Statement) => string
  onProgress?: (progress: RenderProgress) => void
  /** Once aborted (Ctrl-C), no statement is started; those in progress finish. Not started: no result. */
  signal?: AbortSignal
  env?: NodeJS.ProcessEnv
}

export interface RenderProgress {
  done: number
  total: number
  result: ReadingCopyResult
}

export interface ReadingCopyResult {
  source: string
  /** Written files, absolute paths. */
  pdf: string | null
  html: string | null
  /** Set when this statement failed; the others still rendered. */
  error: StatementPacksError | null
}

/**
 * Reading copies of many statements: a self-contained HTML file and/or a tagged PDF each, written
 * atomically inside `outDir`. Preparing the next documents overlaps with printing; a failing
 * statement is reported in its result and never stops the others.
 */
export async function renderReadingCopies(statements: readonly Statement[], options: RenderReadingCopiesOptions): Promise<ReadingCopyResult[]> {
  const {formats, session} = options
  if (formats.includes('pdf') && !session) throw new StatementPacksError('Rendering PDFs needs a browser session')
  // The browser starts while the first documents are rendered.
  if (formats.includes('pdf') && statements.length > 0) session!.warmUp()
  const defaults = outputNames(statements.map((statement) => statement.source)).names
  const names = statements.map((statement) => options.outputName?.(statement) ?? defaults.get(statement.source)!)
  const date = documentDate(options.env)
  const results: ReadingCopyResult[] = new Array(statements.length)
  let next = 0
  let done = 0

  const renderOne = async (index: number): Promise<ReadingCopyResult> => {
    const statement = statements[index]!
    const result: ReadingCopyResult = {source: statement.source, pdf: null, html: null, error: null}
    try {
      const base = names[index]!
      const pdfPath = resolveInside(options.outDir, `${base}.pdf`)
      const htmlPath = resolveInside(options.outDir, `${base}.html`)
      const view = statementView(statement)
      const document = readingCopy(options.templates, view, {paper: options.paper, largePrint: options.largePrint})
      if (formats.includes('html')) {
        const html = await document.withFonts('file')
        await writeFileAtomic(htmlPath, html, {inside: options.outDir})
        result.html = htmlPath
      }
      if (formats.includes('pdf')) {
        const html = await document.withFonts('print')
        const print = printOptions(options.paper)
        const printed = await session!.pdf(html, print)
        const pdf = await finishPdf(
          printed,
          {title: view.title, author: view.organisationNames, subject: view.subject, keywords: view.keywords, lang: view.lang, contentKey: contentKey(html, JSON.stringify(print)), headings: headingsOf(html)},
          date,
        )
        await writeFileAtomic(pdfPath, pdf, {inside: options.outDir})
        result.pdf = pdfPath
      }
    } catch (error) {
      result.error =
        error instanceof StatementPacksError
          ? error
          : new RenderError(`${statement.source}: ${error instanceof Error ? error.message : String(error)}`, {cause: error})
    }
    return result
  }

  // Twice as many workers as pages: while one document prints, the next one is being prepared.
  const workers = Math.max(1, Math.min(statements.length, (session?.concurrency ?? 2) * 2))
  await Promise.all(
    Array.from({length: workers}, async () => {
      while (next < statements.length && !options.signal?.aborted) {
        const index = next++
        const result = await renderOne(index)
        results[index] = result
        options.onProgress?.({done: ++done, total: statements.length, result})
      }
    }),
  )
  return results
}
