import type {SourceFormat} from '../ingest/native-document.ts'
import type {StatementMeta} from '../normalise/meta.ts'
import type {SpeakingTime} from '../speaking-time/estimate.ts'
import type {ArchivePlan} from './plan-archive.ts'

/** Bump when the shape of catalogue.json changes (schemas/catalogue.schema.json). */
export const catalogueSchemaVersion = 1

export interface CatalogueStatement {
  /** The permalink folder, e.g. `apmbc-22msp/9d-icrc-ifrc`: stable as long as the metadata is. */
  id: string
  source: string
  /** The format the source was read as (pdf, docx, html, eml, text). */
  format: SourceFormat
  /** Site-relative paths (POSIX). `pdf` is null when no reading copy was built. */
  paths: {page: string; markdown: string; pdf: string | null}
  /** Absolute URL of the page, when the site has a base URL. */
  url: string | null
  meeting: string
  organisations: string[]
  meta: StatementMeta
  /** The estimate at the configured rate, against the statement's limit. */
  speakingTime: SpeakingTime
}

export interface Catalogue {
  schemaVersion: number
  generator: 'statement-packs'
  baseUrl: string | null
  statements: CatalogueStatement[]
  meetings: Array<{
    slug: string
    name: string
    key: string | null
    convention: string | null
    venue: string | null
    dates: {start: string; end: string} | null
    page: string
    agendaItems: Array<{key: string | null; number: string | null; title: string | null; statements: string[]}>
  }>
  organisations: Array<{slug: string; name: string; page: string; statements: string[]}>
}

/** Every published statement's metadata and paths, the meetings and the organisations: the site as data. */
export function buildCatalogue(plan: ArchivePlan, options: {baseUrl: string | null; pdfPaths: ReadonlyMap<number, string>}): Catalogue {
  return {
    schemaVersion: catalogueSchemaVersion,
    generator: 'statement-packs',
    baseUrl: options.baseUrl,
    statements: plan.statements.map((entry) => ({
      id: entry.dir,
      source: entry.statement.source.split('\\').join('/'),
      format: entry.statement.format,
      paths: {page: entry.page, markdown: entry.markdownFile, pdf: options.pdfPaths.get(entry.id) ?? null},
      url: options.baseUrl ? new URL(entry.page, options.baseUrl).href : null,
      meeting: entry.meeting.slug,
      organisations: entry.organisations.map((organisation) => organisation.slug),
      meta: entry.meta,
      speakingTime: entry.statement.speakingTime,
    })),
    meetings: plan.meetings.map((meeting) => ({
      slug: meeting.slug,
      name: meeting.name,
      key: meeting.key,
      convention: meeting.convention,
      venue: meeting.venue,
      dates: meeting.dates,
      page: meeting.page,
      agendaItems: meeting.agendaItems.map((item) => ({
        key: item.key,
        number: item.number,
        title: item.title,
        statements: item.statements.map((entry) => entry.dir),
      })),
    })),
    organisations: plan.organisations.map((organisation) => ({
      slug: organisation.slug,
      name: organisation.name,
      page: organisation.page,
      statements: organisation.statements.map((entry) => entry.dir),
    })),
  }
}

/**
 * catalogue.json's text, exactly `JSON.stringify(catalogue, null, 2)` and a newline, in pieces: one per
 * statement, meeting and organisation, so that 50,000 statements are never one string in memory.
 */
export function* catalogueJson(catalogue: Catalogue): Generator<string> {
  const fields = Object.entries(catalogue)
  yield '{\n'
  for (const [index, [key, value]] of fields.entries()) {
    const comma = index < fields.length - 1 ? ',' : ''
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`
      for (const [position, item] of value.entries()) yield `    ${indented(item, '    ')}${position < value.length - 1 ? ',' : ''}\n`
      yield `  ]${comma}\n`
    } else {
      yield `  ${JSON.stringify(key)}: ${indented(value, '  ')}${comma}\n`
    }
  }
  yield '}\n'
}

/** JSON never holds a raw line break inside a string: every one is between values, and takes the indent. */
const indented = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)
