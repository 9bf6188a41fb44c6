import {extname} from 'node:path'
import Handlebars from 'handlebars'
import {ConfigError} from '../errors.ts'
import {registerHelpers} from './helpers.ts'
import {fingerprintOf, readTemplateFiles, type Kind, type TemplateFile} from './template-files.ts'


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

function styleKey(name: string): string {
  return name.endsWith('.css') ? name : `${name}.css`
}

/**
 * One isolated Handlebars environment per call: the defaults, then the user's folder on top.
 * Everything is compiled here, once; `render` only runs compiled functions.
 */
export async function loadTemplates(options: LoadTemplatesOptions = {}): Promise<Templates> {
  const all = await readTemplateFiles(options.dir)
  const byKey = new Set(all.map((file) => `${file.kind}:${file.name}`))
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
    fingerprint: fingerprintOf(all),
    files: new Map(all.map((file) => [`${file.kind}:${file.name}`, file.path])),
  }
}

