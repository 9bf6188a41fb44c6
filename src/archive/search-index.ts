import {formatDateRange} from '../templates/format-date.ts'
import {agendaItemText} from '../templates/helpers.ts'
import {labelsFor} from '../templates/labels.ts'
import type {ArchivePlan, ArchiveStatement} from './plan-archive.ts'
import {dataScript, searchFields, type TermIndexStatistics} from './term-index.ts'
import {statementTitle} from '../templates/statement-title.ts'

/** The browser scripts that ship with every archive (copied to `assets/`). */
export const clientScripts = {
  searchTerms: new URL('./client/search-terms.js', import.meta.url),
  search: new URL('./client/search.js', import.meta.url),
  miniSearch: new URL(import.meta.resolve('minisearch')).href.replace(/\/dist\/es\/index\.js$/, '/dist/umd/index.js'),
}

/** Statements per result-metadata chunk. */
const docsPerChunk = 200

export interface SiteFile {
  /** POSIX path relative to the site root. */
  path: string
  content: string
}

/** The per-statement script that holds its plain text, loaded only to show a matching passage. */
export function searchTextScript(entry: ArchiveStatement, text: string): string {
  return dataScript(`text:${entry.id}`, text)
}

/** `dir/search-text.js` */
export function searchTextPath(entry: ArchiveStatement): string {
  return `${entry.dir}/search-text.js`
}

/**
 * The search index as script files, split so that no page loads much at
 * 10,000 statements: `search/index.js` holds the facet values and the first
 * term of every shard, `search/scores.js` the field lengths a query scores with,
 * `search/filters.js` each statement's meeting, agenda item, organisations and
 * language (loaded with the first filter); the shards (`search/terms-N.js`, from `TermIndex#shards`: MiniSearch's
 * serialised index cut into contiguous term ranges, loaded by the browser only
 * for the terms of a query); `search/docs-N.js` hold titles and links, loaded
 * for the results shown.
 */
export function buildSearchIndex(plan: ArchivePlan, terms: TermIndexStatistics, language: string): SiteFile[] {
  const files: SiteFile[] = []

  for (let chunk = 0; chunk * docsPerChunk < plan.statements.length; chunk++) {
    const docs = plan.statements.slice(chunk * docsPerChunk, (chunk + 1) * docsPerChunk).map((entry) => resultMetadata(entry, language))
    files.push({path: `search/docs-${chunk}.js`, content: dataScript(`docs-${chunk}`, docs)})
  }

  const languages = [...new Set(plan.statements.flatMap((entry) => entry.meta.language ?? []))].sort()
  const agendaItems = plan.meetings.flatMap((meeting) => meeting.agendaItems.map((item) => ({meeting, item})))
  const agendaIndex = new Map(agendaItems.map(({item}, index) => [item, index]))
  const meetingIndex = new Map(plan.meetings.map((meeting, index) => [meeting, index]))
  const organisationIndex = new Map(plan.organisations.map((organisation, index) => [organisation, index]))

  // What every search needs (small), what a query adds (scoring), what a filter adds (a column per facet).
  files.push({
    path: 'search/index.js',
    content: dataScript('index', {
      fields: searchFields,
      documentCount: terms.documentCount,
      shardStarts: terms.shardStarts,
      docsPerChunk,
      facets: {
        meetings: plan.meetings.map((meeting) => meeting.slug),
        agendaItems: agendaItems.map(({meeting, item}) => `${meeting.slug}/${item.anchor}`),
        organisations: plan.organisations.map((organisation) => organisation.slug),
        languages,
      },
    }),
  })
  files.push({
    path: 'search/scores.js',
    content: dataScript('scores', {
      averageFieldLength: terms.averageFieldLength,
      fieldLength: plan.statements.map((entry) => terms.fieldLength[entry.id] ?? []),
    }),
  })
  files.push({
    path: 'search/filters.js',
    content: dataScript('filters', {
      meeting: plan.statements.map((entry) => meetingIndex.get(entry.meeting)),
      agendaItem: plan.statements.map((entry) => agendaIndex.get(entry.agendaItem)),
      organisations: plan.statements.map((entry) => entry.organisations.map((organisation) => organisationIndex.get(organisation))),
      language: plan.statements.map((entry) => languages.indexOf(entry.meta.language ?? '')),
    }),
  })
  return files
}

/** What a result shows: title, link, meeting, agenda item, organisations, date (in the site's language), and the statement's language. */
function resultMetadata(entry: ArchiveStatement, language: string): unknown[] {
  return [
    statementTitle(entry.statement),
    entry.page,
    entry.meeting.name,
    agendaLabel(entry.meta.agendaItem ?? {number: null, title: null}, language),
    entry.meta.organisations.join(', '),
    formatDateRange(entry.meta.dates, language),
    entry.meta.language ?? '',
  ]
}

/** "Agenda item 9d: Victim assistance", "Point de l’ordre du jour 9d : …", or "No agenda item", in the site's language. */
export function agendaLabel(item: {number: string | null; title: string | null}, language: string): string {
  if (item.number === null) return labelsFor(language).archive.noAgendaItem
  return agendaItemText({number: item.number, title: item.title}, language)
}
