import {access, readFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import type {LoadStatementOptions, Statement} from '../load-statement.ts'
import {removeStale} from '../output/remove-stale.ts'
import type {BuildEvents} from '../report/build-events.ts'
import type {PackDefinition} from './config.ts'
import {hashJson} from '../hash.ts'
import {manifestFiles, type Manifest, type ManifestStatement} from './manifest.ts'
import type {BuildStages, StageSession} from './stages.ts'
import {readCachedStatement} from './statement-cache.ts'

/** The settings every output depends on; shared by `build` and `merge`. */
export interface BuildSettings {
  outDir: string
  /** Folder the sources are relative to: the originals the archive offers for download are read from it. */
  root?: string
  templatesDir: string | null
  paper: 'a4' | 'letter'
  largePrint: boolean
  formats: ('pdf' | 'html')[]
  delegationPacks: boolean
  packs: PackDefinition[]
  archive: boolean
  baseUrl: string | null
  concurrency: number
  /** How sources are read (`encoding`, `maxSize`), and one document's time limit (`timeoutMs`, for printing too). */
  read: LoadStatementOptions
  force: boolean
  /** Warnings fail the build: its status is "failed". */
  strict: boolean
  failFast: boolean
  toolVersion: string
  stages: BuildStages
  signal?: AbortSignal
  events?: BuildEvents
}

/** A hash of the options every rendering depends on: reading copies, packs and archive all include it. */
export async function settingsKeyFor(settings: BuildSettings): Promise<string> {
  return hashJson({
    toolVersion: settings.toolVersion,
    templates: await settings.stages.templatesFingerprint(settings.templatesDir),
    paper: settings.paper,
    largePrint: settings.largePrint,
    formats: settings.formats,
  })
}

/** Opens the rendering stages on first use only, and closes them once. */
export class LazySession {
  #session: Promise<StageSession> | null = null
  constructor(private readonly settings: BuildSettings) {}

  /** True once the stages opened (a browser was found). */
  opened = false

  get(): Promise<StageSession> {
    this.#session ??= this.settings.stages
      .open({
        templatesDir: this.settings.templatesDir,
        concurrency: this.settings.concurrency,
        paper: this.settings.paper,
        largePrint: this.settings.largePrint,
        timeoutMs: this.settings.read.timeoutMs,
      })
      .then((session) => {
        this.opened = true
        return session
      })
    return this.#session
  }

  async close(): Promise<void> {
    const session = await this.#session?.catch(() => null)
    await session?.close()
  }
}

/** Statements by source: the ones normalised in this run, else read back from the cache. */
export class StatementStore {
  readonly #loaded = new Map<string, Statement>()
  constructor(private readonly outDir: string) {}

  remember(statement: Statement): void {
    this.#loaded.set(statement.source, statement)
  }

  async get(source: string, entry: ManifestStatement): Promise<Statement> {
    const known = this.#loaded.get(source)
    if (known) return known
    const cached = await readCachedStatement(this.outDir, source, entry.hash, entry.meta, entry.diagnostics)
    if (!cached) throw new Error(`The cached normalisation of ${source} is missing; rebuild with --force`)
    return cached
  }
}

export function toRelative(outDir: string, file: string): string {
  return relative(outDir, file).split(sep).join('/')
}

export async function allExist(outDir: string, files: readonly string[]): Promise<boolean> {
  const found = await Promise.all(files.map((file) => access(join(outDir, file)).then(() => true, () => false)))
  return found.every(Boolean)
}

export async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a).catch(() => null), readFile(b).catch(() => null)])
  return left !== null && right !== null && left.equals(right)
}

/**
 * Delete what the previous manifest lists and the next one does not, and only that:
 * a build never touches a file it did not write. Empty folders left behind go too.
 */
export async function removeStaleFiles(outDir: string, previous: Manifest | null, next: Manifest): Promise<string[]> {
  return previous ? removeStale(outDir, [...manifestFiles(previous)], manifestFiles(next)) : []
}
