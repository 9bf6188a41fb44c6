import {access, copyFile, mkdir, readFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {UsageError} from '../errors.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url))

/** What `init` writes: target path in the new folder → file it is copied from under examples/. */
const starterFiles: Record<string, string> = {
  'statement-packs.config.json': 'starter/statement-packs.config.json',
  'sources/sample-statement.txt': 'starter/sources/sample-statement.txt',
  '.github/workflows/statement-packs.yml': 'github-actions/statement-packs.yml',
}

export interface InitResult {
  dir: string
  /** Written files, relative to `dir`. */
  files: string[]
}

/**
 * `statement-packs init [DIR]`: a starter project (config, a sample source, the CI workflow).
 * Refuses to overwrite anything: every file it would write must be new.
 */
export async function init(dir: string | undefined, cwd: string): Promise<InitResult> {
  const target = resolve(cwd, dir ?? '.')
  const exists = (file: string) => access(join(target, file)).then(() => true, () => false)
  const clashes = []
  for (const file of Object.keys(starterFiles)) if (await exists(file)) clashes.push(file)
  if (clashes.length > 0) throw new UsageError(`${target} already has ${clashes.join(', ')}; init writes only into a new project`)
  const written: string[] = []
  for (const [file, from] of Object.entries(starterFiles)) {
    await mkdir(dirname(join(target, file)), {recursive: true})
    await copyFile(join(examplesDir, from), join(target, file))
    written.push(file)
  }
  if (!(await exists('package.json'))) {
    const version = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
    const manifest = {private: true, type: 'module', scripts: {build: 'statement-packs build'}, devDependencies: {'statement-packs': `^${version}`}}
    await writeFileAtomic(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    written.push('package.json')
  }
  if (!(await exists('.gitignore'))) {
    await writeFileAtomic(join(target, '.gitignore'), 'node_modules/\noutput/\n')
    written.push('.gitignore')
  }
  return {dir: target, files: written}
}
