import {mkdir, readdir, readFile, stat} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import type {Statement} from '../load-statement.ts'
import {InterruptedError, StatementPacksError, UsageError} from '../errors.ts'
import {resolveInside} from '../file-safety/resolve-inside.ts'
import type {BrowserSession} from '../render/browser.ts'
import type {Paper} from '../render/pdf.ts'
import {loadTemplates, type Templates} from '../templates/index.ts'
import type {InterfaceLanguage} from '../templates/labels.ts'
import {statementView, type StatementView} from '../templates/statement-view.ts'
import {hashBytes, hashChunks, hashJson} from '../hash.ts'
import {archiveSourceOf, type ArchiveSource} from './archive-source.ts'
import {StatementRecords} from './statement-records.ts'
import {atomFeed, feedEntries} from './atom-feed.ts'
import {normaliseBaseUrl} from './base-url.ts'
import {buildCatalogue, catalogueJson} from './catalogue.ts'
import {homeData, meetingData, organisationData, organisationsData, searchData, siteData, statementPageContext, statementPageData} from './page-views.ts'
import {originalOf, plannedOriginals} from './original-download.ts'
import {planArchive, type ArchivePlan} from './plan-archive.ts'
import {TermIndex} from './term-index.ts'
import {plainText} from './plain-text.ts'
import {buildSearchIndex, clientScripts, searchTextPath, searchTextScript} from './search-index.ts'
import {selectPublished, type SkippedStatement} from './select-published.ts'
import {CharacterSet, siteFonts} from './site-fonts.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {removeStale} from '../file-safety/remove-stale.ts'
import {manifestName, readManifest, writeManifest} from './site-manifest.ts'
import {SiteWriter, type FileContent} from './site-writer.ts'
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
  /**
   * Render only what changed since the previous build: the manifest, with the key of what each
   * file was made from, and a record of each statement's text are kept in `stateDir` (a folder
   * inside `outDir`) instead of the site's own manifest. Statements need a `key` (see ArchiveSource).
   * `settingsKey` names what every file depends on besides its data (the tool's version, say);
   * a build with another one, or with `force`, renders everything.
   */
  incremental?: {stateDir: string; settingsKey: string; force?: boolean}
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
  /** The pages laid out by this build: with `incremental`, only those whose data changed. */
  rendered: string[]
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
 * removed through the manifest. With `incremental`, a page is rendered only when
 * the data it shows changed, and a statement is loaded only when its page is.
 */
export async function buildArchive(statements: readonly (Statement | ArchiveSource)[], options: BuildArchiveOptions): Promise<BuildArchiveResult> {
  const baseUrl = options.baseUrl === undefined ? null : normaliseBaseUrl(options.baseUrl)
  const {outDir, incremental} = options
  const existing = await stat(outDir).catch(() => null)
  if (existing && !existing.isDirectory()) throw new UsageError(`The output ${outDir} exists and is not a folder`)
  await mkdir(outDir, {recursive: true})

  const inputs = new Map(statements.map((statement) => [statement.source, archiveSourceOf(statement)]))
  const {published, skipped} = selectPublished([...inputs.values()], options.now ?? new Date())
  const plan = planArchive(published, options.outputNames ?? outputNames(statements.map((statement) => statement.source)).names)
  const templates = options.templates ?? (await loadTemplates({dir: options.templatesDir}))
  const stateDir = incremental ? resolveInside(outDir, incremental.stateDir) : null
  const manifestFile = stateDir ? join(stateDir, 'manifest.json') : join(outDir, manifestName)
  const records = stateDir ? new StatementRecords(outDir, join(stateDir, 'statements')) : null
  const previous = await readManifest(manifestFile)
  const settings = incremental ? hashJson({settings: incremental.settingsKey, templates: templates.fingerprint, baseUrl, title: options.title ?? null, language: options.language ?? 'en', pdf: options.pdf ?? false, paper: options.paper ?? null, largePrint: options.largePrint ?? false}) : null
  const reuse = settings !== null && !incremental?.force && previous.settings === settings
  const previousKeys = reuse ? previous.keys : {}
  const previousCharacters = reuse ? previous.characters : {}
  // Before writing anything, the manifest also names what this build is about to write, so that a
  // build interrupted half-way leaves no file that the next build would not know it may delete.
  // It keeps no keys meanwhile: after an interruption, the next build renders everything.
  await writeManifest(manifestFile, outDir, {files: [...new Set([...previous.files, ...plannedFiles(plan)])], keys: {}, characters: {}, settings: null})
  const writer = new SiteWriter(outDir)
  try {
    const pages: string[] = []
    const rendered: string[] = []
    const keys: Record<string, string> = {}
    const characters = new CharacterSet()
    const failed: BuildArchiveResult['failed'] = []

    const site = siteData({language: options.language ?? 'en', title: options.title, stylesheets: ['assets/fonts.css', 'assets/archive.css']})

    // The data is built the same way every time, so its JSON is the same without sorting keys.
    /** A key for data a file is made from, when the build is incremental. */
    const keyOf = (value: unknown) => (settings === null ? null : hashBytes(JSON.stringify(value)))
    /** Every statement page shows the site's data (its labels): it enters their keys as its own key. */
    const siteKey = keyOf(site)
    /** What is in the site folder now, when anything may be kept: a file deleted since is made again. */
    const present = Object.keys(previousKeys).length > 0 ? await filesIn(outDir) : new Set<string>()
    /** True when the previous build made `path` from the same `key` and it is still there: then it is kept. */
    const unchanged = (path: string, key: string | null) => {
      if (key === null) return false
      keys[path] = key
      if (previousKeys[path] !== key || !present.has(path)) return false
      writer.record(path)
      return true
    }
    /** Writes `path` from `make()`, unless it is unchanged. */
    const put = async (path: string, key: string | null, make: () => FileContent | Promise<FileContent>) => {
      if (!unchanged(path, key)) await writer.write(path, await make())
    }
    const putContent = (path: string, content: string | Uint8Array) => put(path, settings === null ? null : keyOf(hashBytes(content)), () => content)
    /** Each page's characters beyond ASCII, kept in the manifest for the pages a later build keeps. */
    const pageCharacters: Record<string, string> = {}
    const putPage = async (path: string, layout: string, key: string | null, data: () => object | Promise<object>) => {
      pages.push(path)
      let printed = previousCharacters[path] ?? ''
      if (!unchanged(path, key === null ? null : hashBytes(`${layout}\0${key}`))) {
        const html = templates.render(layout, await data())
        rendered.push(path)
        // Every character a page draws picks the font files the site ships (search results draw statements' text, from their pages).
        const drawn = new CharacterSet()
        drawn.add(html)
        printed = drawn.toString()
        await writer.write(path, html)
      }
      characters.add(printed)
      if (printed) pageCharacters[path] = printed
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
      // Loaded only to print: pdf-lib and the browser's driver take a while to load.
      const [{renderReadingCopies}, {withBrowserSession}] = await Promise.all([import('../render/index.ts'), import('../render/browser.ts')])
      const render = async (session: BrowserSession) => {
        const loaded = await Promise.all(toPrint.map((entry) => inputs.get(entry.statement.source)!.load()))
        const entryOf = new Map(loaded.map((statement, index) => [statement, toPrint[index]!]))
        const results = await renderReadingCopies(loaded, {
          outDir,
          formats: ['pdf'],
          paper: options.paper ?? 'a4',
          largePrint: options.largePrint ?? false,
          templates,
          session,
          outputName: (statement) => entryOf.get(statement)!.pdfFile.replace(/\.pdf$/, ''),
          onProgress: ({done, total, result}) => options.onProgress?.({phase: 'pdf', done, total, source: result.source}),
          signal: options.signal,
        })
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

    // Summaries only of the statements the feed shows: a few dozen, whatever the archive's size.
    const inFeed = new Set(feedEntries(plan).map((entry) => entry.id))
    const summaries: string[] = new Array(plan.statements.length)
    const termIndex = new TermIndex()
    // Statement pages, one statement loaded at a time; their text goes to the search index.
    for (const entry of plan.statements) {
      const input = inputs.get(entry.statement.source)!
      let statement: Statement | null = null
      const load = async () => (statement ??= await input.load())
      let view: StatementView | null = null
      const viewOf = async () => (view ??= statementView(await load(), {id: 'statement', titleLevel: 1}))
      let record = input.key !== null && records ? records.read(input.key) : null
      if (record?.terms?.analysis !== termIndex.analysis) {
        const text = record?.text ?? plainText((await load()).tree)
        record = {text, terms: {analysis: termIndex.analysis, text: termIndex.fieldTerms(text, 'text')}}
        if (input.key !== null && records) await records.write(input.key, record)
      }
      const {text} = record
      if (inFeed.has(entry.id)) summaries[entry.id] = summaryOf(text)
      const document = {id: entry.id, title: entry.meta.title ?? '', organisations: entry.meta.organisations.join('\n'), speaker: entry.meta.speaker ?? '', text}
      termIndex.add(document, {text: record.terms!.text})

      const original = await originalOf(entry, options.originals?.get(entry.statement.source))
      if (original) await putContent(original.file, original.bytes)
      const context = statementPageContext(entry, site, {pdfFile: pdfPaths.get(entry.id) ?? null, original})
      await putPage(entry.page, 'archive/statement', input.key === null ? null : keyOf([input.key, input.speakingTime, {...context, site: siteKey}]), async () => statementPageData(entry, await viewOf(), context).data)
      await put(entry.markdownFile, input.key === null ? null : keyOf(input.key), async () => (await load()).markdown)
      await put(searchTextPath(entry), input.key === null ? null : keyOf([input.key, entry.id]), () => searchTextScript(entry, text))
      options.onProgress?.({phase: 'statements', done: entry.id + 1, total: plan.statements.length, source: entry.statement.source})
    }

    for (const meeting of plan.meetings) {
      const {path, data} = meetingData(meeting, site)
      await putPage(path, 'archive/meeting', keyOf(data), () => data)
    }
    for (const organisation of plan.organisations) {
      const {path, data} = organisationData(organisation, site)
      await putPage(path, 'archive/organisation', keyOf(data), () => data)
    }
    for (const {path, data} of [organisationsData(plan, site), homeData(plan, site), searchData(plan, site, clientScriptPaths)]) {
      await putPage(path, `archive/${data.page.kind}`, keyOf(data), () => data)
    }

    let shard = 0
    for (const content of termIndex.shards()) await putContent(`search/terms-${shard++}.js`, content)
    for (const file of buildSearchIndex(plan, termIndex.statistics(), site.lang)) await putContent(file.path, file.content)

    await putContent('assets/minisearch.js', await readFile(new URL(clientScripts.miniSearch)))
    await putContent('assets/search-terms.js', await readFile(clientScripts.searchTerms))
    await putContent('assets/search.js', await readFile(clientScripts.search))
    await putContent('assets/archive.css', `${templates.style('base.css')}\n${templates.style('archive/archive.css')}`)
    const fonts = siteFonts(characters)
    await putContent('assets/fonts.css', fonts.css)
    for (const font of fonts.files) await putContent(font.path, font.bytes)

    const catalogue = buildCatalogue(plan, {baseUrl, pdfPaths})
    await put('catalogue.json', settings === null ? null : keyOf(hashChunks(catalogueJson(catalogue))), () => catalogueJson(catalogue))
    await putContent('feed.xml', atomFeed(plan, {title: site.title, baseUrl, summaries}))
    if (baseUrl) await putContent('sitemap.xml', sitemap(pages, baseUrl))
    options.onProgress?.({phase: 'site', done: 1, total: 1})

    await writer.flush()
    const removed = await removeStale(outDir, previous.files, writer.written)
    await writeManifest(manifestFile, outDir, {files: [...writer.written], keys, characters: pageCharacters, settings})
    await records?.prune()
    return {pages: pages.sort(), rendered: rendered.sort(), skipped, written: [...writer.written].sort(), removed, failed}
  } catch (error) {
    // Let the writes in flight land before reporting, so none appears after the build returned.
    await writer.settle()
    throw error
  }
}

/** Every file under `folder`, as site-relative POSIX paths. */
async function filesIn(folder: string): Promise<Set<string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')))
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
