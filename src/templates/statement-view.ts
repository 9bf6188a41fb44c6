import type {Statement} from '../load-statement.ts'
import type {AgendaItem, DateRange, StatementMeta} from '../normalise/meta.ts'
import {unshownHeadingLines} from '../normalise/metadata/unshown-heading-lines.ts'
import {bodyToHtml} from './body-html.ts'
import type {SpeakingTime} from '../speaking-time/estimate.ts'
import {formatDateRange} from './format-date.ts'
import {formatSpeakingTime} from './format-speaking-time.ts'
import {agendaItemText, listNames} from './helpers.ts'
import {directionOf, labelsFor, type Labels} from './labels.ts'
import {namesInLanguage} from './names-in-language.ts'
import {statementTitle} from './statement-title.ts'

export interface StatementViewOptions {
  /** Anchor id of the statement (and prefix of its footnote ids), unique within a page. Default `statement`. */
  id?: string
  /** Level of the statement's title: 1 in a reading copy, 2 inside a pack. Body headings go below it. */
  titleLevel?: 1 | 2
}

/** Every variable a statement template receives (documented in templates/README.md). */
export interface StatementView {
  /** The statement's metadata, unchanged: canonical English names. */
  meta: StatementMeta
  /** The source path as given. */
  source: string
  id: string
  /** BCP 47 primary language tag (`en` when unknown). */
  lang: string
  dir: 'ltr' | 'rtl'
  labels: Labels
  /** The title, else the agenda item, else the file name: never empty. */
  title: string
  titleLevel: 1 | 2
  /** Here and below, names in the statement's language (see namesInLanguage); `meta` has the canonical ones. */
  organisations: string[]
  /** Organisations joined the way the language joins a list: "ICRC and IFRC". */
  organisationNames: string
  speaker: string | null
  meeting: string | null
  convention: string | null
  venue: string | null
  meetingKey: string | null
  heading: string[]
  /** The header lines no other field shows ("Cluster I: nuclear disarmament"), as written. */
  headingNotes: string[]
  dates: DateRange | null
  /** "1–5 December 2025" in the statement's language. */
  dateText: string
  agendaItem: AgendaItem | null
  /** "Agenda item 9d: Victim assistance" in the statement's language. */
  agendaItemText: string
  checkAgainstDelivery: boolean
  /** The estimate: `seconds`, `words` (or `characters`), `rate`, `limitSeconds`. */
  speakingTime: SpeakingTime
  /** "≈ 4 min 20 s" in the statement's language, rounded to 10 s. */
  speakingTimeText: string
  /** Sanitised HTML of the statement's body: insert with `{{{bodyHtml}}}`. */
  bodyHtml: string
  /**
   * "ICRC — 22nd Meeting of States Parties — Agenda item 9d": the running header. On a right-to-left
   * page each part is isolated (U+2068…U+2069), so that a Latin name keeps its place among Arabic ones.
   */
  runningHead: string
  /** "22nd Meeting of States Parties — Agenda item 9d: …": the PDF Subject. */
  subject: string
  /** PDF Keywords: convention, meeting, agenda item, organisations, speaker. */
  keywords: string[]
}

/** The data a statement layout or the `statement` partial receives. */
export function statementView(statement: Statement, options: StatementViewOptions = {}): StatementView {
  const {meta} = statement
  const lang = (meta.language ?? 'en').toLowerCase()
  const labels = labelsFor(lang)
  const id = options.id ?? 'statement'
  const titleLevel = options.titleLevel ?? 1
  const itemText = agendaItemText(meta.agendaItem, lang)
  const shortItem = meta.agendaItem ? `${labels.agendaItem} ${meta.agendaItem.number}` : ''
  const names = namesInLanguage(meta, lang)
  const organisationNames = listNames(names.organisations, lang)
  const dir = directionOf(lang)
  const title = statementTitle(statement)
  return {
    meta,
    source: statement.source,
    id,
    lang,
    dir,
    labels,
    title,
    titleLevel,
    organisations: names.organisations,
    organisationNames,
    speaker: meta.speaker,
    meeting: names.meeting,
    convention: names.convention,
    venue: names.venue,
    meetingKey: meta.meetingKey,
    heading: meta.heading,
    headingNotes: unshownHeadingLines(meta),
    dates: meta.dates,
    dateText: formatDateRange(meta.dates, lang),
    agendaItem: meta.agendaItem,
    agendaItemText: itemText,
    checkAgainstDelivery: meta.checkAgainstDelivery,
    speakingTime: statement.speakingTime,
    speakingTimeText: formatSpeakingTime(statement.speakingTime.seconds, lang),
    bodyHtml: bodyToHtml(statement.tree, {
      idPrefix: id,
      footnoteLabel: labels.footnotes,
      footnoteBackLabel: labels.backToReference,
      headingOffset: titleLevel,
    }),
    runningHead: runningHead([organisationNames, names.meeting, shortItem], dir),
    subject: [names.meeting, itemText].filter(Boolean).join(' — '),
    keywords: [meta.convention, meta.meeting, shortItem, ...meta.organisations, meta.speaker].filter(
      (keyword): keyword is string => Boolean(keyword),
    ),
  }
}

/** Parts joined by dashes; each isolated on a right-to-left page, where a Latin run would take its neighbours' dashes. */
export function runningHead(parts: ReadonlyArray<string | null>, dir: 'ltr' | 'rtl'): string {
  const present = parts.filter((part): part is string => Boolean(part))
  return (dir === 'rtl' ? present.map((part) => `\u2068${part}\u2069`) : present).join(' — ')
}
