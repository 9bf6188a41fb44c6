import {randomBytes} from 'node:crypto'
import {copyFile, mkdir, rename, rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {resolveInside} from '../output/resolve-inside.ts'
import {sameBytes} from './build-context.ts'

/**
 * Copy `files` (relative paths) from `from` to `to`, skipping those whose bytes are already
 * there, each through a temporary file and a rename. Returns the files that were copied.
 */
export async function syncFolder(from: string, to: string, files: readonly string[]): Promise<string[]> {
  const copied: string[] = []
  for (const file of files) {
    const source = resolveInside(from, file)
    const target = resolveInside(to, file)
    if (await sameBytes(source, target)) continue
    await mkdir(dirname(target), {recursive: true})
    const temporary = join(dirname(target), `.${randomBytes(6).toString('hex')}.sync.tmp`)
    try {
      await copyFile(source, temporary)
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, {force: true})
      throw error
    }
    copied.push(file)
  }
  return copied
}
