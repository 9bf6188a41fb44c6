import type {ArchiveSource} from '../archive/archive-source.ts'
import type {Statement} from '../load-statement.ts'
import type {InterfaceLanguage} from '../templates/labels.ts'

/**
 * What the build asks of the rendering stages (see default-stages.ts). The build calls
 * `open` only when something needs rendering: a build with nothing to do launches no browser.
 * Every rendering function returns the files it wrote (absolute paths).
 */
export interface BuildStages {
  /** A fingerprint of everything the templates folder (defaults plus overrides) contributes. */
  templatesFingerprint(templatesDir: string | null): Promise<string>
  open(options: StageOptions): Promise<StageSession>
}

export interface StageOptions {
  templatesDir: string | null
  concurrency: number
  paper: 'a4' | 'letter'
  largePrint: boolean
  /** Time allowed to print one document (`--timeout`); default: the browser session's. */
  timeoutMs?: number
}

export interface StageSession {
  /** Reading copies of one statement at `outDir/name.pdf` and `outDir/name.html` (`name` may hold folders). */
  renderReadingCopy(statement: Statement, options: {outDir: string; name: string; formats: ('pdf' | 'html')[]}): Promise<string[]>
  buildPack(statements: Statement[], options: {outDir: string; output: string; title: string | null; lang: string | null; html: boolean}): Promise<string[]>
  /**
   * The archive in `outDir`, linking each statement to its reading copy PDF (path relative to
   * `outDir`) and to its PDF or Word original (`originals`: source → absolute path). Only the pages
   * whose data changed since the previous build with the same `settingsKey` are rendered, unless `force`.
   */
  buildArchive(
    statements: ArchiveSource[],
    options: {outDir: string; baseUrl: string | null; language: InterfaceLanguage; pdfFiles: Map<string, string>; originals: Map<string, string>; settingsKey: string; force: boolean},
  ): Promise<ArchiveResult>
  close(): Promise<void>
}

export interface ArchiveResult {
  /** Every file of the site (absolute paths). */
  files: string[]
  /** Statements kept out of the archive (draft, embargo). */
  skipped: {source: string; reason: string}[]
  /** The pages rendered (site-relative): those whose data changed. */
  rendered: string[]
  /** Files of its previous build that it deleted (site-relative). */
  removed: string[]
}
