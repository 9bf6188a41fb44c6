import type {Statement} from '../load-statement.ts'

export interface SkippedStatement {
  source: string
  reason: 'draft' | 'embargo'
  /** Human-readable: "draft: true in front matter", "embargoed until 2030-01-01". */
  message: string
}

/** Statements marked `draft: true`, or whose `embargo` is still ahead of `now`, stay out of the archive. */
export function selectPublished<S extends Pick<Statement, 'source' | 'meta'>>(statements: readonly S[], now: Date): {published: S[]; skipped: SkippedStatement[]} {
  const published: S[] = []
  const skipped: SkippedStatement[] = []
  for (const statement of statements) {
    const {draft, embargo} = statement.meta
    if (draft) {
      skipped.push({source: statement.source, reason: 'draft', message: 'draft: true in front matter'})
    } else if (embargo !== null && !(Date.parse(embargo) <= now.getTime())) {
      skipped.push({source: statement.source, reason: 'embargo', message: `embargoed until ${embargo}`})
    } else {
      published.push(statement)
    }
  }
  return {published, skipped}
}
