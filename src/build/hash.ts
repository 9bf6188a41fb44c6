import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {relative, sep} from 'node:path'
import {glob} from 'tinyglobby'

export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** A hash of JSON-able data that does not depend on key order. */
export function hashJson(value: unknown): string {
  return hashBytes(canonicalJson(value))
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

/** A hash of every file's relative path and content under `folder` (empty folder or missing → a fixed value). */
export async function hashFolder(folder: string): Promise<string> {
  const files = (await glob('**/*', {cwd: folder, absolute: true, onlyFiles: true, dot: false})).sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(relative(folder, file).split(sep).join('/'))
    hash.update('\0')
    hash.update(hashBytes(await readFile(file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}
