import {describe, expect, it} from 'vitest'
import {buildCatalogue, catalogueJson} from '../../src/archive/catalogue.ts'
import {planArchive} from '../../src/archive/plan-archive.ts'
import {fixtureStatements} from './fixture-statements.ts'

describe('catalogue.json', () => {
  it('is written in pieces that make exactly the indented JSON of the whole catalogue', async () => {
    const statements = await fixtureStatements()
    const catalogue = buildCatalogue(planArchive(statements), {baseUrl: 'https://example.org/archive/', pdfPaths: new Map([[0, 'reading-copies/a.pdf']])})
    const pieces = [...catalogueJson(catalogue)]
    expect(pieces.length).toBeGreaterThan(statements.length)
    expect(pieces.join('')).toBe(`${JSON.stringify(catalogue, null, 2)}\n`)
  })

  it('writes an empty site as JSON.stringify does', () => {
    const catalogue = buildCatalogue(planArchive([]), {baseUrl: null, pdfPaths: new Map()})
    expect([...catalogueJson(catalogue)].join('')).toBe(`${JSON.stringify(catalogue, null, 2)}\n`)
  })
})
