import type {Root, Yaml} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {parse} from 'yaml'
import {z} from 'zod'
import {delegationKinds, statementMetaSchema, type StatementMeta} from '../meta.ts'
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
      file.message(`Unexpected value for \`${key}\` in front matter, expected ${frontMatterFields[key].description}`, {
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

const metaFields = statementMetaSchema.shape

/** Text as YAML may give it (a number too: `title: 2025`), trimmed. */
const text = z.union([z.string(), z.number()]).transform((value) => String(value).trim())

/** A day as YAML may give it: `2025-12-01`, or a date object. */
const isoDay = z.union([z.date().transform((date) => date.toISOString().slice(0, 10)), z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/)])

/**
 * What front matter may write for each metadata field, read into the field itself: each schema
 * takes what a writer types (a single name for a list, a bare number for an agenda item) and pipes
 * it into the field's schema in `statementMetaSchema` (`metaFields`). Its description says what was expected.
 */
export const frontMatterFields = {
  title: text.nullable().pipe(metaFields.title).describe('text'),
  speaker: text.nullable().pipe(metaFields.speaker).describe('text'),
  meeting: text.nullable().pipe(metaFields.meeting).describe('text'),
  convention: text.nullable().pipe(metaFields.convention).describe('text'),
  venue: text.nullable().pipe(metaFields.venue).describe('text'),
  meetingKey: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .nullable()
    .pipe(metaFields.meetingKey)
    .describe('lower-case letters, digits and hyphens, such as apmbc-22msp'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/i)
    .transform((tag) => tag.toLowerCase())
    .nullable()
    .pipe(metaFields.language)
    .describe('a language tag such as en or fr'),
  organisations: z
    .union([z.string().trim().transform((name) => [name]), z.array(z.string().trim())])
    .pipe(metaFields.organisations)
    .describe('a name or a list of names'),
  heading: z
    .union([z.string().transform((lines) => lines.split('\n')), z.array(z.string())])
    .pipe(metaFields.heading)
    .describe('text or a list of lines'),
  dates: z
    .union([
      isoDay.transform((day) => ({start: day, end: day})),
      z.object({start: isoDay, end: isoDay.optional()}).transform(({start, end}) => ({start, end: end ?? start})),
    ])
    .nullable()
    .pipe(metaFields.dates)
    .describe('a date such as 2025-12-01, or a start and an end date'),
  agendaItem: z
    .union([
      text.transform((number) => ({number, key: agendaKey(number), title: null})),
      z
        .object({number: text, key: z.string().optional().catch(undefined), title: z.string().trim().nullable().catch(null)})
        .transform(({number, key, title}) => ({number, key: key ?? agendaKey(number), title})),
    ])
    .nullable()
    .pipe(metaFields.agendaItem)
    .describe('an agenda item number such as 9d, or its number, key and title'),
  delegationKind: metaFields.delegationKind.describe(`one of ${delegationKinds.join(', ')}`),
  checkAgainstDelivery: metaFields.checkAgainstDelivery.describe('true or false'),
  draft: metaFields.draft.describe('true or false'),
  order: metaFields.order.describe('a number'),
  embargo: z
    .union([z.date().transform((date) => date.toISOString()), z.string().trim().refine((date) => !Number.isNaN(Date.parse(date)))])
    .nullable()
    .pipe(metaFields.embargo)
    .describe('a date, or a date and time'),
} satisfies {[Field in keyof StatementMeta]: z.ZodType<StatementMeta[Field]>}

/** Front matter data → the metadata fields it sets, the keys it does not know, and the keys whose value does not fit. */
export function coerceFrontMatter(data: Record<string, unknown>): {
  meta: Partial<StatementMeta>
  unknownKeys: string[]
  invalidKeys: Array<keyof StatementMeta>
} {
  const meta: Record<string, unknown> = {}
  const unknownKeys: string[] = []
  const invalidKeys: Array<keyof StatementMeta> = []
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(frontMatterFields, key)) {
      unknownKeys.push(key)
      continue
    }
    const field = key as keyof StatementMeta
    const parsed = frontMatterFields[field].safeParse(value)
    if (parsed.success) meta[field] = parsed.data
    else invalidKeys.push(field)
  }
  return {meta: meta as Partial<StatementMeta>, unknownKeys, invalidKeys}
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
