import {mkdtemp, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, sep} from 'node:path'
import {buildArchive} from '../archive/build-archive.ts'
import {planPacks, type PlannedPack} from '../batch/plan-packs.ts'
import type {PackDefinition} from '../config.ts'
import {duplicateDiagnostic, findDuplicates} from '../duplicate-statements.ts'
import {InputError} from '../errors.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {packHtml} from '../pack/index.ts'
import {readingCopy} from '../render/html.ts'
import type {Paper} from '../render/pdf.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {collectSources} from '../sources/collect-sources.ts'
import {overTimeLimit} from '../speaking-time/limit.ts'
import type {SpeakingTimeSettings} from '../speaking-time/speaking-time-for.ts'
import type {InterfaceLanguage} from '../templates/labels.ts'
import {loadTemplates, type Templates} from '../templates/index.ts'
import {statementTitle} from '../templates/statement-title.ts'
import {statementView} from '../templates/statement-view.ts'
import {defaultTemplatesDir} from '../templates/template-files.ts'
import {renderIndexPage, renderProblemPage, shownDiagnostics} from './preview-pages.ts'

export interface PreviewProjectOptions {
  /** Files, folders and globs, relative to `cwd`. */
  inputs: string[]
  cwd: string
  /** The project's folder: links may point inside it. */
  root: string
  /** The build's output folder: never a source, and served as the last build's files. */
  outDir: string
  templatesDir: string | null
  paper: Paper
  largePrint: boolean
  read: Omit<LoadStatementOptions, 'speakingTime'>
  /** Rates and limits: the reading copies, packs and archive show the times, the index the warnings. */
  speakingTime: SpeakingTimeSettings
  /** The language of the archive's interface. */
  archiveLanguage: InterfaceLanguage
  followSymlinks?: boolean
  delegationPacks: boolean
  packs: PackDefinition[]
  /** The inputs are the config's (a folder with no source yet is fine), not the command line's. */
  allowEmpty: boolean
}

/** One source as the preview knows it. */
interface PreviewSource {
  source: string
  /** Absolute; `message.eml#Statement.docx` for an attachment. */
  path: string
  /** Its reading copy's name (as `build` names it); null for a duplicate, which has none. */
  name: string | null
  statement: Statement | null
  diagnostics: Diagnostic[]
}

interface ProjectState {
  sources: PreviewSource[]
  packs: PlannedPack[]
  /** Why the sources could not be listed (a pattern that matches nothing…), shown on the index. */
  problem: string | null
}

export type PageKind = 'document' | 'site' | 'tool'

/** A page as the server sends it. */
export interface RenderedPage {
  status: number
  html: string
  /**
   * `document`: a printed document (reading copy, pack), shown in pages by paged.js; `site`: a page
   * of the archive; `tool`: the preview's own (index, problems).
   */
  kind: PageKind
}

/** The HTML name of a planned pack (`packs/meeting/delegation.pdf` → `packs/meeting/delegation.html`). */
export const packPageOf = (pack: PlannedPack) => pack.file.replace(/\.pdf$/, '.html')

/**
 * The project as the preview sees it: sources, statements and templates read on the first request
 * and kept until a file they came from changes (`changed`). Pages are rendered on request by the
 * build's own code (reading copy, pack, archive), with nothing printed; a problem (a source that
 * cannot be read, a broken template) becomes the page, and the next request tries again.
 */
export class PreviewProject {
  readonly #options: PreviewProjectOptions
  #state: Promise<ProjectState> | null = null
  #templates: Promise<Templates> | null = null
  readonly #statements = new Map<string, Promise<Statement | InputError>>()
  #archiveDir: string | null = null
  #archive: Promise<string> | null = null
  /** The archive build in progress, so that the next one waits for it (they share a folder). */
  #archiveBuild: Promise<unknown> = Promise.resolve()

  constructor(options: PreviewProjectOptions) {
    this.#options = options
  }

  /** The folders and files whose changes the preview shows. */
  get templateFolders(): string[] {
    return [defaultTemplatesDir, this.#options.templatesDir].filter((dir): dir is string => Boolean(dir))
  }

  /** Forget what `paths` (absolute) fed: the next request reads them again. */
  changed(paths: readonly string[]): void {
    for (const path of paths) {
      if (this.templateFolders.some((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep))) this.#templates = null
      for (const key of this.#statements.keys()) if (key === path || key.startsWith(`${path}#`)) this.#statements.delete(key)
    }
    this.#state = null
    this.#archive = null
  }

  async indexPage(): Promise<RenderedPage> {
    const state = await this.#currentState()
    const output = await stat(this.#options.outDir).then((found) => found.isDirectory(), () => false)
    const html = renderIndexPage({
      title: 'Preview',
      problem: state.problem,
      statements: state.sources.map((entry) => ({
        label: entry.statement ? statementTitle(entry.statement) : entry.source,
        source: entry.source,
        href: entry.name === null ? null : `/reading-copies/${encodeURIComponent(entry.name)}.html`,
        diagnostics: shownDiagnostics(entry.source, entry.diagnostics),
      })),
      packs: state.packs.map((pack) => ({label: packLabel(pack, state), href: `/${packPageOf(pack).split('/').map(encodeURIComponent).join('/')}`, count: pack.statements.length})),
      output: output ? this.#options.outDir : null,
    })
    return {status: 200, html, kind: 'tool'}
  }

  /** The reading copy named `name` (its output name), or what keeps it from showing. */
  async readingCopy(name: string): Promise<RenderedPage | null> {
    const state = await this.#currentState()
    const entry = state.sources.find((candidate) => candidate.name === name)
    if (!entry) return null
    if (!entry.statement) {
      return {status: 200, html: renderProblemPage({title: entry.source, message: `${entry.source} cannot be read as a statement:`, diagnostics: shownDiagnostics(entry.source, entry.diagnostics)}), kind: 'tool'}
    }
    return this.#rendered(entry.source, entry.diagnostics, (templates) =>
      readingCopy(templates, statementView(entry.statement!), {paper: this.#options.paper, largePrint: this.#options.largePrint}).withFonts('print'),
    )
  }

  /** The pack whose HTML page is `page` (`packs/meeting/delegation.html`). */
  async pack(page: string): Promise<RenderedPage | null> {
    const state = await this.#currentState()
    const pack = state.packs.find((candidate) => packPageOf(candidate) === page)
    if (!pack) return null
    const statements = pack.statements.map((source) => state.sources.find((entry) => entry.source === source)!.statement!)
    return this.#rendered(page, [], (templates) =>
      packHtml(statements, {templates, title: pack.title ?? undefined, lang: pack.lang ?? undefined, paper: this.#options.paper, largePrint: this.#options.largePrint}, []),
    )
  }

  /**
   * The archive of the statements, built by the archive's own code into a folder of the preview's
   * (removed by `close`) and built again after a change; a failure is the page.
   */
  async archiveFolder(): Promise<{folder: string} | RenderedPage> {
    this.#archive ??= this.#buildArchive()
    const archive = this.#archive
    try {
      return {folder: await archive}
    } catch (error) {
      if (this.#archive === archive) this.#archive = null
      return {status: 500, html: renderProblemPage({title: 'Archive', message: errorText(error), diagnostics: []}), kind: 'tool'}
    }
  }

  /** The output folder, as the last build left it. */
  get outputFolder(): string {
    return this.#options.outDir
  }

  async close(): Promise<void> {
    await this.#archiveBuild.catch(() => undefined)
    if (this.#archiveDir) await rm(this.#archiveDir, {recursive: true, force: true})
  }

  async #buildArchive(): Promise<string> {
    const state = await this.#currentState()
    const templates = await this.#currentTemplates()
    const statements = state.sources.filter((entry) => entry.name !== null && entry.statement).map((entry) => entry.statement!)
    const build = this.#archiveBuild.catch(() => undefined).then(async () => {
      this.#archiveDir ??= await mkdtemp(join(tmpdir(), 'statement-packs-preview-'))
      await buildArchive(statements, {
        outDir: this.#archiveDir,
        templates,
        language: this.#options.archiveLanguage,
        originals: new Map(state.sources.map((entry) => [entry.source, entry.path])),
        outputNames: new Map(state.sources.flatMap((entry) => (entry.name === null ? [] : [[entry.source, entry.name] as const]))),
      })
      return this.#archiveDir
    })
    this.#archiveBuild = build
    return build
  }

  async #rendered(title: string, diagnostics: Diagnostic[], render: (templates: Templates) => Promise<string>): Promise<RenderedPage> {
    try {
      return {status: 200, html: await render(await this.#currentTemplates()), kind: 'document'}
    } catch (error) {
      this.#templates = null
      return {status: 500, html: renderProblemPage({title, message: errorText(error), diagnostics: shownDiagnostics(title, diagnostics)}), kind: 'tool'}
    }
  }

  #currentTemplates(): Promise<Templates> {
    this.#templates ??= loadTemplates({dir: this.#options.templatesDir ?? undefined})
    return this.#templates
  }

  #currentState(): Promise<ProjectState> {
    this.#state ??= this.#readState()
    return this.#state
  }

  async #readState(): Promise<ProjectState> {
    const options = this.#options
    let collected: Awaited<ReturnType<typeof collectSources>>
    try {
      collected = await collectSources(options.inputs, {cwd: options.cwd, root: options.root, followSymlinks: options.followSymlinks, maxSize: options.read.maxSize, outputFolders: [options.outDir], allowEmpty: options.allowEmpty})
    } catch (error) {
      this.#state = null
      return {sources: [], packs: [], problem: errorText(error)}
    }
    const read = await Promise.all(
      collected.map(async ({source, path, refusal}) => {
        const loaded = refusal ?? (await this.#statement(path))
        if (loaded instanceof InputError) return {source, path, statement: null, diagnostics: [inputErrorDiagnostic(loaded)]}
        return {source, path, statement: {...loaded, source}, diagnostics: [...loaded.messages, ...overTimeLimit(loaded.speakingTime)]}
      }),
    )
    const duplicates = findDuplicates(read.flatMap((entry) => (entry.statement ? [entry.statement] : [])))
    const {names, collisions} = outputNames(read.map((entry) => entry.source).filter((source) => !duplicates.has(source)))
    const sources = read.map((entry) => {
      const original = duplicates.get(entry.source)
      const collision = collisions.get(entry.source)
      const diagnostics = [...entry.diagnostics, ...(original ? [duplicateDiagnostic(original)] : []), ...(collision ? [collision] : [])]
      return {...entry, name: names.get(entry.source) ?? null, diagnostics}
    })
    const built = sources.filter((entry) => entry.name !== null && entry.statement)
    const packs = planPacks(
      built.map((entry) => ({source: entry.source, meta: entry.statement!.meta})),
      {delegationPacks: options.delegationPacks, packs: options.packs},
    )
    return {sources, packs, problem: null}
  }

  #statement(path: string): Promise<Statement | InputError> {
    let loaded = this.#statements.get(path)
    if (!loaded) {
      loaded = loadStatement(path, {...this.#options.read, speakingTime: this.#options.speakingTime}).catch((error: unknown) => {
        this.#statements.delete(path)
        if (error instanceof InputError) return error
        throw error
      })
      this.#statements.set(path, loaded)
    }
    return loaded
  }
}

/** A pack as the index names it: its title, else its delegation and meeting ("Chile — 12th Meeting of States Parties"). */
function packLabel(pack: PlannedPack, state: ProjectState): string {
  if (pack.title) return pack.title
  const meta = state.sources.find((entry) => entry.source === pack.statements[0])?.statement?.meta
  return [meta?.organisations[0] ?? 'No delegation', meta?.meeting ?? meta?.meetingKey ?? 'no meeting'].join(' — ')
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
