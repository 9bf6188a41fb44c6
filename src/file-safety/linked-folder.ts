import {lstat, unlink} from 'node:fs/promises'
import {dirname, join, relative, sep} from 'node:path'

/**
 * The first folder between `root` and `path` (both excluded) that is a symbolic link, or null.
 * Outputs are never written or deleted through one: what it points to is not the tool's.
 */
export async function linkedFolder(root: string, path: string): Promise<string | null> {
  const rel = relative(root, dirname(path))
  if (rel === '' || rel.startsWith('..')) return null
  let folder = root
  for (const part of rel.split(sep)) {
    folder = join(folder, part)
    const stats = await lstat(folder).catch(() => null)
    if (!stats) return null
    if (stats.isSymbolicLink()) return folder
  }
  return null
}

/** Remove every link `linkedFolder` finds (the link, never what it points to), so that a write creates real folders. */
export async function unlinkLinkedFolders(root: string, path: string): Promise<void> {
  for (let link = await linkedFolder(root, path); link; link = await linkedFolder(root, path)) {
    const found = link
    // Another write may have replaced it already: only a failure that leaves the link in place counts.
    await unlink(found).catch(async (error: unknown) => {
      if ((await linkedFolder(root, path)) === found) throw error
    })
  }
}
