import {mkdir, stat} from 'node:fs/promises'
import {readFile} from 'node:fs/promises'
import type {Statement} from '../load-statement.ts'
import {InterruptedError, StatementPacksError, UsageError} from '../errors.ts'
import {resolveInside} from '../file-safety/resolve-inside.ts'
import {renderReadingCopies} from '../render/index.ts'
import type {BrowserSession} from '../render/browser.ts'
import {withBrowserSession} from '../render/browser.ts'
import type {Paper} from '../render/pdf.ts'
import {loadTemplates, type Templates} from '../templates/index.ts'
import type {InterfaceLanguage} from '../templates/labels.ts'
import {statementView} from '../templates/statement-view.ts'
import {atomFeed} from './atom-feed.ts'
import {normaliseBaseUrl} from './base-url.ts'
import {buildCatalogue} from './catalogue.ts'
import {homeData, meetingData, organisationData, organisationsData, searchData, siteData, statementPageData} from './page-views.ts'
import {copyOriginal, plannedOriginals} from './original-download.ts'
import {planArchive, type ArchivePlan} from './plan-archive.ts'
import {TermIndex} from './term-index.ts'
import {plainText} from './plain-text.ts'
import {buildSearchIndex, clientScripts, searchTextPath, searchTextScript} from './search-index.ts'
import {selectPublished, type SkippedStatement} from './select-published.ts'
import {CharacterSet, siteFonts} from './site-fonts.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {removeStale} from '../file-safety/remove-stale.ts'
import {readManifest, writeManifest} from './site-manifest.ts'
import {SiteWriter} from './site-writer.ts'
import {sitemap} from './sitemap.ts'

export interface BuildArchiveOptions {
  /** The site folder. Files the archive did not write are never touched. */
  outDir: string
  /** Absolute http(s) URL the site will be published at: enables sitemap.xml and absolute feed links. */
  baseUrl?: string
  /** Also print a PDF reading copy of every statement into the site, linked from its page. */
  pdf?: boolean
  /** Compiled templates (shared with other outputs of a build); default: `loadTemplates({dir: templatesDir})`. */
  templates?: Templates
  /** A folder of templates overriding the defaults by name, when `templates` is not given. */
  templatesDir?: string
  /**
   * Reading copies already printed into `outDir` (by `build`): source → path relative to `outDir`.
   * Linked from the statement pages; not printed again and not listed in the archive's manifest.
   */
  pdfFiles?: ReadonlyMap<string, string>
  /**
   * Where each statement was read from: source → absolute path (`message.eml#Statement.docx` for an
   * attachment). A PDF or Word original is copied beside its page for download.
   */
  originals?: ReadonlyMap<string, string>
  /** Source → the name of its reading copy (see outputNames), when the command named more sources than it archives. */
  outputNames?: ReadonlyMap<string, string>
  /** A browser session to print PDFs with (one is opened and closed when `pdf` is set and this is not). */
  session?: BrowserSession
  paper?: Paper
  /** Large-print PDF reading copies (with `pdf`). */
  largePrint?: boolean
  concurrency?: number
  /** Time allowed to print one PDF (`--timeout`). Default: the browser session's. */
  timeoutMs?: number
  /** The site's name, on every page and in the feed. Default "Statement archive", in `language`. */
  title?: string
  /** The language of the site's own interface (navigation, list pages, search); statement pages keep their statement's. Default `en`. */
  language?: InterfaceLanguage
  /** The moment embargoes are compared with. Default: now. */
  now?: Date
  onProgress?: (progress: ArchiveProgress) => void
  /** Ctrl-C: the PDFs in progress finish, then nothing else is written (an InterruptedError). */
  signal?: AbortSignal
}

export interface ArchiveProgress {
  phase: 'statements' | 'pdf' | 'site'
  done: number
  total: number
  /** The statement just laid out, when there is one. */
  source?: string
}

export interface BuildArchiveResult {
  /** HTML pages of the site, site-relative paths. */
  pages: string[]
  /** Statements left out (draft, embargo), with why. */
  skipped: SkippedStatement[]
  /** Every file written, site-relative (the manifest's content). */
  written: string[]
  /** Files of the previous build that were deleted because nothing wrote them this time. */
  removed: string[]
  /** Statements whose PDF reading copy failed (the page is still there, without a PDF link). */
  failed: Array<{source: string; error: StatementPacksError}>
}

/**
 * Build the static archive of `statements` into `outDir`: home, meeting,
 * organisation and statement pages, search, catalogue.json, feed.xml and
 * sitemap.xml. Deterministic; atomic writes; stale files of the previous build
 * removed through the manifest.
 */
export async function buildArchive(statements: readonly Statement[], options: BuildArchiveOptions): Promise<BuildArchiveResult> {
  const baseUrl = options.baseUrl === undefined ? null : normaliseBaseUrl(options.baseUrl)
  const {outDir} = options
  const existing = await stat(outDir).catch(() => null)
  if (existing && !existing.isDirectory()) throw new UsageError(`The output ${outDir} exists and is not a folder`)
  await mkdir(outDir, {recursive: true})

  const {published, skipped} = selectPublished(statements, options.now ?? new Date())
  const plan = planArchive(published, options.outputNames ?? outputNames(statements.map((statement) => statement.source)).names)
  const templates = options.templates ?? (await loadTemplates({dir: options.templatesDir}))
  const previous = await readManifest(outDir)
  // Before writing anything, the manifest also names what this build is about to write, so that a
  // build interrupted half-way leaves no file that the next build would not know it may delete.
  await writeManifest(outDir, new Set([...previous, ...plannedFiles(plan)]))
  const writer = new SiteWriter(outDir)
  try {
    const pages: string[] = []
    const characters = new CharacterSet()
    const failed: BuildArchiveResult['failed'] = []

    const site = siteData({
      language: options.language ?? 'en',
      title: options.title,
      statementCount: plan.statements.length,
      organisationCount: plan.organisations.length,
      stylesheets: ['assets/fonts.css', 'assets/archive.css'],
    })
    const writePage = async (path: string, layout: string, data: object) => {
      const html = templates.render(layout, data)
      // Every character a page draws picks the font files the site ships (search results draw statements' text, from their pages).
      characters.add(html)
      pages.push(path)
      await writer.write(path, html)
    }

    /** Site-relative PDF path per statement id, for the pages and the catalogue. */
    const pdfPaths = new Map<number, string>()
    for (const entry of plan.statements) {
      const existingPdf = options.pdfFiles?.get(entry.statement.source)
      if (existingPdf) {
        resolveInside(outDir, existingPdf)
        pdfPaths.set(entry.id, existingPdf.split('\\').join('/'))
      }
    }
    const toPrint = options.pdf ? plan.statements.filter((entry) => !pdfPaths.has(entry.id)) : []
    if (toPrint.length > 0) {
      const render = async (session: BrowserSession) => {
        const byStatement = new Map(toPrint.map((entry) => [entry.statement, entry]))
        const results = await renderReadingCopies(
          toPrint.map((entry) => entry.statement),
          {
            outDir,
            formats: ['pdf'],
            paper: options.paper ?? 'a4',
            largePrint: options.largePrint ?? false,
            templates,
            session,
            outputName: (statement) => byStatement.get(statement)!.pdfFile.replace(/\.pdf$/, ''),
            onProgress: ({done, total, result}) => options.onProgress?.({phase: 'pdf', done, total, source: result.source}),
            signal: options.signal,
          },
        )
        results.forEach((result, index) => {
          if (result.error) failed.push({source: result.source, error: result.error})
          else {
            const entry = toPrint[index]!
            pdfPaths.set(entry.id, entry.pdfFile)
            writer.record(entry.pdfFile)
          }
        })
      }
      if (options.session) await render(options.session)
      else await withBrowserSession({concurrency: options.concurrency, timeoutMs: options.timeoutMs}, render)
    }
    if (options.signal?.aborted) throw new InterruptedError('Interrupted: the PDFs in progress were finished, the site pages were not written; run the command again to complete it')

    const summaries: string[] = new Array(plan.statements.length)
    const termIndex = new TermIndex()
    // Statement pages; their text goes to the search index.
    for (const entry of plan.statements) {
      const text = plainText(entry.statement.tree)
      summaries[entry.id] = summaryOf(text)
      termIndex.add({id: entry.id, title: entry.meta.title ?? '', organisations: entry.meta.organisations.join('\n'), speaker: entry.meta.speaker ?? '', text})
      const view = statementView(entry.statement, {id: 'statement', titleLevel: 1})
      const original = await copyOriginal(entry, options.originals?.get(entry.statement.source), writer)
      const {path, data} = statementPageData(entry, view, site, {pdfFile: pdfPaths.get(entry.id) ?? null, original})
      await writePage(path, 'archive/statement', data)
      await writer.write(entry.markdownFile, entry.statement.markdown)
      await writer.write(searchTextPath(entry), searchTextScript(entry, text))
      options.onProgress?.({phase: 'statements', done: entry.id + 1, total: plan.statements.length, source: entry.statement.source})
    }

    for (const meeting of plan.meetings) {
      const {path, data} = meetingData(meeting, site)
      await writePage(path, 'archive/meeting', data)
    }
    for (const organisation of plan.organisations) {
      const {path, data} = organisationData(organisation, site)
      await writePage(path, 'archive/organisation', data)
    }
    for (const {path, data} of [organisationsData(plan, site), homeData(plan, site), searchData(plan, site, clientScriptPaths)]) {
      await writePage(path, `archive/${data.page.kind}`, data)
    }

    let shard = 0
    for (const content of termIndex.shards()) await writer.write(`search/terms-${shard++}.js`, content)
    for (const file of buildSearchIndex(plan, termIndex.statistics(), site.lang)) await writer.write(file.path, file.content)

    await writer.write('assets/minisearch.js', await readFile(new URL(clientScripts.miniSearch)))
    await writer.write('assets/search-terms.js', await readFile(clientScripts.searchTerms))
    await writer.write('assets/search.js', await readFile(clientScripts.search))
    await writer.write('assets/archive.css', `${templates.style('base.css')}\n${templates.style('archive/archive.css')}`)
    const fonts = siteFonts(characters)
    await writer.write('assets/fonts.css', fonts.css)
    for (const font of fonts.files) await writer.write(font.path, font.bytes)

    await writer.write('catalogue.json', `${JSON.stringify(buildCatalogue(plan, {baseUrl, pdfPaths}), null, 2)}\n`)
    await writer.write('feed.xml', atomFeed(plan, {title: site.title, baseUrl, summaries}))
    if (baseUrl) await writer.write('sitemap.xml', sitemap(pages, baseUrl))
    options.onProgress?.({phase: 'site', done: 1, total: 1})

    await writer.flush()
    const removed = await removeStale(outDir, previous, writer.written)
    await writeManifest(outDir, writer.written)
    return {pages: pages.sort(), skipped, written: [...writer.written].sort(), removed, failed}
  } catch (error) {
    // Let the writes in flight land before reporting, so none appears after the build returned.
    await writer.settle()
    throw error
  }
}

/** The first words of a statement, for the feed: a string of its own, not a view into the whole text. */
function summaryOf(text: string): string {
  const start = text.slice(0, 400).replace(/\s+/g, ' ').trim()
  if (start.length <= 300 && start.length === text.trim().length) return Buffer.from(start).toString()
  const cut = start.slice(0, 300)
  return Buffer.from(`${cut.slice(0, cut.lastIndexOf(' ') > 200 ? cut.lastIndexOf(' ') : 300)} …`).toString()
}

/** The files this build will write, as far as the plan tells (search shards are counted later). */
function plannedFiles(plan: ArchivePlan): string[] {
  return [
    ...plan.statements.flatMap((entry) => [entry.page, entry.markdownFile, entry.pdfFile, searchTextPath(entry), ...plannedOriginals(entry)]),
    ...plan.meetings.map((meeting) => meeting.page),
    ...plan.organisations.map((organisation) => organisation.page),
    'index.html',
    'search.html',
    'organisations/index.html',
  ]
}

/** The search page's scripts, in load order. */
const clientScriptPaths = ['assets/minisearch.js', 'assets/search-terms.js', 'assets/search.js']
