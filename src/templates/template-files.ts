import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import {extname, join, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {closestName} from '../closest-name.ts'
import {ConfigError} from '../errors.ts'

/** The default theme shipped with the project. */
export const defaultTemplatesDir = fileURLToPath(new URL('../../templates/', import.meta.url))

export type Kind = 'layout' | 'partial' | 'style' | 'asset'

export interface TemplateFile {
  kind: Kind
  name: string
  path: string
  content: Buffer
}

/**
 * Where a file sits decides what it is: `…/layouts/x.hbs` → layout `x`, `…/partials/x.hbs` → partial
 * `x`, `…/styles/x.css` → style `x.css`, `…/assets/x` → asset `x`. A prefix folder is kept in the
 * name (`archive/layouts/home.hbs` → layout `archive/home`); a `.hbs` file elsewhere is a layout.
 */
function classify(relativePath: string): {kind: Kind; name: string} | null {
  const parts = relativePath.split(sep)
  for (const [folder, kind] of [['assets', 'asset'], ['partials', 'partial'], ['layouts', 'layout'], ['styles', 'style']] as const) {
    const at = parts.indexOf(folder)
    if (at === -1) continue
    const name = [...parts.slice(0, at), ...parts.slice(at + 1)].join('/')
    if (kind === 'asset' || kind === 'style') return {kind, name}
    if (extname(name) !== '.hbs') return null
    return {kind, name: name.slice(0, -'.hbs'.length)}
  }
  if (extname(relativePath) === '.hbs') return {kind: 'layout', name: parts.join('/').slice(0, -'.hbs'.length)}
  if (extname(relativePath) === '.css') return {kind: 'style', name: parts.join('/')}
  return null
}

async function readTemplateFolder(root: string): Promise<TemplateFile[]> {
  let entries: string[]
  try {
    entries = await readdir(root, {recursive: true})
  } catch (error) {
    throw new ConfigError(`Cannot read the templates folder ${root}: ${(error as Error).message}`, {cause: error})
  }
  const files: TemplateFile[] = []
  for (const entry of entries.sort()) {
    const classified = classify(entry)
    if (!classified || classified.name.split('/').some((part) => part.startsWith('.'))) continue
    const path = join(root, entry)
    let content: Buffer
    try {
      content = await readFile(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue
      throw error
    }
    files.push({...classified, path, content})
  }
  return files
}

/**
 * Files of an override folder that replace nothing, as warnings: a layout the code never renders,
 * or a partial, style or asset whose name is one letter off a default's (`covr.hbs` for `cover.hbs`).
 * New partials, styles and assets that one's own templates use are fine and pass unnoticed.
 */
export async function checkTemplateOverrides(dir: string): Promise<string[]> {
  const defaults = await readTemplateFolder(defaultTemplatesDir)
  const warnings: string[] = []
  for (const file of await readTemplateFolder(dir)) {
    const known = defaults.filter((other) => other.kind === file.kind).map((other) => other.name)
    if (known.includes(file.name)) continue
    const closest = closestName(file.name, known)
    if (closest) warnings.push(`${file.path}: no default ${file.kind} is named "${file.name}", so it replaces nothing; did you mean "${closest}"?`)
    else if (file.kind === 'layout') warnings.push(`${file.path}: no layout is named "${file.name}", so it is never used; the layouts are ${known.join(', ')}`)
  }
  return warnings
}

/** The defaults, then the files of `dir` replacing them by kind and name, in a fixed order. */
export async function readTemplateFiles(dir?: string): Promise<TemplateFile[]> {
  const byKey = new Map<string, TemplateFile>()
  for (const root of [defaultTemplatesDir, dir].filter((folder): folder is string => Boolean(folder))) {
    for (const file of await readTemplateFolder(root)) byKey.set(`${file.kind}:${file.name}`, file)
  }
  return [...byKey.values()].sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1))
}

/** A hash of every template file (defaults and overrides): changes when any template changes. */
export function fingerprintOf(files: readonly TemplateFile[]): string {
  const fingerprint = createHash('sha256')
  for (const file of files) fingerprint.update(`${file.kind}:${file.name}\0`).update(file.content).update('\0')
  return fingerprint.digest('hex')
}

/** The fingerprint `loadTemplates` would give, without compiling anything: what a build with nothing to render needs. */
export async function templatesFingerprint(dir?: string): Promise<string> {
  return fingerprintOf(await readTemplateFiles(dir))
}
