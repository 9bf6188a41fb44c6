import {resolve} from 'node:path'
import {duplicateDiagnostic, findDuplicates} from '../duplicate-statements.ts'
import {InputError, InterruptedError} from '../errors.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {withBrowserSession} from '../render/browser.ts'
import {renderReadingCopies, type ReadingCopyFormat, type ReadingCopyResult} from '../render/index.ts'
import type {Paper} from '../render/pdf.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {collectSources} from '../sources/collect-sources.ts'
import {requireConfig} from '../config.ts'
import {overTimeLimit} from '../speaking-time/limit.ts'
import {loadTemplates} from '../templates/index.ts'
import type {CommandRuntime} from './build.ts'
import {checkBeforeWork} from './check-before-work.ts'

export interface RenderCommandOptions extends Omit<LoadStatementOptions, 'speakingTime'>, Pick<CommandRuntime, 'signal' | 'warn'> {
  /** Output folder (`-o`); default `output`. */
  output?: string
  /** Default: both. */
  formats?: ReadingCopyFormat[]
  largePrint?: boolean
  /** `--templates DIR` */
  templates?: string
  paper?: Paper
  concurrency?: number
  /** Read links that lead outside the project (`--follow-symlinks`). */
  followSymlinks?: boolean
  /** An explicit config file (`--config`) for speaking-time rates and limits; by default it is found as `build` finds it. */
  config?: string
  onProgress?: (progress: {done: number; total: number; source: string; failed: boolean}) => void
  env?: NodeJS.ProcessEnv
}

export interface RenderedSource {
  source: string
  messages: Diagnostic[]
  pdf: string | null
  html: string | null
  /** Unreadable, or failed to render: no file was written for it. */
  failed: boolean
}

export interface RenderCommandResult {
  outDir: string
  sources: RenderedSource[]
}

/**
 * `statement-packs render FILE… [-o DIR] [--format pdf,html] [--large-print]`: a reading copy of
 * every source. A source that cannot be read or rendered is reported; the others are still written.
 */
export async function render(inputs: string[], options: RenderCommandOptions, cwd: string): Promise<RenderCommandResult> {
  const outDir = resolve(cwd, options.output ?? 'output')
  const templatesDir = options.templates ? resolve(cwd, options.templates) : undefined
  await checkBeforeWork({outputs: [{path: outDir, kind: 'folder', flag: '-o'}], templatesDir, warn: options.warn})
  const {speakingTime} = (await requireConfig({cwd, file: options.config})).config
  const collected = await collectSources(inputs, {cwd, followSymlinks: options.followSymlinks, maxSize: options.maxSize, outputFolders: [outDir]})
  const sources = collected.map(({source}) => source)
  const formats = options.formats ?? ['pdf', 'html']
  const templates = await loadTemplates({dir: templatesDir})
  const results = new Map<string, RenderedSource>()
  const statements: Statement[] = []
  for (const {source, path, refusal} of collected) {
    try {
      if (refusal) throw refusal
      const statement = await loadStatement(path, {encoding: options.encoding, maxSize: options.maxSize, timeoutMs: options.timeoutMs, speakingTime})
      statements.push({...statement, source})
      results.set(source, {source, messages: [...statement.messages, ...overTimeLimit(statement.speakingTime)], pdf: null, html: null, failed: false})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      results.set(source, {source, messages: [inputErrorDiagnostic(error)], pdf: null, html: null, failed: true})
    }
  }
  const duplicates = findDuplicates(statements)
  for (const [duplicate, original] of duplicates) results.get(duplicate)!.messages.push(duplicateDiagnostic(original))
  // Named among the sources built, as `build` names them: a duplicate takes no name.
  const {names, collisions} = outputNames(sources.filter((source) => !duplicates.has(source)))
  for (const [source, collision] of collisions) if (!results.get(source)!.failed) results.get(source)!.messages.push(collision)
  const record = (rendered: ReadingCopyResult) => {
    const entry = results.get(rendered.source)!
    entry.pdf = rendered.pdf
    entry.html = rendered.html
    if (rendered.error) {
      entry.failed = true
      entry.messages.push({ruleId: 'render-failed', reason: rendered.error.message, line: null, column: null, fatal: true, severity: 'error'})
    }
  }
  const run = (session?: Parameters<typeof renderReadingCopies>[1]['session']) =>
    renderReadingCopies(statements.filter(({source}) => !duplicates.has(source)), {
      outDir,
      formats,
      paper: options.paper ?? 'a4',
      largePrint: options.largePrint ?? false,
      templates,
      session,
      outputName: (statement) => names.get(statement.source)!,
      env: options.env,
      signal: options.signal,
      onProgress: ({done, total, result}) => {
        record(result)
        options.onProgress?.({done, total, source: result.source, failed: result.error !== null})
      },
    })
  if (statements.length > 0) {
    if (formats.includes('pdf')) await withBrowserSession({concurrency: options.concurrency, timeoutMs: options.timeoutMs, env: options.env}, run)
    else await run()
  }
  if (options.signal?.aborted) {
    const written = [...results.values()].filter((result) => result.pdf ?? result.html).length
    throw new InterruptedError(`Interrupted: reading copies of ${written} of ${sources.length} statements written in ${outDir}`)
  }
  return {outDir, sources: sources.map((source) => results.get(source)!)}
}
