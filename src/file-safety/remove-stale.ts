import {lstat, readdir, rm, rmdir} from 'node:fs/promises'
import {dirname} from 'node:path'
import {linkedFolder} from './linked-folder.ts'
import {resolveInside} from './resolve-inside.ts'

/**
 * Delete the files the previous build wrote that this build did not, and the
 * folders that leaves empty. Never anything the manifest does not list, never a
 * path outside the folder (a tampered manifest cannot reach out) or through a link
 * to a folder, never a folder that still holds something.
 */
export async function removeStale(outDir: string, previous: readonly string[], current: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = []
  const folders = new Set<string>()
  for (const file of [...previous].sort()) {
    if (current.has(file)) continue
    let path: string
    try {
      path = resolveInside(outDir, file)
    } catch {
      continue
    }
    if (path === resolveInside(outDir, '.')) continue
    const stats = await lstat(path).catch(() => null)
    if (!stats || stats.isDirectory() || (await linkedFolder(outDir, path))) continue
    await rm(path, {force: true})
    removed.push(file)
    for (let folder = dirname(file); folder !== '.' && folder !== '/' && folder !== ''; folder = dirname(folder)) folders.add(folder)
  }
  // Deepest first, so a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1))) {
    try {
      const path = resolveInside(outDir, folder)
      if ((await readdir(path)).length === 0) await rmdir(path)
    } catch {
      // Not empty, already gone, or outside: leave it.
    }
  }
  return removed
}
