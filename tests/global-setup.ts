import {execFileSync} from 'node:child_process'
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Tests that spawn the CLI run the compiled dist/: compile it first when a source is newer. */
export default function buildDist(): void {
  const built = statSync(join(root, 'dist', '.tsbuildinfo'), {throwIfNoEntry: false})?.mtimeMs ?? 0
  const newest = Math.max(...['src', 'tsconfig.json', 'tsconfig.build.json'].flatMap((entry) => modified(join(root, entry))))
  if (newest <= built) return
  execFileSync(process.execPath, [join(root, 'scripts', 'build.js')], {stdio: 'inherit'})
}

function modified(path: string): number[] {
  const stats = statSync(path)
  if (!stats.isDirectory()) return [stats.mtimeMs]
  return readdirSync(path).flatMap((name) => modified(join(path, name)))
}
