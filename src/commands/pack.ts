import {extname, resolve} from 'node:path'
import {duplicateDiagnostic, findDuplicates} from '../duplicate-statements.ts'
import {InputError, InterruptedError, UsageError} from '../errors.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {buildPack, type PackResult} from '../pack/index.ts'
import {withBrowserSession} from '../render/browser.ts'
import type {Paper} from '../render/pdf.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {collectSources} from '../sources/collect-sources.ts'
import {requireConfig} from '../config.ts'
import {overTimeLimit} from '../speaking-time/limit.ts'
import {loadTemplates} from '../templates/index.ts'
import type {CommandRuntime} from './build.ts'
import {checkBeforeWork} from './check-before-work.ts'

export interface PackCommandOptions extends Omit<LoadStatementOptions, 'speakingTime'>, Pick<CommandRuntime, 'signal' | 'warn'> {
  /** The pack's PDF file (`-o PACK.pdf`). */
  output: string
  title?: string
  lang?: string
  order?: 'agenda' | 'as-given'
  html?: boolean
  largePrint?: boolean
  /** `--templates DIR` */
  templates?: string
  paper?: Paper
  concurrency?: number
  /** Read links that lead outside the project (`--follow-symlinks`). */
  followSymlinks?: boolean
  /** An explicit config file (`--config`) for speaking-time rates and limits; by default it is found as `build` finds it. */
  config?: string
  env?: NodeJS.ProcessEnv
}

export interface PackCommandResult {
  sources: Array<{source: string; messages: Diagnostic[]; failed: boolean}>
  /** The pack of the readable statements (the others are reported); null when none is readable. */
  pack: PackResult | null
}

/**
 * `statement-packs pack FILE… -o PACK.pdf`: one delegation pack of every source. With
 * `--order as-given` the statements keep the order of the command line (a folder's files in
 * natural order).
 */
export async function pack(inputs: string[], options: PackCommandOptions, cwd: string): Promise<PackCommandResult> {
  if (extname(options.output).toLowerCase() !== '.pdf') throw new UsageError(`Unexpected pack file name ${options.output}, expected a name ending in .pdf`)
  const output = resolve(cwd, options.output)
  const htmlOutput = output.replace(/\.pdf$/i, '.html')
  const templatesDir = options.templates ? resolve(cwd, options.templates) : undefined
  await checkBeforeWork({outputs: [{path: output, kind: 'file', flag: '-o'}], templatesDir, warn: options.warn})
  const {speakingTime} = (await requireConfig({cwd, file: options.config})).config
  const collected = await collectSources(inputs, {cwd, followSymlinks: options.followSymlinks, maxSize: options.maxSize, outputFiles: options.html ? [output, htmlOutput] : [output]})
  const templates = await loadTemplates({dir: templatesDir})
  const statements: Statement[] = []
  const results: PackCommandResult['sources'] = []
  for (const {source, path, refusal} of collected) {
    try {
      if (refusal) throw refusal
      const statement = await loadStatement(path, {encoding: options.encoding, maxSize: options.maxSize, timeoutMs: options.timeoutMs, speakingTime})
      statements.push({...statement, source})
      results.push({source, messages: [...statement.messages, ...overTimeLimit(statement.speakingTime)], failed: false})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      results.push({source, messages: [inputErrorDiagnostic(error)], failed: true})
    }
  }
  const duplicates = findDuplicates(statements)
  for (const [duplicate, original] of duplicates) results.find(({source}) => source === duplicate)!.messages.push(duplicateDiagnostic(original))
  const packed = statements.filter(({source}) => !duplicates.has(source))
  if (packed.length === 0) return {sources: results, pack: null}
  // A pack is one document: once it is printing it finishes, but Ctrl-C before stops it from starting.
  if (options.signal?.aborted) throw new InterruptedError('Interrupted before the pack was printed; nothing was written')
  const result = await withBrowserSession({concurrency: options.concurrency, timeoutMs: options.timeoutMs, env: options.env}, (session) =>
    buildPack(packed, {
      output,
      title: options.title,
      lang: options.lang,
      order: options.order,
      html: options.html,
      paper: options.paper ?? 'a4',
      largePrint: options.largePrint,
      templates,
      session,
      env: options.env,
    }),
  )
  return {sources: results, pack: result}
}
