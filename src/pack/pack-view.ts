import type {Statement} from '../load-statement.ts'
import {formatDateRange} from '../templates/format-date.ts'
import {formatSpeakingTime} from '../templates/format-speaking-time.ts'
import {agendaItemText, listNames} from '../templates/helpers.ts'
import {directionOf, labelsFor, type Labels} from '../templates/labels.ts'
import {namesInLanguage} from '../templates/names-in-language.ts'
import {runningHead, statementView, type StatementView} from '../templates/statement-view.ts'

export interface PackStatementView extends StatementView {
  /** The CSS named page of this statement: its running header. */
  pageName: string
}

export interface PackEntry {
  id: string
  source: string
  agendaItemText: string
  title: string
  /** The statement's language and direction: its title and byline are set in them. */
  lang: string
  dir: 'ltr' | 'rtl'
  /** "Organisations — Speaker". */
  byline: string
  /** The page the statement starts on (1-based, the cover is page 1). */
  page: number | null
  /** Its speaking time in the pack's language, beside the page number: "≈ 4 min 20 s". */
  speakingTimeText: string
}

/** Every variable the pack layout receives (documented in templates/README.md). */
export interface PackView {
  title: string
  lang: string
  dir: 'ltr' | 'rtl'
  labels: Labels
  meeting: string | null
  convention: string | null
  venue: string | null
  delegation: string
  dateText: string
  statements: PackStatementView[]
  entries: PackEntry[]
  /** The statements' speaking times added up, in seconds. */
  totalSpeakingSeconds: number
  /** The total in the pack's language: "≈ 12 min 30 s". */
  totalSpeakingTimeText: string
}

export interface PackViewOptions {
  title?: string
  lang?: string
}

/** In a pack the running head names the statement: "ICRC — Agenda item 9d — Statement on …". */
function packRunningHead(view: StatementView): string {
  const title = view.title.length > 70 ? `${view.title.slice(0, 69).trimEnd()}…` : view.title
  const item = view.agendaItem ? `${view.labels.agendaItem} ${view.agendaItem.number}` : ''
  // A joint statement of many delegations would fill the header: the first two stand for them.
  const organisations = view.organisations.length > 2 ? `${view.organisations.slice(0, 2).join(', ')}…` : view.organisationNames
  return runningHead([organisations, item, title], view.dir)
}

/** The most frequent non-empty value, the earliest one on a tie. */
function mostCommon<T>(values: ReadonlyArray<T | null | undefined>): T | null {
  const counts = new Map<T, number>()
  for (const value of values) if (value !== null && value !== undefined && value !== '') counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: T | null = null
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value
      bestCount = count
    }
  }
  return best
}

/** The value every statement that says gives, or null when they differ (a pack across meetings). */
function shared(values: ReadonlyArray<string | null>): string | null {
  const distinct = new Set(values.filter((value): value is string => Boolean(value)))
  return distinct.size === 1 ? [...distinct][0]! : null
}

/** The pack's language: `--lang`, else the language most of its statements use. */
export function packLanguage(statements: readonly Statement[], explicit?: string): string {
  return (explicit ?? mostCommon(statements.map((statement) => statement.meta.language)) ?? 'en').toLowerCase()
}

/** The data of the pack layout, statements already in pack order. */
export function packView(statements: readonly Statement[], options: PackViewOptions = {}): PackView {
  const lang = packLanguage(statements, options.lang)
  const labels = labelsFor(lang)
  const views = statements.map((statement, index) => {
    const view = statementView(statement, {id: `s-${index + 1}`, titleLevel: 1})
    return {...view, runningHead: packRunningHead(view), pageName: `s${index + 1}`}
  })
  // The cover names the meeting in the pack's language: as a statement in that language writes it, else from the vocabularies.
  const coverNames = statements.map((statement) => namesInLanguage(statement.meta.language === lang ? statement.meta : {...statement.meta, heading: []}, lang))
  const delivering = [...new Set(coverNames.map((names) => names.organisations[0]).filter((name): name is string => Boolean(name)))]
  const starts = statements.map((statement) => statement.meta.dates?.start).filter((date): date is string => Boolean(date)).sort()
  const ends = statements.map((statement) => statement.meta.dates?.end).filter((date): date is string => Boolean(date)).sort()
  const first = starts[0]
  const last = ends[ends.length - 1]
  const totalSpeakingSeconds = statements.reduce((sum, statement) => sum + statement.speakingTime.seconds, 0)
  return {
    title: options.title ?? labels.delegationPack,
    lang,
    dir: directionOf(lang),
    labels,
    meeting: shared(statements.map((statement) => statement.meta.meeting)) && mostCommon(coverNames.map((names) => names.meeting)),
    convention: shared(statements.map((statement) => statement.meta.convention)) && mostCommon(coverNames.map((names) => names.convention)),
    venue: shared(statements.map((statement) => statement.meta.venue)) && mostCommon(coverNames.map((names) => names.venue)),
    delegation: listNames(delivering, lang),
    dateText: first && last ? formatDateRange({start: first, end: last}, lang) : '',
    statements: views,
    entries: views.map((view) => ({
      id: view.id,
      source: view.source,
      agendaItemText: agendaItemText(view.agendaItem, lang),
      title: view.title,
      lang: view.lang,
      dir: view.dir,
      byline: [view.organisationNames, view.speaker].filter(Boolean).join(' — '),
      page: null,
      speakingTimeText: formatSpeakingTime(view.speakingTime.seconds, lang),
    })),
    totalSpeakingSeconds,
    totalSpeakingTimeText: formatSpeakingTime(totalSpeakingSeconds, lang),
  }
}
