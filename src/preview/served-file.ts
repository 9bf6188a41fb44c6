import {realpath, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {isInside} from '../file-safety/resolve-inside.ts'

/** A file of a served folder, or the status that refuses it. */
export type ServedFile = {path: string} | {status: 403 | 404} | {folder: true}

/**
 * The file under `root` that path segments name (already checked by parseRequestPath). Hidden
 * names (`.statement-packs`) are not found; a link that leads out of `root` is refused; a folder
 * serves its `index.html`, once asked for with a trailing slash (else `folder`: redirect there,
 * so that relative links resolve).
 */
export async function servedFile(root: string, segments: readonly string[]): Promise<ServedFile> {
  if (segments.some((segment) => segment.startsWith('.'))) return {status: 404}
  const named = segments.at(-1) === '' ? [...segments.slice(0, -1), 'index.html'] : segments
  const realRoot = await realpath(root).catch(() => null)
  if (!realRoot) return {status: 404}
  const target = await realpath(join(realRoot, ...named)).catch(() => null)
  if (!target) return {status: 404}
  if (!isInside(realRoot, target)) return {status: 403}
  if ((await stat(target)).isDirectory()) return named === segments ? {folder: true} : {status: 404}
  return {path: target}
}
