import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, extname, join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {buildArchive, type Catalogue} from '../../src/archive/index.ts'
import {fixtureStatements} from './fixture-statements.ts'
import {checkLinks} from './site-links.ts'

const work = mkdtempSync(join(tmpdir(), 'statement-packs-archive-pdf-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('the archive with reading copies (--pdf)', () => {
  it('prints a PDF beside each statement page, links it, lists it, and removes it when rebuilt without', async () => {
    const statements = (await fixtureStatements()).filter((statement) => /apmbc-(chile|iraq)/.test(statement.source))
    const site = join(work, 'site')
    const built = await buildArchive(statements, {outDir: site, pdf: true, concurrency: 1, now: new Date('2026-06-01T00:00:00Z')})
    expect(built.failed).toEqual([])
    const catalogue = JSON.parse(readFileSync(join(site, 'catalogue.json'), 'utf8')) as Catalogue
    // Named as `render` and `build` name the same source's reading copy.
    const readingCopies = statements.map((statement) => `reading-copies/${basename(statement.source, extname(statement.source))}.pdf`)
    expect(catalogue.statements.map((statement) => statement.paths.pdf).sort()).toEqual(readingCopies.sort())
    for (const statement of catalogue.statements) {
      const pdf = readFileSync(join(site, statement.paths.pdf!))
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      expect(readFileSync(join(site, statement.paths.page), 'utf8')).toContain(`href="../../${statement.paths.pdf}"`)
      expect(built.written).toContain(statement.paths.pdf)
    }
    expect(checkLinks(site)).toEqual([])

    const rebuilt = await buildArchive(statements, {outDir: site, now: new Date('2026-06-01T00:00:00Z')})
    for (const statement of catalogue.statements) {
      expect(existsSync(join(site, statement.paths.pdf!))).toBe(false)
      expect(rebuilt.removed).toContain(statement.paths.pdf)
      expect(readFileSync(join(site, statement.paths.page), 'utf8')).not.toContain('.pdf"')
    }
  }, 120_000)
})
