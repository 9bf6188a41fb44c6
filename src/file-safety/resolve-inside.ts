import {isAbsolute, relative, resolve, sep} from 'node:path'
import {StatementPacksError} from '../errors.ts'

/** True when `path` is strictly inside `folder` (not the folder itself). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path))
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

/**
 * Resolve `path` against `root` and refuse anything that would land outside it
 * (`..`, absolute paths, or a root prefix such as `out` vs `out-evil`).
 */
export function resolveInside(root: string, path: string): string {
  const base = resolve(root)
  const target = resolve(base, path)
  const rel = relative(base, target)
  if (rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))) return target
  throw new StatementPacksError(`Refusing to write ${path}: it is outside the output folder ${root}`)
}
