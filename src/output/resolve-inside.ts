import {isAbsolute, relative, resolve, sep} from 'node:path'
import {StatementPacksError} from '../errors.ts'

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
