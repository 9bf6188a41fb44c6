import {readFile} from 'node:fs/promises'
import {resolveInside} from '../output/resolve-inside.ts'
import {writeFileAtomic} from '../output/write-file-atomic.ts'
import {sameBytes} from './build-context.ts'

/**
 * Copy `files` (relative paths) from `from` to `to`, skipping those whose bytes are already
 * there, each written atomically. Returns the files that were copied.
 */
export async function syncFolder(from: string, to: string, files: readonly string[]): Promise<string[]> {
  const copied: string[] = []
  for (const file of files) {
    const source = resolveInside(from, file)
    const target = resolveInside(to, file)
    if (await sameBytes(source, target)) continue
    await writeFileAtomic(target, await readFile(source))
    copied.push(file)
  }
  return copied
}
