import type {Statement} from './load-statement.ts'

const collator = new Intl.Collator('en', {numeric: true, sensitivity: 'base'})

/** Natural order of agenda item keys: "8a" < "9d" < "10b" < "11". Statements without an item come last. */
export function compareAgendaKeys(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0
  if (a === null || a === undefined) return 1
  if (b === null || b === undefined) return -1
  return collator.compare(a, b)
}

function compareNullable<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return compare(a, b)
}

/** Within one agenda item: by date, then front matter `order`, then source file name. */
export function compareWithinAgendaItem(a: Pick<Statement, 'meta' | 'source'>, b: Pick<Statement, 'meta' | 'source'>): number {
  return (
    compareNullable(a.meta.dates?.start ?? null, b.meta.dates?.start ?? null, (x, y) => x.localeCompare(y)) ||
    compareNullable(a.meta.order, b.meta.order, (x, y) => x - y) ||
    collator.compare(a.source, b.source)
  )
}

/** The order of statements in a pack: agenda item key (natural), then date, then `order`, then file name. */
export function compareStatements(a: Pick<Statement, 'meta' | 'source'>, b: Pick<Statement, 'meta' | 'source'>): number {
  return compareAgendaKeys(a.meta.agendaItem?.key, b.meta.agendaItem?.key) || compareWithinAgendaItem(a, b)
}
