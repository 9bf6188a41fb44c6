import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'

/** A path inside the output folder, with forward slashes, as manifests and reports give it. */
export function toRelative(outDir: string, file: string): string {
  return relative(outDir, file).split(sep).join('/')
}

/**
 * True when every listed output file is on disk. Checked one by one without waiting on the event
 * loop: a build with nothing to do checks thousands, and a promise each costs ten times as much.
 */
export function allExist(outDir: string, files: readonly string[]): boolean {
  return files.every((file) => existsSync(join(outDir, file)))
}

/** True when both files exist and hold the same bytes. */
export async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a).catch(() => null), readFile(b).catch(() => null)])
  return left !== null && right !== null && left.equals(right)
}
