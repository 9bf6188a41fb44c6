import {lstat, readFile} from 'node:fs/promises'
import {UsageError} from '../errors.ts'
import {linkedFolder} from '../file-safety/linked-folder.ts'
import {resolveInside} from '../file-safety/resolve-inside.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import {sameBytes} from './output-files.ts'

/**
 * Copy `files` (relative paths) from `from` to `to`, skipping those whose bytes are already
 * there, each written atomically. Returns the files that were copied. A link among the files
 * to copy is refused (a shard's folder holds only what a build wrote), and a link in `to` is
 * replaced, never written through.
 */
export async function syncFolder(from: string, to: string, files: readonly string[]): Promise<string[]> {
  const copied: string[] = []
  for (const file of files) {
    const source = resolveInside(from, file)
    const target = resolveInside(to, file)
    if ((await isLink(source)) || (await linkedFolder(from, source))) {
      throw new UsageError(`${source} is a symbolic link: only files a build wrote are copied, never what a link points to`)
    }
    const linked = (await isLink(target)) || (await linkedFolder(to, target)) !== null
    if (!linked && (await sameBytes(source, target))) continue
    await writeFileAtomic(target, await readFile(source), {inside: to})
    copied.push(file)
  }
  return copied
}

async function isLink(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null))?.isSymbolicLink() === true
}
