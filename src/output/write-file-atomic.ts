import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {unlinkLinkedFolders} from './linked-folder.ts'

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
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteFileOptions = {}): Promise<void> {
  if (options.inside) await unlinkLinkedFolders(options.inside, path)
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, data).catch(async (error: NodeJS.ErrnoException) => {
      // Most writes go to a folder that exists: create it only when it does not (saves a call per file).
      if (error.code !== 'ENOENT') throw error
      await mkdir(dirname(path), {recursive: true})
      await writeFile(temporary, data)
    })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
