import type {Root, Yaml} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {parse} from 'yaml'
import {delegationKinds, emptyMeta, type DelegationKind, type StatementMeta} from '../meta.ts'
import {agendaKey} from '../metadata/agenda-key.ts'
import {isReservedName, reservedNames} from '../../file-safety/reserved-names.ts'

const origin = 'statement-packs:front-matter'

/** Metadata needs a few hundred bytes; the YAML library's duplicate-key check is quadratic in keys. */
export const frontMatterLimits = {bytes: 64 * 1024, keys: 1000} as const
/** A mapping key: text, a colon, then a space or the line's end (a value's own "Note: …" only counts more). */
const mappingKey = /[^\s:]:(?=\s|$)/g

/**
 * Reads explicit YAML front matter into `file.data.frontMatter` (the fields that
 * override what the header block says) and removes the YAML node from the tree.
 * YAML is parsed as data with the core schema: nothing in it is ever executed.
 */
export function readFrontMatter() {
  return function transform(tree: Root, file: VFile) {
    const index = tree.children.findIndex((node) => node.type === 'yaml')
    if (index === -1) return
    const node = tree.children[index]
    if (node?.type !== 'yaml') return
    tree.children.splice(index, 1)
    checkFrontMatterSize(node.value, node.position?.start, file)
    let data: unknown
    try {
      // Unknown tags (`!!js/function`…) stay plain data; the YAML library's own warnings would go to stderr.
      data = parse(node.value, {schema: 'core', maxAliasCount: 10, logLevel: 'error'})
    } catch (error) {
      file.message('Unexpected invalid YAML in front matter, expected a mapping of metadata fields', {
        place: node.position,
        ruleId: 'front-matter-invalid',
        source: origin,
        cause: error instanceof Error ? error : undefined,
      })
      return
    }
    if (data === null || data === undefined) return
    if (typeof data !== 'object' || Array.isArray(data)) {
      file.message('Unexpected front matter that is not a mapping, expected `key: value` lines', {
        place: node.position,
        ruleId: 'front-matter-invalid',
        source: origin,
      })
      return
    }
    const {meta, unknownKeys, invalidKeys} = coerceFrontMatter(data as Record<string, unknown>)
    if (meta.meetingKey && isReservedName(meta.meetingKey)) {
      file.message(`Unexpected \`meetingKey: ${meta.meetingKey}\` in front matter, expected a key that is not a name the output folder uses (${[...reservedNames].join(', ')}); used the key read from the text`, {
        place: keyPlace(node, 'meetingKey'),
        ruleId: 'front-matter-invalid',
        source: origin,
      })
      delete meta.meetingKey
    }
    for (const key of invalidKeys) {
      file.message(`Unexpected value for \`${key}\` in front matter, expected the type the metadata field has`, {
        place: keyPlace(node, key),
        ruleId: 'front-matter-invalid',
        source: origin,
      })
    }
    for (const key of unknownKeys) {
      file.info(`Unknown front matter field \`${key}\` is kept but not used`, {
        place: node.position,
        ruleId: 'front-matter-unknown',
        source: origin,
      })
    }
    file.data.frontMatter = meta
  }
}

/** The line of `key:` in the front matter, else the whole block. */
function keyPlace(node: Yaml, key: string): Point | Position | undefined {
  const index = node.value.split('\n').findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`${key} `))
  if (index === -1 || !node.position) return node.position
  return {line: node.position.start.line + 1 + index, column: 1}
}

type FieldCoercer = (value: unknown) => {ok: true; value: unknown} | {ok: false}

const text: FieldCoercer = (value) =>
  value === null ? {ok: true, value: null} : typeof value === 'string' || typeof value === 'number' ? {ok: true, value: String(value).trim()} : {ok: false}

const isoDate = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim()
  return undefined
}

const fields: Record<keyof StatementMeta, FieldCoercer> = {
  title: text,
  speaker: text,
  meeting: text,
  convention: text,
  venue: text,
  meetingKey: (value) =>
    value === null ? {ok: true, value: null} : typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value) ? {ok: true, value} : {ok: false},
  language: (value) =>
    value === null ? {ok: true, value: null} : typeof value === 'string' && /^[a-z]{2,3}$/i.test(value) ? {ok: true, value: value.toLowerCase()} : {ok: false},
  organisations: (value) => {
    if (typeof value === 'string') return {ok: true, value: [value.trim()]}
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return {ok: true, value: value.map((item: string) => item.trim())}
    return {ok: false}
  },
  heading: (value) => {
    if (typeof value === 'string') return {ok: true, value: value.split('\n')}
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return {ok: true, value}
    return {ok: false}
  },
  dates: (value) => {
    if (value === null) return {ok: true, value: null}
    const single = isoDate(value)
    if (single) return {ok: true, value: {start: single, end: single}}
    if (typeof value === 'object' && !Array.isArray(value)) {
      const range = value as Record<string, unknown>
      const start = isoDate(range.start)
      const end = isoDate(range.end) ?? start
      if (start && end) return {ok: true, value: {start, end}}
    }
    return {ok: false}
  },
  agendaItem: (value) => {
    if (value === null) return {ok: true, value: null}
    if (typeof value === 'string' || typeof value === 'number') {
      const number = String(value).trim()
      return {ok: true, value: {number, key: agendaKey(number), title: null}}
    }
    if (typeof value === 'object' && !Array.isArray(value)) {
      const item = value as Record<string, unknown>
      if (typeof item.number !== 'string' && typeof item.number !== 'number') return {ok: false}
      const number = String(item.number).trim()
      const key = typeof item.key === 'string' ? item.key : agendaKey(number)
      const title = typeof item.title === 'string' ? item.title.trim() : null
      return {ok: true, value: {number, key, title}}
    }
    return {ok: false}
  },
  delegationKind: (value) => (value === null || delegationKinds.includes(value as DelegationKind) ? {ok: true, value} : {ok: false}),
  checkAgainstDelivery: (value) => (typeof value === 'boolean' ? {ok: true, value} : {ok: false}),
  draft: (value) => (typeof value === 'boolean' ? {ok: true, value} : {ok: false}),
  order: (value) => (value === null || (typeof value === 'number' && Number.isFinite(value)) ? {ok: true, value} : {ok: false}),
  embargo: (value) => {
    if (value === null) return {ok: true, value: null}
    const date = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : undefined
    return date && !Number.isNaN(Date.parse(date)) ? {ok: true, value: date} : {ok: false}
  },
}

/** "9.d." → "9d", "10 b)" → "10b", "7 (c)" → "7c", "III" stays "iii". */
export function coerceFrontMatter(data: Record<string, unknown>): {
  meta: Partial<StatementMeta>
  unknownKeys: string[]
  invalidKeys: string[]
} {
  const meta: Partial<StatementMeta> = {}
  const unknownKeys: string[] = []
  const invalidKeys: string[] = []
  const known = emptyMeta()
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(known, key)) {
      unknownKeys.push(key)
      continue
    }
    const field = key as keyof StatementMeta
    const result = fields[field](value)
    if (result.ok) (meta as Record<string, unknown>)[field] = result.value
    else invalidKeys.push(key)
  }
  return {meta, unknownKeys, invalidKeys}
}

/** Refuse front matter past `frontMatterLimits` before YAML reads it (`front-matter-too-large`). */
function checkFrontMatterSize(yaml: string, start: Point | undefined, file: VFile): void {
  const bytes = Buffer.byteLength(yaml)
  const keys = yaml.match(mappingKey)?.length ?? 0
  if (bytes <= frontMatterLimits.bytes && keys <= frontMatterLimits.keys) return
  const size = bytes > frontMatterLimits.bytes ? `${Math.ceil(bytes / 1024)} KB` : `${keys} keys`
  file.fail(`Front matter of ${size}, more than the ${frontMatterLimits.bytes / 1024} KB and ${frontMatterLimits.keys} keys it may hold`, {
    place: start,
    ruleId: 'front-matter-too-large',
    source: origin,
  })
}
