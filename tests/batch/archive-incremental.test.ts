import {mkdir, mkdtemp, readFile, rm, unlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../src/commands/build.ts'
import {inventedStatement} from '../invented-statement.ts'
import {countingStages, snapshot} from './build-helpers.ts'

// A build after a change renders the archive pages that show the change and no other, and leaves
// the site as a cold build of the same sources would, byte for byte. Written statements: two
// meetings; item 5 of the first holds three statements in a row (each page links its neighbours).

interface Fixture {
  title: string
  organisation: string
  meeting: 'first' | 'second'
  item: string
  day: number
  words: string
}

const meetings = {
  first: {name: '21st Meeting of States Parties', key: 'apmbc-21msp', year: 2023},
  second: {name: '22nd Meeting of States Parties', key: 'apmbc-22msp', year: 2024},
}

function source({title, organisation, meeting, item, day, words}: Fixture): string {
  const {name, key, year} = meetings[meeting]
  return inventedStatement(
    {title, organisation, meeting: name, convention: 'Anti-Personnel Mine Ban Convention', meetingKey: key, date: `${year}-11-${String(day).padStart(2, '0')}`, item, language: 'en'},
    [`${words} Our delegation reports on the clearance of the northern districts and on the assistance given to survivors.`],
  )
}

const fixtures: Record<string, Fixture> = {
  'a.md': {title: 'Opening remarks', organisation: 'Ghana', meeting: 'first', item: '5', day: 1, words: 'We begin with thanks.'},
  'b.md': {title: 'Clearance update', organisation: 'Chile', meeting: 'first', item: '5', day: 2, words: 'The plan advances.'},
  'c.md': {title: 'Victim assistance', organisation: 'Belgium', meeting: 'first', item: '5', day: 3, words: 'Survivors come first.'},
  'd.md': {title: 'Cooperation', organisation: 'Belgium', meeting: 'first', item: '7', day: 4, words: 'Partners matter.'},
  'e.md': {title: 'Universalisation', organisation: 'Chile', meeting: 'second', item: '9', day: 5, words: 'Every State should join.'},
}

const config = {sources: ['sources'], output: 'output', outputs: {readingCopies: ['html'], delegationPacks: false, archive: true}}

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'sp-archive-incremental-'))
  await mkdir(join(root, 'sources'))
  await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify(config))
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, 'sources', name), text)
  return root
}

/** Every file of the output folder but the build's own state, by content. */
async function site(root: string): Promise<Map<string, string>> {
  const files = await snapshot(join(root, 'output'))
  return new Map([...files].filter(([file]) => !file.startsWith('.statement-packs/')).map(([file, state]) => [file, state.hash]))
}

describe('the archive after a change', () => {
  const {stages, counts, reset} = countingStages()
  const folders: string[] = []
  let root: string
  const current: Record<string, string> = Object.fromEntries(Object.entries(fixtures).map(([name, fixture]) => [name, source(fixture)]))
  /** Source file name → its statement page, as the cold build placed it. */
  let pageOf: Map<string, string>
  const page = (name: string) => pageOf.get(name)!

  /** Build `root` as it now is: the pages rendered, and whether the site equals a cold build of the same sources. */
  const rebuild = async () => {
    reset()
    const report = await build({}, root, {stages})
    expect(report.status).toBe('success')
    const rendered = [...counts.archivePages].sort()
    const cold = await project(current)
    folders.push(cold)
    await build({}, cold, {stages: countingStages().stages})
    return {rendered, site: await site(root), cold: await site(cold)}
  }

  beforeAll(async () => {
    root = await project(current)
    folders.push(root)
    reset()
    await build({}, root, {stages})
    const parsed = JSON.parse(await readFile(join(root, 'output', 'catalogue.json'), 'utf8')) as {statements: {source: string; paths: {page: string}}[]}
    pageOf = new Map(parsed.statements.map((entry) => [entry.source.replace('sources/', ''), entry.paths.page]))
  }, 120_000)

  afterAll(() => Promise.all(folders.map((folder) => rm(folder, {recursive: true, force: true}))))

  it('renders every page of a cold build', async () => {
    expect(counts.archivePages).toContain('index.html')
    expect(counts.archivePages).toContain(page('e.md'))
    expect(counts.archivePages).toHaveLength(5 + 2 + 3 + 3)
  })

  it('after an edit of the words only, renders that statement page alone', async () => {
    current['c.md'] = source({...fixtures['c.md']!, words: 'Survivors come first, and their families too.'})
    await writeFile(join(root, 'sources', 'c.md'), current['c.md'])
    const {rendered, site, cold} = await rebuild()
    expect(rendered).toEqual([page('c.md')])
    expect(site).toEqual(cold)
  }, 120_000)

  it('after a new title, renders its page, its neighbours, its meeting and its organisation', async () => {
    current['b.md'] = source({...fixtures['b.md']!, title: 'Clearance completed'})
    await writeFile(join(root, 'sources', 'b.md'), current['b.md'])
    const {rendered, site, cold} = await rebuild()
    expect(rendered).toEqual([page('a.md'), page('b.md'), page('c.md'), 'apmbc-21msp/index.html', 'organisations/chile/index.html'].sort())
    expect(site).toEqual(cold)
  }, 120_000)

  it('after a statement is added, renders it, its neighbour, its meeting, its organisation and what counts or lists them', async () => {
    current['f.md'] = source({title: 'Closing remarks', organisation: 'Kenya', meeting: 'first', item: '5', day: 6, words: 'We close with hope.'})
    await writeFile(join(root, 'sources', 'f.md'), current['f.md'])
    const {rendered, site, cold} = await rebuild()
    const added = 'apmbc-21msp/5-kenya/index.html'
    expect(site.has(added)).toBe(true)
    // A new organisation: its page, and the search page's filter names it.
    expect(rendered).toEqual([added, page('c.md'), 'apmbc-21msp/index.html', 'organisations/kenya/index.html', 'index.html', 'organisations/index.html', 'search.html'].sort())
    expect(site).toEqual(cold)
  }, 120_000)

  it('after a statement is removed, renders its neighbour, its meeting and what counts or lists them, and its pages are gone', async () => {
    delete current['a.md']
    await unlink(join(root, 'sources', 'a.md'))
    const {rendered, site, cold} = await rebuild()
    // It was Ghana's only statement: Ghana's page goes, and the search page's filter no longer names it.
    expect(rendered).toEqual([page('b.md'), 'apmbc-21msp/index.html', 'index.html', 'organisations/index.html', 'search.html'].sort())
    expect(site.has(page('a.md'))).toBe(false)
    expect(site.has('organisations/ghana/index.html')).toBe(false)
    expect(site).toEqual(cold)
  }, 120_000)
})
