import {readFileSync} from 'node:fs'
import {runInNewContext} from 'node:vm'
import MiniSearch, {type AsPlainObject} from 'minisearch'
import {formatDateRange} from '../templates/format-date.ts'
import type {ArchivePlan, ArchiveStatement} from './plan-archive.ts'
import {displayTitle} from './display-title.ts'
import {languageName} from './language-name.ts'

/** The browser scripts that ship with every archive (copied to `assets/`). */
export const clientScripts = {
  searchTerms: new URL('./client/search-terms.js', import.meta.url),
  search: new URL('./client/search.js', import.meta.url),
  miniSearch: new URL(import.meta.resolve('minisearch')).href.replace(/\/dist\/es\/index\.js$/, '/dist/umd/index.js'),
}

const sharedTerms = loadSharedTermProcessor()

function loadSharedTermProcessor(): {processTerm: (term: string) => string | string[] | null} {
  const context: {self: Record<string, unknown>} = {self: {}}
  runInNewContext(readFileSync(clientScripts.searchTerms, 'utf8'), context)
  const processTerm = context.self.statementPacksProcessTerm
  if (typeof processTerm !== 'function') throw new Error('search-terms.js does not define statementPacksProcessTerm')
  return {processTerm: processTerm as (term: string) => string | string[] | null}
}

/** Fields of the full-text index, in the order the browser script expects. */
export const searchFields = ['title', 'organisations', 'speaker', 'text'] as const

/** Approximate size of one term shard: small enough that a query loads a few tens of kilobytes. */
const shardTargetBytes = 48 * 1024
/** Statements per result-metadata chunk. */
const docsPerChunk = 200

export interface SiteFile {
  /** POSIX path relative to the site root. */
  path: string
  content: string
}

/** The global every index script assigns into: `self.statementPacksData[name] = data`. */
export function dataScript(name: string, data: unknown): string {
  return `(self.statementPacksData=self.statementPacksData||{})[${JSON.stringify(name)}]=${jsonForScript(data)};\n`
}

/** JSON that is safe inside a script file and a `<script>` element (no `</script>`, no line separators). */
function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
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
 * 10,000 statements: `search/index.js` holds the filters (meeting, agenda item,
 * organisation, language per statement), the scoring statistics and the first
 * term of every shard; `search/terms-N.js` hold MiniSearch's serialised index
 * cut into contiguous term ranges, loaded by the browser only for the terms of
 * a query; `search/docs-N.js` hold titles and links, loaded for shown results.
 */
export function buildSearchIndex(plan: ArchivePlan, texts: readonly string[]): SiteFile[] {
  const miniSearch = new MiniSearch<{id: number; title: string; organisations: string; speaker: string; text: string}>({
    fields: [...searchFields],
    processTerm: sharedTerms.processTerm,
  })
  for (const entry of plan.statements) {
    miniSearch.add({
      id: entry.id,
      title: entry.meta.title ?? '',
      organisations: entry.meta.organisations.join('\n'),
      speaker: entry.meta.speaker ?? '',
      text: texts[entry.id] ?? '',
    })
  }
  const serialised = miniSearch.toJSON() as AsPlainObject
  const files: SiteFile[] = []

  const terms = serialised.index.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const shardStarts: string[] = []
  let shard: typeof terms = []
  let shardBytes = 0
  const flush = () => {
    if (shard.length === 0) return
    files.push({path: `search/terms-${shardStarts.length}.js`, content: dataScript(`terms-${shardStarts.length}`, shard)})
    shardStarts.push(shard[0]![0])
    shard = []
    shardBytes = 0
  }
  for (const entry of terms) {
    shard.push(entry)
    shardBytes += entry[0].length + JSON.stringify(entry[1]).length
    if (shardBytes >= shardTargetBytes) flush()
  }
  flush()

  for (let chunk = 0; chunk * docsPerChunk < plan.statements.length; chunk++) {
    const docs = plan.statements.slice(chunk * docsPerChunk, (chunk + 1) * docsPerChunk).map(resultMetadata)
    files.push({path: `search/docs-${chunk}.js`, content: dataScript(`docs-${chunk}`, docs)})
  }

  const languages = [...new Set(plan.statements.flatMap((entry) => entry.meta.language ?? []))].sort()
  const agendaItems = plan.meetings.flatMap((meeting) => meeting.agendaItems.map((item) => ({meeting, item})))
  const agendaIndex = new Map(agendaItems.map(({item}, index) => [item, index]))
  const meetingIndex = new Map(plan.meetings.map((meeting, index) => [meeting, index]))
  const organisationIndex = new Map(plan.organisations.map((organisation, index) => [organisation, index]))

  files.push({
    path: 'search/index.js',
    content: dataScript('index', {
      fields: searchFields,
      documentCount: serialised.documentCount,
      averageFieldLength: serialised.averageFieldLength,
      fieldLength: plan.statements.map((entry) => serialised.fieldLength[entry.id] ?? []),
      shardStarts,
      docsPerChunk,
      facets: {
        meetings: plan.meetings.map((meeting) => ({slug: meeting.slug, name: meeting.name})),
        agendaItems: agendaItems.map(({meeting, item}) => ({
          meeting: meetingIndex.get(meeting),
          value: `${meeting.slug}/${item.anchor}`,
          label: agendaLabel(item),
        })),
        organisations: plan.organisations.map((organisation) => ({slug: organisation.slug, name: organisation.name})),
        languages: languages.map((code) => ({code, name: languageName(code)})),
      },
      statements: {
        meeting: plan.statements.map((entry) => meetingIndex.get(entry.meeting)),
        agendaItem: plan.statements.map((entry) => agendaIndex.get(entry.agendaItem)),
        organisations: plan.statements.map((entry) => entry.organisations.map((organisation) => organisationIndex.get(organisation))),
        language: plan.statements.map((entry) => languages.indexOf(entry.meta.language ?? '')),
      },
    }),
  })
  return files
}

/** What a result shows: title, link, meeting, agenda item, organisations, date, language and direction. */
function resultMetadata(entry: ArchiveStatement): unknown[] {
  return [
    displayTitle(entry.meta),
    entry.page,
    entry.meeting.name,
    agendaLabel(entry.agendaItem),
    entry.meta.organisations.join(', '),
    formatDateRange(entry.meta.dates, 'en'),
    entry.meta.language ?? '',
  ]
}

export function agendaLabel(item: {number: string | null; title: string | null}): string {
  if (item.number === null) return 'No agenda item'
  return item.title ? `Agenda item ${item.number}: ${item.title}` : `Agenda item ${item.number}`
}
