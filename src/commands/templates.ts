import {access, copyFile, mkdir} from 'node:fs/promises'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {glob} from 'tinyglobby'
import {UsageError} from '../errors.ts'
import {defaultTemplatesDir} from '../templates/template-files.ts'

export interface EjectOptions {
  /** Overwrite files that already exist in the folder. */
  force?: boolean
}

/**
 * `statement-packs templates eject DIR`: copy the default templates out for editing; point
 * `--templates DIR` (or the config's `templates`) at the folder. Files you delete fall back
 * to the defaults, so keep only what you change.
 */
export async function ejectTemplates(dir: string, options: EjectOptions, cwd: string): Promise<{dir: string; files: string[]}> {
  const target = resolve(cwd, dir)
  const files = (await glob('**/*', {cwd: defaultTemplatesDir, onlyFiles: true, dot: false})).map((file) => file.split(sep).join('/')).sort()
  if (!options.force) {
    const existing = []
    for (const file of files) if (await access(join(target, file)).then(() => true, () => false)) existing.push(file)
    if (existing.length > 0) throw new UsageError(`${relative(cwd, target) || '.'} already has ${existing.join(', ')}; use --force to overwrite`)
  }
  for (const file of files) {
    await mkdir(dirname(join(target, file)), {recursive: true})
    await copyFile(join(defaultTemplatesDir, file), join(target, file))
  }
  return {dir: target, files}
}
