import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import {extname, join, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import Handlebars from 'handlebars'
import {closestName} from '../closest-name.ts'
import {ConfigError} from '../errors.ts'
import {registerHelpers} from './helpers.ts'

/** The default theme shipped with the project. */
export const defaultTemplatesDir = fileURLToPath(new URL('../../templates/', import.meta.url))

export interface LoadTemplatesOptions {
  /** A folder whose layouts, partials, styles and assets replace the defaults of the same name. */
  dir?: string
}

export interface Templates {
  /** Render a layout (`statement`, `pack`, `archive/home`…) with `data`. */
  render(layout: string, data: object): string
  /** Render one partial on its own (`statement`, `statement-header`…). */
  renderPartial(partial: string, data: object): string
  /** CSS text of a stylesheet (`base.css` or `base`), with `url(assets/…)` references inlined as data: URLs. */
  style(name: string): string
  /** An asset (`logo.svg`, `fonts/x.woff2`) as a data: URL. */
  asset(name: string): string
  /** An asset's bytes, for commands that copy assets next to their outputs. */
  assetBytes(name: string): Buffer
  has(kind: 'layout' | 'partial' | 'style' | 'asset', name: string): boolean
  /** Names of every layout, partial, style and asset. */
  readonly names: {layouts: string[]; partials: string[]; styles: string[]; assets: string[]}
  /** A hash of every file that was loaded (defaults and overrides): changes when any template changes. */
  readonly fingerprint: string
  /** Where each file came from, by kind and name: for `templates eject` and diagnostics. */
  readonly files: Map<string, string>
}

type Kind = 'layout' | 'partial' | 'style' | 'asset'

interface TemplateFile {
  kind: Kind
  name: string
  path: string
  content: Buffer
}

const mediaTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain',
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

function styleKey(name: string): string {
  return name.endsWith('.css') ? name : `${name}.css`
}

/**
 * One isolated Handlebars environment per call: the defaults, then the user's folder on top.
 * Everything is compiled here, once; `render` only runs compiled functions.
 */
export async function loadTemplates(options: LoadTemplatesOptions = {}): Promise<Templates> {
  const byKey = new Map<string, TemplateFile>()
  for (const root of [defaultTemplatesDir, options.dir].filter((dir): dir is string => Boolean(dir))) {
    for (const file of await readTemplateFolder(root)) byKey.set(`${file.kind}:${file.name}`, file)
  }
  const all = [...byKey.values()].sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1))
  const ofKind = (kind: Kind) => all.filter((file) => file.kind === kind)

  const assets = new Map(ofKind('asset').map((file) => [file.name, file]))
  const assetUrl = (name: string): string => {
    const file = assets.get(name)
    if (!file) throw new ConfigError(`Unknown template asset "${name}" (known: ${[...assets.keys()].join(', ') || 'none'})`)
    const type = mediaTypes[extname(name).toLowerCase()] ?? 'application/octet-stream'
    return `data:${type};base64,${file.content.toString('base64')}`
  }
  const styles = new Map(
    ofKind('style').map((file) => [
      file.name,
      file.content
        .toString('utf8')
        .replace(/url\(\s*(["']?)assets\/([^"')]+)\1\s*\)/g, (_, _quote, name: string) => `url("${assetUrl(name)}")`),
    ]),
  )
  const styleText = (name: string): string => {
    const css = styles.get(styleKey(name))
    if (css === undefined) throw new ConfigError(`Unknown template style "${name}" (known: ${[...styles.keys()].join(', ')})`)
    return css
  }

  const handlebars = Handlebars.create()
  registerHelpers(handlebars, {style: styleText, asset: assetUrl})
  const compile = (file: TemplateFile) => {
    try {
      const source = file.content.toString('utf8')
      handlebars.parse(source) // compile() is lazy: parse now so a broken template fails at load, with its path
      return handlebars.compile(source, {strict: false, preventIndent: true})
    } catch (error) {
      throw new ConfigError(`${file.path}: ${(error as Error).message}`, {cause: error})
    }
  }
  for (const file of ofKind('partial')) handlebars.registerPartial(file.name, compile(file))
  const layouts = new Map(ofKind('layout').map((file) => [file.name, compile(file)]))

  const run = (what: string, template: HandlebarsTemplateDelegate | undefined, data: object): string => {
    if (!template) throw new ConfigError(`Unknown template ${what}`)
    try {
      return template(data)
    } catch (error) {
      throw new ConfigError(`Template ${what} failed: ${(error as Error).message}`, {cause: error})
    }
  }
  const fingerprint = createHash('sha256')
  for (const file of all) fingerprint.update(`${file.kind}:${file.name}\0`).update(file.content).update('\0')

  return {
    render: (layout, data) => run(`layout "${layout}"`, layouts.get(layout), data),
    renderPartial: (partial, data) => {
      const template = handlebars.partials[partial] as HandlebarsTemplateDelegate | undefined
      return run(`partial "${partial}"`, template, data)
    },
    style: styleText,
    asset: assetUrl,
    assetBytes: (name) => {
      const file = assets.get(name)
      if (!file) throw new ConfigError(`Unknown template asset "${name}"`)
      return file.content
    },
    has: (kind, name) => byKey.has(`${kind}:${kind === 'style' ? styleKey(name) : name}`),
    names: {
      layouts: [...layouts.keys()],
      partials: ofKind('partial').map((file) => file.name),
      styles: [...styles.keys()],
      assets: [...assets.keys()],
    },
    fingerprint: fingerprint.digest('hex'),
    files: new Map(all.map((file) => [`${file.kind}:${file.name}`, file.path])),
  }
}

