import {normalise} from '../../src/normalise/index.ts'
import {statementFrom, type Statement} from '../../src/load-statement.ts'

export interface FixtureFields {
  title?: string
  organisations?: string[]
  speaker?: string
  meeting?: string
  /** The header lines as the statement writes them (a page prints a name in English only where they do). */
  heading?: string[]
  convention?: string
  venue?: string
  language?: string
  dates?: {start: string; end: string}
  agendaItem?: {number: string; title?: string}
  checkAgainstDelivery?: boolean
  order?: number
}

/** A statement with explicit front matter, so tests never depend on what the header reader infers. */
export function statementFixture(source: string, fields: FixtureFields, body: string): Statement {
  const yaml = JSON.stringify(fields, null, 2) // JSON is YAML
  return statementFrom(source, normalise(`---\n${yaml}\n---\n\n${body}\n`, {path: source}))
}

export const englishFields: FixtureFields = {
  title: 'Statement on victim assistance',
  organisations: ['International Committee of the Red Cross'],
  speaker: 'Jane Doe',
  meeting: '22nd Meeting of States Parties',
  convention: 'Anti-Personnel Mine Ban Convention',
  venue: 'Geneva',
  language: 'en',
  dates: {start: '2025-12-01', end: '2025-12-05'},
  agendaItem: {number: '9d', title: 'Victim assistance'},
  checkAgainstDelivery: true,
}
