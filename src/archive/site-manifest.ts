import {lstat, readFile, readdir, rm, rmdir} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {resolveInside} from '../output/resolve-inside.ts'
import {writeFileAtomic} from '../output/write-file-atomic.ts'

/** The archive's record of the files it wrote, kept in the output folder. */
export const manifestName = '.statement-packs-manifest.json'

interface Manifest {
  generator: 'statement-packs archive'
  version: 1
  files: string[]
}

/** Files the previous build wrote, or none when there is no (readable) manifest. */
export async function readManifest(outDir: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(join(outDir, manifestName), 'utf8')
  } catch {
    return []
  }
  try {
    const manifest = JSON.parse(text) as Partial<Manifest>
    return Array.isArray(manifest.files) ? manifest.files.filter((file): file is string => typeof file === 'string') : []
  } catch {
    return []
  }
}

export async function writeManifest(outDir: string, files: Iterable<string>): Promise<void> {
  const manifest: Manifest = {generator: 'statement-packs archive', version: 1, files: [...files].sort()}
  await writeFileAtomic(join(outDir, manifestName), `${JSON.stringify(manifest, null, 1)}\n`)
}

/**
 * Delete the files the previous build wrote that this build did not, and the
 * folders that leaves empty. Never anything the manifest does not list, never a
 * path outside the folder (a tampered manifest cannot reach out), never a folder
 * that still holds something.
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
    if (!stats || stats.isDirectory()) continue
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
