import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadStatement, type Statement} from '../../src/load-statement.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixtures = join(root, 'tests/archive/fixtures/site')

/** Real statements from sources/, read by the normaliser as it is today. */
export const bundledSources = [
  'sources/apmbc-22msp-2025-icrc-ifrc-national-implementation.txt',
  'sources/apmbc-intersessional-2025-belgium-fr.txt',
  'sources/ccw-mhcp-2025-kazakhstan-ru.txt',
]

/** The archive fixtures (explicit front matter: meetings, agenda items, six languages, draft, embargo, hostile) plus a few bundled sources. */
export async function fixtureStatements(): Promise<Statement[]> {
  const files = [
    ...readdirSync(fixtures)
      .sort()
      .map((name) => `tests/archive/fixtures/site/${name}`),
    ...bundledSources,
  ]
  return Promise.all(files.map(async (file) => ({...(await loadStatement(join(root, file))), source: file})))
}
