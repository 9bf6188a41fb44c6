import {readFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {z} from 'zod'
import {baseUrlExpected} from './archive/base-url.ts'
import {delegationKinds} from './normalise/meta.ts'
import {closestName} from './closest-name.ts'
import {maxConcurrency, maxTimeoutSeconds} from './config-limits.ts'
import {ConfigError} from './errors.ts'
import {interfaceLanguages} from './templates/labels.ts'
import {byteSizeExpected, byteSizePattern, encodingExpected, isEncodingLabel, parseByteSize} from './ingest/read-options.ts'

export const configFileNames = ['statement-packs.config.json', 'statement-packs.config.yaml', 'statement-packs.config.yml']

const stringOrList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])

/** Which statements a named pack takes: each given criterion must hold; a list means any of its values. */
const selectionSchema = z.strictObject({
  /** Meeting key (`apmbc-22msp`) or meeting name. */
  meeting: stringOrList.optional(),
  /** Any of the statement's organisations, by name or short name (`ICRC`). */
  organisation: stringOrList.optional(),
  /** Agenda item key or number as written (`9d`, `9.d`). */
  agendaItem: stringOrList.optional(),
  /** Glob patterns over source paths, relative to the config file's folder. */
  sources: stringOrList.optional(),
})

const packSchema = z.strictObject({
  title: z.string().min(1),
  /** File name inside `packs/`; defaults to a slug of the title. */
  file: z
    .string()
    .regex(/^[\w][\w.-]*\.pdf$/, 'expected a file name such as my-pack.pdf (letters, digits, ".", "-", "_")')
    .optional(),
  lang: z.string().min(2).optional(),
  html: z.boolean().optional(),
  select: selectionSchema,
})

const speakingLimitSchema = z.strictObject({
  /** Meeting key (`apmbc-22msp`). */
  meeting: z.string().min(1).optional(),
  /** Agenda item key or number as written (`9d`, `9.d`). */
  agendaItem: z.string().min(1).optional(),
  kind: z.enum(delegationKinds).optional(),
  /** The limit: minutes and seconds (`"4:30"`) or seconds. */
  time: z.union([z.number().int().positive(), z.string().regex(/^\d+:[0-5]\d$/, 'expected minutes and seconds such as 4:30')]),
})

/** Speaking time: delivery rates per language, overriding the defaults (`src/speaking-time/estimate.ts`). */
const speakingTimeSchema = z.strictObject({
  /** Words per minute by BCP 47 primary language tag (`en`); characters per minute for `zh`. */
  rates: z.record(z.string().regex(/^[a-z]{2,3}$/, 'expected a language tag such as en or zh'), z.number().positive().max(1000)).default({}),
  /** Time limits; the rule with the most criteria that all hold wins. */
  limits: z.array(speakingLimitSchema).default([]),
})

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Files, folders or glob patterns, relative to the config file's folder. */
  sources: z.array(z.string().min(1)).min(1).default(['sources']),
  output: z.string().min(1).default('output'),
  /** A folder whose layouts, partials, styles and assets replace the defaults of the same name. */
  templates: z.string().min(1).optional(),
  paper: z.enum(['a4', 'letter']).default('a4'),
  largePrint: z.boolean().default(false),
  concurrency: z.number().int().min(1).max(maxConcurrency).optional(),
  /** Site address for the archive's sitemap. */
  baseUrl: z.url({protocol: /^https?$/, error: baseUrlExpected}).optional(),
  /** Decode every source with this encoding (a WHATWG label: windows-1251, gbk…) instead of detecting it. */
  encoding: z.string().refine(isEncodingLabel, encodingExpected).optional(),
  /** Refuse sources larger than this: bytes, or a size such as "5MB". Default 10MB. */
  maxSize: z
    .union([z.number().int().positive(), z.string().regex(byteSizePattern, byteSizeExpected)])
    .transform((value, context) => parseByteSize(value) ?? (context.issues.push({code: 'custom', message: byteSizeExpected, input: value}), z.NEVER))
    .optional(),
  /** Stop a document that takes longer than this many seconds to read or to print. Default: 30 to read, 60 to print. */
  timeout: z.number().positive().max(maxTimeoutSeconds).optional(),
  outputs: z
    .strictObject({
      /** Reading copy formats per statement; `[]` builds none. */
      readingCopies: z.array(z.enum(['pdf', 'html'])).default(['pdf', 'html']),
      /** One pack per meeting and delivering delegation. */
      delegationPacks: z.boolean().default(true),
      archive: z.boolean().default(true),
    })
    .default({readingCopies: ['pdf', 'html'], delegationPacks: true, archive: true}),
  archive: z
    .strictObject({
      /** The language of the archive's own pages and search (one of the six UN languages); statement pages keep their statement's. */
      language: z.enum(interfaceLanguages, {error: `expected one of the six UN languages: ${interfaceLanguages.join(', ')}`}).default('en'),
    })
    .default({language: 'en'}),
  /** Named packs, built besides the delegation packs. */
  packs: z.array(packSchema).default([]),
  speakingTime: speakingTimeSchema.default({rates: {}, limits: []}),
})

export type BuildConfig = z.infer<typeof configSchema>
export type PackDefinition = z.infer<typeof packSchema>
export type PackSelection = z.infer<typeof selectionSchema>

export interface ConfigResult {
  /** Null when there are errors. */
  config: BuildConfig | null
  /** `path: message` lines, e.g. `packs[2].title: expected string`. */
  errors: string[]
}

/**
 * Validate parsed config data. Never throws: problems come back as `path: message` lines. An
 * unknown key is an error too (a typo would otherwise quietly fall back to a default), with the
 * closest known key when one is close: `ouptut: unknown setting; did you mean \`output\`?`.
 */
export function validateConfig(data: unknown): ConfigResult {
  const parsed = configSchema.safeParse(data)
  if (parsed.success) return {config: parsed.data, errors: []}
  const errors = parsed.error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [formatIssue(issue)]
    const known = keysAt(configSchema, issue.path)
    return issue.keys.map((key) => {
      const suggestion = closestName(key, known)
      return `${formatPath([...issue.path, key])}: unknown setting; ${suggestion ? `did you mean \`${suggestion}\`?` : `expected one of ${known.join(', ')}`}`
    })
  })
  return {config: null, errors}
}

/** The keys the schema knows for the object at `path` (`["packs", 0, "select"]` → meeting, organisation…). */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema
  for (const segment of [...path, null]) {
    // Optional and defaulted values wrap their type; a list holds its elements.
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodArray) {
      current = current instanceof z.ZodArray ? (current.element as z.ZodType) : (current.def.innerType as z.ZodType)
    }
    if (!(current instanceof z.ZodObject)) return []
    if (segment === null) return Object.keys(current.shape)
    if (typeof segment === 'string') current = current.shape[segment] as z.ZodType | undefined
  }
  return []
}

export interface LoadConfigOptions {
  /** Folder to search from (upward). */
  cwd?: string
  /** An explicit config file; not finding it is an error. */
  file?: string
}

export interface LoadedConfig extends ConfigResult {
  /** The config file read, or null when none was found (defaults apply). */
  path: string | null
  /** Folder that relative paths in the config are resolved against. */
  root: string
}

/** Find and read `statement-packs.config.{json,yaml,yml}` from `cwd` upward, or the given file. Never throws. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const path = options.file ? resolve(cwd, options.file) : await findConfigFile(cwd)
  if (path === null) return {path: null, root: cwd, ...validateConfig({})}
  const root = dirname(path)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return {path, root, config: null, errors: [`${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]}
  }
  let data: unknown
  try {
    // The YAML parser reads data only (no tags that construct objects or run code). It is loaded
    // only for a YAML config: a build with nothing to do is mostly start-up.
    data = path.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text)
  } catch (error) {
    return {path, root, config: null, errors: [`${path}: ${error instanceof Error ? error.message : String(error)}`]}
  }
  return {path, root, ...validateConfig(data ?? {})}
}

/** The config as `loadConfig` finds it, or a ConfigError (exit 2) listing its problems. */
export async function requireConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig & {config: BuildConfig}> {
  const loaded = await loadConfig(options)
  if (!loaded.config) throw new ConfigError(`Invalid config ${loaded.path ?? ''}:\n${loaded.errors.map((error) => `  ${error}`).join('\n')}`)
  return {...loaded, config: loaded.config}
}

export async function findConfigFile(cwd: string): Promise<string | null> {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    for (const name of configFileNames) {
      const candidate = join(folder, name)
      if (await readFile(candidate).then(() => true, () => false)) return candidate
    }
    if (dirname(folder) === folder) return null
  }
}

function formatIssue(issue: z.core.$ZodIssue): string {
  // A bad key of a record (`speakingTime.rates`) says why in its inner issue.
  if (issue.code === 'invalid_key' && issue.issues[0]) return formatIssue({...issue.issues[0], path: issue.path})
  const message = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message.replace(/^Invalid (input|option): /, '')
  return `${formatPath(issue.path)}: ${message}`
}

/** `["packs", 2, "title"]` → `packs[2].title`. */
export function formatPath(path: PropertyKey[]): string {
  let text = ''
  for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : `${text ? '.' : ''}${String(segment)}`
  return text || '(config)'
}

/** The published JSON Schema of the config file (schemas/config.schema.json), for editors. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, {target: 'draft-2020-12', io: 'input'})
}
