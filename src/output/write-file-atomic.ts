import {randomBytes} from 'node:crypto'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/**
 * Write through a temporary file in the same folder, then rename: a reader never
 * sees a partial file, and an interrupted write leaves only a `.tmp` that the
 * next write of the same folder does not mistake for output.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
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
