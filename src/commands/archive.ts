import {resolve} from 'node:path'
import {buildArchive, type ArchiveProgress, type BuildArchiveResult} from '../archive/index.ts'
import {loadArchiveSources} from '../batch/load-archive-sources.ts'
import {stopReadingThreads, type LoadStatementOptions} from '../load-statement.ts'
import type {Paper} from '../render/pdf.ts'
import type {InterfaceLanguage} from '../templates/labels.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {duplicateDiagnostic, duplicatesByFingerprint} from '../duplicate-statements.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {withTemporaryFolder} from '../file-safety/temporary-folder.ts'
import {InterruptedError} from '../errors.ts'
import {collectSources} from '../sources/collect-sources.ts'
import {requireConfig} from '../config.ts'
import {overTimeLimit} from '../speaking-time/limit.ts'
import type {CommandRuntime} from './build.ts'
import {checkBeforeWork} from './check-before-work.ts'

export interface ArchiveCommandOptions extends Omit<LoadStatementOptions, 'speakingTime'>, Pick<CommandRuntime, 'signal' | 'warn'> {
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
  /** An explicit config file (`--config`) for speaking-time rates and limits and `archive.language`; by default it is found as `build` finds it. */
  config?: string
  title?: string
  /** The language of the site's interface (`--language`): one of the six UN languages. Default: the config's `archive.language`, else `en`. */
  language?: InterfaceLanguage
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
  const templatesDir = options.templates ? resolve(cwd, options.templates) : undefined
  await checkBeforeWork({outputs: [{path: outDir, kind: 'folder', flag: '-o'}], templatesDir, warn: options.warn})
  const {speakingTime, archive: archiveConfig} = (await requireConfig({cwd, file: options.config})).config
  const collected = await collectSources(inputs, {cwd, followSymlinks: options.followSymlinks, maxSize: options.maxSize, outputFolders: [outDir]})
  const readable = collected.filter((source) => source.refusal === null)
  // Each statement's text waits on disk until its page is laid out: memory holds what planning needs.
  return withTemporaryFolder('statement-packs-archive-', async (cacheDir) => {
    const loaded = await loadArchiveSources(
      readable.map(({source, path}) => ({source, path})),
      {
        cacheDir,
        signal: options.signal,
        encoding: options.encoding,
        maxSize: options.maxSize,
        timeoutMs: options.timeoutMs,
        speakingTime,
        onLoaded: ({source}, done, total) => options.onProgress?.({phase: 'load', done, total, source}),
      },
    )
    // The site is laid out with the memory the reading threads held.
    await stopReadingThreads()
    if (options.signal?.aborted) throw new InterruptedError('Interrupted before the site was written; nothing was written')
    const duplicates = duplicatesByFingerprint(loaded.flatMap(({source, fingerprint}) => (fingerprint === null ? [] : [{source, fingerprint}])))
    const statements = loaded.flatMap(({source, statement}) => (statement && !duplicates.has(source) ? [statement] : []))
    const bySource = new Map(loaded.map((entry) => [entry.source, entry]))
    // The site's PDFs are named as `render` and `build` name the same sources' reading copies.
    const {names, collisions} = outputNames(collected.map(({source}) => source).filter((source) => !duplicates.has(source)))
    const results = collected.map(({source, refusal}): ArchiveSourceResult => {
      if (refusal) return {source, messages: [inputErrorDiagnostic(refusal)], failed: true}
      const {statement, diagnostics} = bySource.get(source)!
      const collision = options.pdf ? collisions.get(source) : undefined
      const original = duplicates.get(source)
      const messages = [...diagnostics, ...(statement ? overTimeLimit(statement.speakingTime) : []), ...(collision ? [collision] : []), ...(original === undefined ? [] : [duplicateDiagnostic(original)])]
      return {source, messages, failed: statement === null}
    })
    const result = await buildArchive(statements, {
      outDir,
      baseUrl: options.baseUrl,
      pdf: options.pdf,
      outputNames: names,
      templatesDir,
      paper: options.paper,
      largePrint: options.largePrint,
      concurrency: options.concurrency,
      timeoutMs: options.timeoutMs,
      title: options.title,
      language: options.language ?? archiveConfig.language,
      now: options.now,
      onProgress: options.onProgress,
      signal: options.signal,
      originals: new Map(readable.map(({source, path}) => [source, path])),
    })
    return {...result, outDir, sources: results}
  })
}
