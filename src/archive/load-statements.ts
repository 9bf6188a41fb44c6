import {InputError} from '../errors.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'

export interface SourceToLoad {
  /** As reported (relative to the working folder). */
  source: string
  /** Absolute path to read. */
  path: string
}

export interface LoadedSource {
  source: string
  /** Null when the source cannot be read as a statement (see `diagnostics`). `messages` is empty: see `diagnostics`. */
  statement: Statement | null
  diagnostics: Diagnostic[]
}

export interface LoadStatementsOptions extends LoadStatementOptions {
  onLoaded?: (loaded: LoadedSource, done: number, total: number) => void
}

/**
 * Read and normalise many sources on the reading threads (loadStatement's pool bounds them). A source that cannot be read is reported
 * in its entry and never stops the others. Trees come back as compact copies from the threads (the
 * parser's own strings keep far more memory alive than the tree needs), so 10,000 statements fit.
 */
export async function loadStatements(sources: readonly SourceToLoad[], options: LoadStatementsOptions = {}): Promise<LoadedSource[]> {
  const {onLoaded, ...loadOptions} = options
  let done = 0
  return Promise.all(
    sources.map(async ({source, path}): Promise<LoadedSource> => {
      let loaded: LoadedSource
      try {
        const statement = await loadStatement(path, loadOptions)
        loaded = {source, statement: {...statement, messages: [], source}, diagnostics: statement.messages}
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        loaded = {source, statement: null, diagnostics: [inputErrorDiagnostic(error)]}
      }
      onLoaded?.(loaded, ++done, sources.length)
      return loaded
    }),
  )
}
