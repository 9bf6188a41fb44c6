import {resolve} from 'node:path'
import {buildArchive, type ArchiveProgress, type BuildArchiveResult} from '../archive/index.ts'
import {loadStatements} from '../archive/load-statements.ts'
import type {LoadStatementOptions} from '../load-statement.ts'
import type {Paper} from '../render/pdf.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {outputNames} from '../output/output-names.ts'
import {collectSources} from '../sources/collect-sources.ts'

export interface ArchiveCommandOptions extends LoadStatementOptions {
  /** The site folder (`-o`). */
  output: string
  baseUrl?: string
  pdf?: boolean
  /** `--templates DIR` */
  templates?: string
  paper?: Paper
  largePrint?: boolean
  concurrency?: number
  /** Read links that lead outside the project (`--follow-symlinks`). */
  followSymlinks?: boolean
  title?: string
  now?: Date
  /** A source was read (`loaded`), or the site made progress. */
  onProgress?: (progress: ArchiveProgress | {phase: 'load'; done: number; total: number; source: string}) => void
}

export interface ArchiveSourceResult {
  source: string
  messages: Diagnostic[]
  /** The source could not be read as a statement: it is not in the archive. */
  failed: boolean
}

export interface ArchiveCommandResult extends BuildArchiveResult {
  outDir: string
  sources: ArchiveSourceResult[]
}

/**
 * `statement-packs archive FILE…|DIR… -o DIR`: every readable source into the
 * static site. A source that cannot be read is reported and left out; the others
 * are still archived.
 */
export async function archive(inputs: string[], options: ArchiveCommandOptions, cwd: string): Promise<ArchiveCommandResult> {
  const outDir = resolve(cwd, options.output)
  const collected = await collectSources(inputs, {cwd, followSymlinks: options.followSymlinks, outputFolders: [outDir]})
  const readable = collected.filter((source) => source.refusal === null)
  const loaded = await loadStatements(
    readable.map(({source, path}) => ({source, path})),
    {
      encoding: options.encoding,
      maxSize: options.maxSize,
      onLoaded: ({source}, done, total) => options.onProgress?.({phase: 'load', done, total, source}),
    },
  )
  const statements = loaded.flatMap((entry) => entry.statement ?? [])
  const bySource = new Map(loaded.map((entry) => [entry.source, entry]))
  // The site's PDFs are named as every command names a reading copy.
  const {collisions} = outputNames(statements.map((statement) => statement.source))
  const results = collected.map(({source, refusal}): ArchiveSourceResult => {
    if (refusal) return {source, messages: [inputErrorDiagnostic(refusal)], failed: true}
    const {statement, diagnostics} = bySource.get(source)!
    const collision = options.pdf ? collisions.get(source) : undefined
    return {source, messages: collision ? [...diagnostics, collision] : diagnostics, failed: statement === null}
  })
  const result = await buildArchive(statements, {
    outDir,
    baseUrl: options.baseUrl,
    pdf: options.pdf,
    templatesDir: options.templates ? resolve(cwd, options.templates) : undefined,
    paper: options.paper,
    largePrint: options.largePrint,
    concurrency: options.concurrency,
    title: options.title,
    now: options.now,
    onProgress: options.onProgress,
  })
  return {...result, outDir, sources: results}
}
