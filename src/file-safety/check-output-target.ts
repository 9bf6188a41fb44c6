import {constants} from 'node:fs'
import {access, stat} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {UsageError} from '../errors.ts'

/**
 * Before any work: can `path` be written as a folder of outputs (or as one file)? A usage error
 * saying what to do when it is a file where a folder is needed (or the other way round), sits
 * under a file, or is in a folder this process may not write to.
 */
export async function checkOutputTarget(path: string, kind: 'folder' | 'file', flag: string): Promise<void> {
  const target = resolve(path)
  const existing = await stat(target).catch(() => null)
  if (existing) {
    if (kind === 'folder' && !existing.isDirectory()) throw new UsageError(`${flag} ${path} is a file, not a folder: choose a folder (or remove the file)`)
    if (kind === 'file' && existing.isDirectory()) throw new UsageError(`${flag} ${path} is a folder: give a file name inside it`)
  }
  // The folder that will hold the output: the target itself, or the nearest folder above it that exists.
  let holder = kind === 'folder' && existing ? target : dirname(target)
  for (;;) {
    const info = await stat(holder).catch(() => null)
    if (info && !info.isDirectory()) throw new UsageError(`${flag} ${path} cannot be created: ${holder} is a file, not a folder`)
    if (info || dirname(holder) === holder) break
    holder = dirname(holder)
  }
  const writable = await access(holder, constants.W_OK | constants.X_OK).then(() => true, () => false)
  if (!writable) throw new UsageError(`${flag} ${path}: cannot write to ${holder} (permission denied); choose another location or change the folder's permissions`)
}
