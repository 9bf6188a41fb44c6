import {readSource, type ReadSourceOptions} from './ingest/read-source.ts'
import {normalise, type NormaliseResult} from './normalise/index.ts'

/** One normalised statement, the unit every later stage (render, pack, archive, build) works on. */
export interface Statement extends NormaliseResult {
  /** The source path as given (relative to the working directory when it was relative). */
  source: string
}

export type LoadStatementOptions = ReadSourceOptions

/** bytes → text → mdast + meta. Throws InputError when the file cannot be read as a statement. */
export async function loadStatement(path: string, options: LoadStatementOptions = {}): Promise<Statement> {
  const file = await readSource(path, options)
  return {source: path, ...normalise(file)}
}
