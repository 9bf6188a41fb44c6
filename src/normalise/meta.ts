/**
 * The metadata contract: what a statement says about itself, read from its
 * header block and overridden by explicit YAML front matter.
 * Every field is present; `null` or `[]` when the text does not say.
 */
export interface DateRange {
  /** ISO date `YYYY-MM-DD`. */
  start: string
  /** ISO date `YYYY-MM-DD`; equals `start` for a single day. */
  end: string
}

export interface AgendaItem {
  /** As written, without trailing punctuation: "8a", "9.d", "10(b)", "7 (c)". */
  number: string
  /** Normalised for ordering and grouping: "8a", "9d", "10b", "7c". */
  key: string
  /** In the statement's language, without quotes, bold or dashes. */
  title: string | null
}

/** Who takes the floor, for the time limits that differ by kind of delegation. */
export const delegationKinds = ['state', 'group', 'international-organisation', 'civil-society'] as const
export type DelegationKind = (typeof delegationKinds)[number]

export interface StatementMeta {
  title: string | null
  /** Delivering organisation first; States by short English name, organisations by full English name. */
  organisations: string[]
  /** The kind of the first organisation; front matter may set it. */
  delegationKind: DelegationKind | null
  speaker: string | null
  /** Canonical English name, e.g. "22nd Meeting of States Parties". */
  meeting: string | null
  /** Canonical English name, e.g. "Anti-Personnel Mine Ban Convention". */
  convention: string | null
  /** Canonical English name, e.g. "Geneva". */
  venue: string | null
  /** Short stable ASCII key shared by every statement of the meeting, e.g. "apmbc-22msp". */
  meetingKey: string | null
  /** The header lines as written, markup removed. */
  heading: string[]
  dates: DateRange | null
  agendaItem: AgendaItem | null
  /** BCP 47 primary language tag. */
  language: string | null
  checkAgainstDelivery: boolean
  /** Front matter only: tie-breaker when ordering statements. */
  order: number | null
  /** Front matter only: kept out of archives. */
  draft: boolean
  /** Front matter only: ISO date before which the statement stays out of archives. */
  embargo: string | null
}

export function emptyMeta(): StatementMeta {
  return {
    title: null,
    organisations: [],
    delegationKind: null,
    speaker: null,
    meeting: null,
    convention: null,
    venue: null,
    meetingKey: null,
    heading: [],
    dates: null,
    agendaItem: null,
    language: null,
    checkAgainstDelivery: false,
    order: null,
    draft: false,
    embargo: null,
  }
}
