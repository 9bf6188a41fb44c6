import {stat} from 'node:fs/promises'
import {basename, extname, join} from 'node:path'
import {loadStatement, type LoadStatementOptions} from '../load-statement.ts'
import {InputError} from '../errors.ts'
import {inputErrorDiagnostic, toDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {collectSources} from '../sources/collect-sources.ts'
import {uniqueNames} from '../output/unique-names.ts'
import {checkOutputTarget} from '../output/check-output-target.ts'
import {writeFileAtomic} from '../output/write-file-atomic.ts'
import type {StatementMeta} from '../normalise/meta.ts'

export interface NormaliseCommandOptions extends LoadStatementOptions {
  /** Write `NAME.md` per input into this folder. */
  outDir?: string
}

export interface NormalisedSource {
  source: string
  meta: StatementMeta | null
  markdown: string | null
  messages: Diagnostic[]
  /** Path of the written Markdown file, with `outDir`. */
  output: string | null
  failed: boolean
}

/**
 * Normalise each file, and the sources inside each folder; a failing file is reported in its
 * entry and never stops the others.
 */
export async function normaliseFiles(inputs: string[], options: NormaliseCommandOptions = {}): Promise<NormalisedSource[]> {
  if (options.outDir) await checkOutputTarget(options.outDir, 'folder', '-o')
  const results: NormalisedSource[] = []
  const sources = await expandFolders(inputs)
  // `a.txt` and `other/a.txt` must not overwrite each other's `a.md`.
  const names = uniqueNames(sources.map((source) => basename(source, extname(source))))
  for (const [index, source] of sources.entries()) {
    try {
      const statement = await loadStatement(source, options)
      let output: string | null = null
      if (options.outDir) {
        output = join(options.outDir, `${names[index]}.md`)
        await writeFileAtomic(output, statement.markdown)
      }
      const messages = statement.messages.map(toDiagnostic)
      results.push({source, meta: statement.meta, markdown: statement.markdown, messages, output, failed: false})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      results.push({source, meta: null, markdown: null, messages: [inputErrorDiagnostic(error)], output: null, failed: true})
    }
  }
  return results
}

/** Folders become the sources inside them (in natural order); files keep their place, so output follows input. */
async function expandFolders(inputs: string[]): Promise<string[]> {
  const files: string[] = []
  for (const input of inputs) {
    const isFolder = await stat(input).then((info) => info.isDirectory(), () => false)
    files.push(...(isFolder ? await collectSources([input]) : [input]))
  }
  return files
}

