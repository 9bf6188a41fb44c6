import {randomBytes} from 'node:crypto'
import {rmSync} from 'node:fs'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {OutputError} from '../errors.ts'
import {unlinkLinkedFolders} from './linked-folder.ts'

/** A file's bytes, its text, or its text in pieces (written as they come, never joined in memory). */
export type FileContent = string | Uint8Array | Iterable<string>

export interface WriteFileOptions {
  /** The output folder `path` is in: a link to a folder inside it is replaced by a real folder, never written through. */
  inside?: string
}

/**
 * Write through a temporary file in the same folder, then rename: a reader never
 * sees a partial file, and an interrupted write leaves only a `.tmp` that the
 * next write of the same folder does not mistake for output. The rename replaces
 * a link at `path` itself instead of writing to what it points to.
 */
export async function writeFileAtomic(path: string, data: FileContent, options: WriteFileOptions = {}): Promise<void> {
  if (options.inside) await unlinkLinkedFolders(options.inside, path)
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  removeOnExit(temporary)
  try {
    // Pieces can be written once only: their folder is made first rather than on a failed write.
    if (typeof data !== 'string' && !(data instanceof Uint8Array)) await mkdir(dirname(path), {recursive: true})
    await writeFile(temporary, data).catch(async (error: NodeJS.ErrnoException) => {
      // Most writes go to a folder that exists: create it only when it does not (saves a call per file).
      if (error.code !== 'ENOENT') throw error
      await mkdir(dirname(path), {recursive: true})
      await writeFile(temporary, data)
    })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw new OutputError(`Cannot write ${path}: ${whatToDo(error as NodeJS.ErrnoException)}`, {cause: error})
  } finally {
    writing.delete(temporary)
  }
}

/** Temporary files being written, removed if the process exits half-way through (a second Ctrl-C). */
const writing = new Set<string>()
let exitHandlerAdded = false

function removeOnExit(temporary: string): void {
  if (!exitHandlerAdded) {
    exitHandlerAdded = true
    process.on('exit', () => {
      for (const file of writing) rmSync(file, {force: true})
    })
  }
  writing.add(temporary)
}

/** The reason in words the user can act on, instead of a system error naming the temporary file. */
function whatToDo(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; change the folder\'s permissions or choose another output folder'
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder; remove or rename it, or choose another output folder'
    case 'EISDIR':
      return 'a folder of that name is in the way; remove or rename it'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EROFS':
      return 'the file system is read-only; choose another output folder'
    default:
      return error.message
  }
}
