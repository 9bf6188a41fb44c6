/** What an invented statement's front matter gives: a meeting of a treaty, an agenda item, one delegation. */
export interface InventedStatement {
  title: string
  organisation: string
  meeting: string
  convention: string
  meetingKey: string
  /** ISO date. */
  date: string
  item: string
  language: string
}

/**
 * An invented statement as a source file: its metadata in front matter (so that the normaliser's reading
 * of a header does not enter what a test or a bench measures), a salutation, `paragraphs` and thanks.
 * Shared by the tests and benches that need many statements of known metadata.
 */
export function inventedStatement(meta: InventedStatement, paragraphs: readonly string[]): string {
  return [
    '---',
    `title: "${meta.title}"`,
    `organisations: ["${meta.organisation}"]`,
    `meeting: "${meta.meeting}"`,
    `convention: "${meta.convention}"`,
    'venue: Geneva',
    `meetingKey: ${meta.meetingKey}`,
    `dates: ${meta.date}`,
    `agendaItem: {number: "${meta.item}", title: "Agenda item ${meta.item}"}`,
    `language: ${meta.language}`,
    '---',
    '',
    'Mr. President,',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    'Thank you.',
    '',
  ].join('\n')
}
