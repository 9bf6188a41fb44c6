import {join, resolve} from 'node:path'
import {duplicateDiagnostic, findDuplicates} from '../duplicate-statements.ts'
import {loadStatement, startReadingThread, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {InputError} from '../errors.ts'
import {requireConfig} from '../config.ts'
import type {SpeakingTime} from '../speaking-time/estimate.ts'
import {overTimeLimit} from '../speaking-time/limit.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {collectSources} from '../sources/collect-sources.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {checkOutputTarget} from '../file-safety/check-output-target.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import type {SourceFormat} from '../ingest/native-document.ts'
import type {StatementMeta} from '../normalise/meta.ts'

export interface NormaliseCommandOptions extends Omit<LoadStatementOptions, 'speakingTime'> {
  /** Write `NAME.md` per input into this folder. */
  outDir?: string
  /** Read links that lead outside the project (`--follow-symlinks`). */
  followSymlinks?: boolean
  /** Folder relative inputs are read from, and the config is searched from; default: the current folder. */
  cwd?: string
  /** An explicit config file (`--config`); by default it is found as `build` finds it. */
  config?: string
}

export interface NormalisedSource {
  source: string
  /** The format the source was read as; null when it could not be read. */
  format: SourceFormat | null
  meta: StatementMeta | null
  /** The estimate at the config's rates, against its limit; null when the source could not be read. */
  speakingTime: SpeakingTime | null
  markdown: string | null
  messages: Diagnostic[]
  /** Path of the written Markdown file, with `outDir`. */
  output: string | null
  failed: boolean
}

/**
 * Normalise each file, the sources inside each folder and the files each pattern matches; a
 * failing file is reported in its entry and never stops the others.
 */
export async function normaliseFiles(inputs: string[], options: NormaliseCommandOptions = {}): Promise<NormalisedSource[]> {
  startReadingThread()
  if (options.outDir) await checkOutputTarget(options.outDir, 'folder', '-o')
  const results: NormalisedSource[] = []
  const read: Statement[] = []
  const cwd = options.cwd ?? process.cwd()
  const {speakingTime} = (await requireConfig({cwd, file: options.config})).config
  const collected = await collectSources(inputs, {cwd, followSymlinks: options.followSymlinks, maxSize: options.maxSize, outputFolders: options.outDir ? [options.outDir] : []})
  for (const {source, path, refusal} of collected) {
    try {
      if (refusal) throw refusal
      const statement = await loadStatement(path, {encoding: options.encoding, maxSize: options.maxSize, timeoutMs: options.timeoutMs, speakingTime})
      read.push({...statement, source})
      const messages = [...statement.messages, ...overTimeLimit(statement.speakingTime)]
      results.push({source, format: statement.format, meta: statement.meta, speakingTime: statement.speakingTime, markdown: statement.markdown, messages, output: null, failed: false})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      results.push({source, format: null, meta: null, speakingTime: null, markdown: null, messages: [inputErrorDiagnostic(error)], output: null, failed: true})
    }
  }
  // Reported here too, so that the warning shows before a build: only the first by path is built.
  const duplicates = findDuplicates(read)
  for (const [duplicate, original] of duplicates) results.find(({source}) => source === duplicate)!.messages.push(duplicateDiagnostic(original))
  if (options.outDir) {
    const outDir = resolve(cwd, options.outDir)
    // Named among the sources built, as `build` names them: a duplicate is not written.
    const {names, collisions} = outputNames(collected.map(({source}) => source).filter((source) => !duplicates.has(source)))
    for (const result of results) {
      if (result.failed || result.markdown === null || duplicates.has(result.source)) continue
      result.output = join(outDir, `${names.get(result.source)}.md`)
      await writeFileAtomic(result.output, result.markdown, {inside: outDir})
      const collision = collisions.get(result.source)
      if (collision) result.messages.push(collision)
    }
  }
  return results
}
