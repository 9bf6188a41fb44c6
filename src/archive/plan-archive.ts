import type {Statement} from '../load-statement.ts'
import type {DateRange, StatementMeta} from '../normalise/meta.ts'
import {compareAgendaKeys, compareStatements} from '../statement-order.ts'
import {meetingSlug, statementSlug, uniqueSlug} from './permalinks.ts'
import {outputNames, readingCopiesFolder} from '../file-safety/output-names.ts'
import {slugify} from '../slugify.ts'

/** What planning needs of a statement: no text. */
export type PlannedSource = Pick<Statement, 'source' | 'meta' | 'format' | 'speakingTime'>

/** One statement with its place in the site. Paths are POSIX and relative to the site root. */
export interface ArchiveStatement {
  /** Position in site order (meetings newest first, then agenda order): the search index's document id. */
  id: number
  statement: PlannedSource
  meta: StatementMeta
  /** Folder, e.g. `apmbc-22msp/9d-icrc-ifrc`. */
  dir: string
  /** `dir/index.html` */
  page: string
  /** `dir/<slug>.md`: the normalised Markdown. */
  markdownFile: string
  /** `reading-copies/<name>.pdf`: the reading copy, written with `pdf`, named as every command names it. */
  pdfFile: string
  meeting: ArchiveMeeting
  agendaItem: ArchiveAgendaItem
  organisations: ArchiveOrganisation[]
  /** Neighbours under the same agenda item of the same meeting. */
  previous: ArchiveStatement | null
  next: ArchiveStatement | null
}

export interface ArchiveAgendaItem {
  /** Normalised key ("9d"); null groups the statements with no agenda item. */
  key: string | null
  number: string | null
  title: string | null
  /** Fragment id on the meeting page. */
  anchor: string
  statements: ArchiveStatement[]
}

export interface ArchiveMeeting {
  slug: string
  /** `slug/index.html` */
  page: string
  name: string
  key: string | null
  convention: string | null
  venue: string | null
  /** From the earliest start to the latest end of its statements. */
  dates: DateRange | null
  agendaItems: ArchiveAgendaItem[]
  statements: ArchiveStatement[]
}

export interface ArchiveOrganisation {
  name: string
  slug: string
  /** `organisations/slug/index.html` */
  page: string
  /** In site order. */
  statements: ArchiveStatement[]
}

export interface ArchivePlan {
  /** Newest first. */
  meetings: ArchiveMeeting[]
  /** Alphabetical. */
  organisations: ArchiveOrganisation[]
  /** Site order; `statements[i].id === i`. */
  statements: ArchiveStatement[]
}

const collator = new Intl.Collator('en', {numeric: true, sensitivity: 'base'})

/**
 * Group statements into meetings, agenda items and organisations and give each
 * a permalink. Pure and deterministic: the same statements in any input order
 * give the same plan.
 */
export function planArchive(statements: readonly PlannedSource[], names: ReadonlyMap<string, string> = outputNames(statements.map((statement) => statement.source)).names): ArchivePlan {
  const byMeeting = new Map<string, PlannedSource[]>()
  for (const statement of statements) {
    const slug = meetingSlug(statement.meta)
    const group = byMeeting.get(slug)
    if (group) group.push(statement)
    else byMeeting.set(slug, [statement])
  }

  const meetings = [...byMeeting].map(([slug, group]) => planMeeting(slug, group.sort(compareStatements), names))
  meetings.sort(compareMeetingsNewestFirst)

  const planned: ArchiveStatement[] = []
  for (const meeting of meetings) {
    for (const entry of meeting.statements) {
      entry.id = planned.length
      planned.push(entry)
    }
  }
  return {meetings, organisations: planOrganisations(planned), statements: planned}
}

function planMeeting(slug: string, statements: PlannedSource[], names: ReadonlyMap<string, string>): ArchiveMeeting {
  const first = <K extends keyof StatementMeta>(key: K): StatementMeta[K] | null =>
    statements.map((statement) => statement.meta[key]).find((value) => value !== null && value !== '') ?? null
  const meeting: ArchiveMeeting = {
    slug,
    page: `${slug}/index.html`,
    name: first('meeting') ?? first('meetingKey') ?? 'Other statements',
    key: first('meetingKey'),
    convention: first('convention'),
    venue: first('venue'),
    dates: spanOf(statements.map((statement) => statement.meta.dates)),
    agendaItems: [],
    statements: [],
  }

  const taken = new Set<string>()
  const anchors = new Set<string>()
  const englishTitled = new Set<ArchiveAgendaItem>()
  let item: ArchiveAgendaItem | undefined
  for (const statement of statements) {
    const key = statement.meta.agendaItem?.key ?? null
    if (!item || compareAgendaKeys(item.key, key) !== 0) {
      item = {
        key,
        number: statement.meta.agendaItem?.number ?? null,
        title: null,
        anchor: uniqueSlug(`item-${slugify(key, 20) || 'none'}`, anchors),
        statements: [],
      }
      meeting.agendaItems.push(item)
    }
    // The item's title as an English statement gives it, else as the first statement gives it.
    const title = statement.meta.agendaItem?.title ?? null
    if (title && (item.title === null || (statement.meta.language === 'en' && !englishTitled.has(item)))) {
      item.title = title
      if (statement.meta.language === 'en') englishTitled.add(item)
    }

    const base = statementSlug(statement.meta, statement.source)
    const dated = statement.meta.dates ? `${base}-${statement.meta.dates.start}` : base
    const slug = uniqueSlug(taken.has(base) && !taken.has(dated) ? dated : base, taken)
    const dir = `${meeting.slug}/${slug}`
    const entry: ArchiveStatement = {
      id: -1,
      statement,
      meta: statement.meta,
      dir,
      page: `${dir}/index.html`,
      markdownFile: `${dir}/${slug}.md`,
      pdfFile: `${readingCopiesFolder}/${names.get(statement.source)}.pdf`,
      meeting,
      agendaItem: item,
      organisations: [],
      previous: item.statements.at(-1) ?? null,
      next: null,
    }
    if (entry.previous) entry.previous.next = entry
    item.statements.push(entry)
    meeting.statements.push(entry)
  }
  return meeting
}

function planOrganisations(statements: ArchiveStatement[]): ArchiveOrganisation[] {
  const byName = new Map<string, ArchiveStatement[]>()
  for (const entry of statements) {
    for (const name of new Set(entry.meta.organisations.map((organisation) => organisation.trim()).filter(Boolean))) {
      const group = byName.get(name)
      if (group) group.push(entry)
      else byName.set(name, [entry])
    }
  }
  const names = [...byName.keys()].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0))
  const taken = new Set<string>()
  return names.map((name) => {
    const slug = uniqueSlug(slugify(name) || 'organisation', taken)
    const organisation: ArchiveOrganisation = {name, slug, page: `organisations/${slug}/index.html`, statements: byName.get(name) ?? []}
    for (const entry of organisation.statements) entry.organisations.push(organisation)
    return organisation
  })
}

function spanOf(ranges: (DateRange | null)[]): DateRange | null {
  let span: DateRange | null = null
  for (const range of ranges) {
    if (!range) continue
    if (!span) span = {...range}
    else {
      if (range.start < span.start) span.start = range.start
      if (range.end > span.end) span.end = range.end
    }
  }
  return span
}

function compareMeetingsNewestFirst(a: ArchiveMeeting, b: ArchiveMeeting): number {
  if (a.dates && b.dates && a.dates.end !== b.dates.end) return a.dates.end < b.dates.end ? 1 : -1
  if (a.dates && !b.dates) return -1
  if (!a.dates && b.dates) return 1
  return collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
}
