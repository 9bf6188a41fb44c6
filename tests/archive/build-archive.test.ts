import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildArchive, manifestName, type Catalogue} from '../../src/archive/index.ts'
import type {Statement} from '../../src/load-statement.ts'
import {loadTemplates, type Templates} from '../../src/templates/index.ts'
import {fixtureStatements} from './fixture-statements.ts'
import {checkLinks, siteFiles} from './site-links.ts'

const now = new Date('2026-06-01T00:00:00Z')
let work: string
let statements: Statement[]
let templates: Templates
let site: string
let result: Awaited<ReturnType<typeof buildArchive>>

const read = (path: string) => readFileSync(join(site, path), 'utf8')
const catalogue = () => JSON.parse(read('catalogue.json')) as Catalogue
const entryFor = (source: string) => catalogue().statements.find((statement) => statement.source === source)!

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'statement-packs-archive-'))
  statements = await fixtureStatements()
  templates = await loadTemplates()
  site = join(work, 'site')
  result = await buildArchive(statements, {outDir: site, baseUrl: 'https://example.org/statements', templates, now})
})

afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('the built archive', () => {
  it('has a home page, a page per meeting, organisation and statement, and search', () => {
    const published = catalogue().statements
    expect(published.length).toBe(statements.length - 2)
    for (const statement of published) expect(existsSync(join(site, statement.paths.page))).toBe(true)
    for (const meeting of catalogue().meetings) expect(existsSync(join(site, meeting.page))).toBe(true)
    for (const organisation of catalogue().organisations) expect(existsSync(join(site, organisation.page))).toBe(true)
    expect(result.pages).toEqual(expect.arrayContaining(['index.html', 'search.html', 'organisations/index.html']))
  })

  it('resolves every internal link and asset, and makes no request outside its folder', () => {
    expect(checkLinks(site)).toEqual([])
  })

  it('writes the normalised Markdown beside each statement page and links it', () => {
    const icrc = entryFor('tests/archive/fixtures/site/apmbc-icrc-ifrc-9d.md')
    expect(read(icrc.paths.markdown)).toContain('National implementation is at the heart')
    expect(read(icrc.paths.page)).toContain(`href="../../${icrc.paths.markdown}"`)
  })

  it('gives every statement page the language and direction of its statement', () => {
    const arabic = entryFor('tests/archive/fixtures/site/apmbc-iraq-7a.md')
    expect(read(arabic.paths.page)).toMatch(/<html lang="ar" dir="rtl">/)
    const french = entryFor('tests/archive/fixtures/site/apmbc-belgium-9d.md')
    expect(read(french.paths.page)).toMatch(/<html lang="fr" dir="ltr">/)
  })

  it('is accessible: a skip link to main, landmarks, and headings that never skip a level', () => {
    for (const page of result.pages) {
      const html = read(page)
      expect(html, page).toContain('href="#main"')
      expect(html, page).toMatch(/<main id="main"/)
      expect(html, page).toMatch(/<header class="site-header"/)
      expect(html, page).toMatch(/<nav [^>]*aria-label="Site"/)
      expect(html, page).toMatch(/<input type="search"/)
      const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]))
      expect(levels[0], page).toBe(1)
      expect(levels.filter((level) => level === 1).length, page).toBe(1)
      levels.forEach((level, index) => {
        if (index > 0) expect(level - levels[index - 1]!, `${page}: h${levels[index - 1]} then h${level}`).toBeLessThanOrEqual(1)
      })
    }
  })

  it('leaves drafts and embargoed statements out everywhere, and reports them', () => {
    expect(result.skipped.map((skipped) => [skipped.source, skipped.reason])).toEqual([
      ['tests/archive/fixtures/site/draft-norway.md', 'draft'],
      ['tests/archive/fixtures/site/embargoed-canada.md', 'embargo'],
    ])
    const everything = siteFiles(site)
      .filter((file) => !file.startsWith('assets/fonts/'))
      .map((file) => readFileSync(join(site, file), 'utf8'))
      .join('\n')
    expect(everything).not.toContain('confidential negotiating position')
    expect(everything).not.toContain('under embargo until it is delivered')
    expect(everything).not.toContain('Norway')
  })

  it('publishes an embargoed statement once its date has passed', async () => {
    const later = join(work, 'later')
    await buildArchive(statements, {outDir: later, templates, now: new Date('3000-01-01T00:00:00Z')})
    const published = (JSON.parse(readFileSync(join(later, 'catalogue.json'), 'utf8')) as Catalogue).statements.map((statement) => statement.source)
    expect(published).toContain('tests/archive/fixtures/site/embargoed-canada.md')
    expect(published).not.toContain('tests/archive/fixtures/site/draft-norway.md')
  })

  it('lets no script, style or remote request from a source reach the pages', () => {
    const hostile = entryFor('tests/archive/fixtures/site/hostile.md')
    const page = read(hostile.paths.page)
    expect(hostile.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/)
    expect(page).not.toMatch(/<script(?![^>]*\bsrc="(\.\.\/)*assets\/)/)
    expect(page).not.toMatch(/<(iframe|style|img)\b/)
    expect(page).not.toMatch(/\son[a-z]+=/i)
    expect(page).not.toContain('javascript:')
    expect(page).not.toContain('127.0.0.1')
    // Metadata is escaped, and statement text is never run as a template.
    expect(page).toContain('&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;')
    expect(page).toContain('{{#each this}}{{/each}}')
    expect(page).toContain('{{constructor.constructor(&#x27;alert(1)&#x27;)()}}')
    // Only the site's own scripts, and only on the search page.
    for (const file of result.pages) {
      const scripts = [...read(file).matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
      if (file === 'search.html') expect(scripts).toEqual(['<script src="assets/minisearch.js">', '<script src="assets/search-terms.js">', '<script src="assets/search.js">'])
      else expect(scripts, file).toEqual([])
    }
  })

  it('writes nothing outside the output folder', () => {
    expect(readdirSync(work).sort()).toEqual(expect.arrayContaining(['site']))
    expect(readdirSync(work).filter((name) => !['site', 'later', 'again', 'rebuilt', 'tampered', 'interrupted'].includes(name))).toEqual([])
  })

  it('has a catalogue that validates against its published schema', () => {
    const [schema, metaSchema] = ['catalogue', 'statement-meta'].map((name) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')))
    const validate = new Ajv2020({strict: true, validateFormats: false}).addSchema(metaSchema).compile(schema)
    const valid = validate(catalogue())
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('has an Atom feed of the newest statements and a sitemap of every page', () => {
    const feed = read('feed.xml')
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((match) => match[1]!)
    expect(updated.length).toBeGreaterThan(0)
    expect([...updated].sort().reverse()).toEqual(updated)
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://example.org/statements/apmbc-22msp/')
    const sitemap = read('sitemap.xml')
    expect(sitemap.match(/<loc>/g)?.length).toBe(result.pages.length)
    expect(sitemap).toContain('<loc>https://example.org/statements/</loc>')
  })

  it('is deterministic: the same statements give the same files, byte for byte', async () => {
    const again = join(work, 'again')
    await buildArchive([...statements].reverse(), {outDir: again, baseUrl: 'https://example.org/statements', templates, now})
    const files = siteFiles(site)
    expect(siteFiles(again)).toEqual(files)
    for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(site, file))), file).toBe(true)
  })
})

describe('rebuilding', () => {
  it('removes the pages of a removed statement and keeps files the archive did not write', async () => {
    const out = join(work, 'rebuilt')
    await buildArchive(statements, {outDir: out, templates, now})
    writeFileSync(join(out, 'notes.txt'), 'mine')
    writeFileSync(join(out, 'apmbc-22msp', 'keep.txt'), 'mine too')
    const before = JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')) as Catalogue
    const removed = before.statements.find((statement) => statement.source === 'tests/archive/fixtures/site/ccm-china-10b.md')!
    const ghana = before.statements.find((statement) => statement.source === 'tests/archive/fixtures/site/ccm-ghana-8b.md')!
    const chinaFolder = removed.id

    const second = await buildArchive(
      statements.filter((statement) => statement.source !== removed.source),
      {outDir: out, templates, now},
    )
    expect(existsSync(join(out, chinaFolder))).toBe(false)
    expect(existsSync(join(out, 'organisations/china'))).toBe(false)
    expect(second.removed).toEqual(expect.arrayContaining([removed.paths.page, removed.paths.markdown]))
    const meetingPage = readFileSync(join(out, 'ccm-13msp/index.html'), 'utf8')
    expect(meetingPage).not.toContain('中国代表团的发言')
    expect(meetingPage).toContain('Statement of Ghana on Universalization')
    expect(existsSync(join(out, ghana.paths.page))).toBe(true)
    const after = JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')) as Catalogue
    expect(after.statements.map((statement) => statement.source)).not.toContain(removed.source)
    const searchFiles = siteFiles(out).filter((file) => file.startsWith('search/')).map((file) => readFileSync(join(out, file), 'utf8')).join('')
    expect(searchFiles).not.toContain('中国代表团的发言')
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine')
    expect(readFileSync(join(out, 'apmbc-22msp', 'keep.txt'), 'utf8')).toBe('mine too')
    expect(checkLinks(out)).toEqual([])
    const manifest = JSON.parse(readFileSync(join(out, manifestName), 'utf8')) as {files: string[]}
    expect(manifest.files).toEqual(second.written)
    expect(manifest.files).not.toContain('notes.txt')
  })

  it('removes the files of an interrupted build on the next one', async () => {
    const out = join(work, 'interrupted')
    const first = statements.filter((statement) => statement.source.includes('apmbc-'))
    const second = statements.filter((statement) => statement.source.includes('ccm-'))
    await buildArchive(first, {outDir: out, templates, now})
    const failing: Templates = {
      ...templates,
      render: (layout, data) => {
        if (layout === 'archive/home') throw new Error('interrupted')
        return templates.render(layout, data)
      },
    }
    await expect(buildArchive(second, {outDir: out, templates: failing, now})).rejects.toThrow('interrupted')
    expect(existsSync(join(out, 'ccm-13msp', 'index.html'))).toBe(true)
    await buildArchive(first, {outDir: out, templates, now})
    expect(existsSync(join(out, 'ccm-13msp'))).toBe(false)
    expect(checkLinks(out)).toEqual([])
  })

  it('never deletes outside the folder or a file the manifest does not list, even from a tampered manifest', async () => {
    const out = join(work, 'tampered')
    mkdirSync(out, {recursive: true})
    writeFileSync(join(work, 'outside.txt'), 'outside')
    writeFileSync(join(out, 'mine.txt'), 'mine')
    writeFileSync(join(out, manifestName), JSON.stringify({files: ['../outside.txt', '/etc/hostname', '.', '', 'missing.html']}))
    const built = await buildArchive(statements.slice(0, 2), {outDir: out, templates, now})
    expect(built.removed).toEqual([])
    expect(readFileSync(join(work, 'outside.txt'), 'utf8')).toBe('outside')
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('mine')
    rmSync(join(work, 'outside.txt'))
  })
})
