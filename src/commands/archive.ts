import {resolve} from 'node:path'
import {buildArchive, type ArchiveProgress, type BuildArchiveResult} from '../archive/index.ts'
import {InputError} from '../errors.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import type {Paper} from '../render/pdf.ts'
import {toDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {collectSources} from '../sources/collect-sources.ts'

export interface ArchiveCommandOptions extends LoadStatementOptions {
  /** The site folder (`-o`). */
  output: string
  baseUrl?: string
  pdf?: boolean
  /** `--templates DIR` */
  templates?: string
  paper?: Paper
  concurrency?: number
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
  const sources = await collectSources(inputs, {cwd})
  const statements: Statement[] = []
  const results: ArchiveSourceResult[] = []
  for (const [index, source] of sources.entries()) {
    try {
      const statement = await loadStatement(resolve(cwd, source), {encoding: options.encoding, maxSize: options.maxSize})
      results.push({source, messages: statement.messages.map(toDiagnostic), failed: false})
      // The parser's strings are ropes that keep ~150 KB per statement alive; a copy of the tree is
      // ~20 KB, which is what lets 10,000 statements stay in memory. Messages are reported above.
      statements.push({...statement, tree: structuredClone(statement.tree), messages: [], source})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      const reason = error.message.startsWith(`${error.file}: `) ? error.message.slice(error.file.length + 2) : error.message
      results.push({source, messages: [{ruleId: error.ruleId, reason, line: null, column: null, fatal: true, severity: 'error'}], failed: true})
    }
    options.onProgress?.({phase: 'load', done: index + 1, total: sources.length, source})
  }
  const outDir = resolve(cwd, options.output)
  const result = await buildArchive(statements, {
    outDir,
    baseUrl: options.baseUrl,
    pdf: options.pdf,
    templatesDir: options.templates ? resolve(cwd, options.templates) : undefined,
    paper: options.paper,
    concurrency: options.concurrency,
    title: options.title,
    now: options.now,
    onProgress: options.onProgress,
  })
  return {...result, outDir, sources: results}
}
