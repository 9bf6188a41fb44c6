import {appendFile, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../src/commands/build.ts'
import {reservedNames} from '../../src/file-safety/reserved-names.ts'
import type {BuildReport} from '../../src/report/build-report.ts'
import {readPdf, type ReadPdf} from '../render/read-pdf.ts'
import {countingStages, projectWith, snapshot, touched, type FileState, type RenderCounts} from './build-helpers.ts'

// One project built step by step (clean, again, after an edit, after a deletion): each step
// is checked against what the previous one left on disk. Real templates and Chromium.
// In the report's (natural) order: "5rc" before "22msp".
const names = [
  'apmbc-5rc-2024-ifrc-universalisation.txt',
  'apmbc-22msp-2025-icrc-ifrc-national-implementation.txt',
  'ccw-mhcp-2025-ccpac-email-en.txt',
  'ccw-mhcp-2025-kazakhstan-ru.txt',
]
const edited = 'sources/apmbc-5rc-2024-ifrc-universalisation.txt'
const deleted = 'sources/ccw-mhcp-2025-ccpac-email-en.txt'

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('statement-packs build, step by step', () => {
  let root: string
  let out: string
  const {stages, counts, reset} = countingStages()
  const reports: Record<'clean' | 'again' | 'edited' | 'deleted', BuildReport | null> = {clean: null, again: null, edited: null, deleted: null}
  const states: Record<'clean' | 'again' | 'edited' | 'deleted', Map<string, FileState> | null> = {clean: null, again: null, edited: null, deleted: null}
  const renders: Record<string, RenderCounts> = {}
  /** The PDFs of the clean build, read back before later steps change them. */
  const cleanPdfs = new Map<string, ReadPdf>()
  const catalogues: Record<string, {statements: {source: string; paths: {page: string}; meta: {title: string | null}}[]}> = {}

  const step = async (name: keyof typeof reports) => {
    reset()
    reports[name] = await build({}, root, {stages})
    renders[name] = {...counts, readingCopies: [...counts.readingCopies].sort(), packs: [...counts.packs].sort()}
    states[name] = await snapshot(out)
    catalogues[name] = JSON.parse(await readFile(join(out, 'catalogue.json'), 'utf8'))
  }

  beforeAll(async () => {
    root = await projectWith(names)
    out = join(root, 'output')
    await step('clean')
    for (const file of states.clean!.keys()) {
      if (file.endsWith('.pdf') && !file.startsWith('.')) cleanPdfs.set(file, await readPdf(await readFile(join(out, file))))
    }
    // A file of the user's in the output folder: no build may touch it.
    await writeFile(join(out, 'NOTES.txt'), 'mine')
    states.clean!.set('NOTES.txt', (await snapshot(out)).get('NOTES.txt')!)
    await step('again')
    await appendFile(join(root, edited), '\nWe thank the Presidency for its tireless work on universalisation.\n')
    await step('edited')
    await rm(join(root, deleted))
    await step('deleted')
  }, 240_000)

  afterAll(() => rm(root, {recursive: true, force: true}))

  it('builds from clean: a reading copy (PDF + HTML) per statement, a pack per meeting and delegation, the archive', async () => {
    const report = reports.clean!
    expect(report.status).toBe('success')
    expect(report.sources.map((source) => [source.source, source.status])).toEqual(names.map((name) => [`sources/${name}`, 'built']))
    const warnings = report.sources.flatMap((source) => source.diagnostics).filter((diagnostic) => diagnostic.severity === 'warning').length
    expect(report.summary).toEqual({sources: names.length, built: names.length, upToDate: 0, duplicates: 0, failed: 0, warnings, packs: report.packs.length, removed: 0})
    const titles = new Map(catalogues.clean!.statements.map((entry) => [entry.source, entry.meta.title]))
    for (const source of report.sources) {
      expect(source.outputs.filter((file) => file.endsWith('.pdf'))).toHaveLength(1)
      expect(source.outputs.filter((file) => file.endsWith('.html'))).toHaveLength(1)
      // What a reader's viewer shows: the statement's title in the window and as its first bookmark, on page 1.
      const pdf = cleanPdfs.get(source.outputs.find((file) => file.endsWith('.pdf'))!)!
      const title = titles.get(source.source)!
      expect(title).toBeTruthy()
      expect(pdf.info.Title).toBe(title)
      expect(pdf.outline[0]).toEqual({title, page: 1, depth: 0})
      expect(flat(pdf.pages[0]!)).toContain(flat(title))
    }
    // Every statement is in exactly one delegation pack, which holds its text.
    const packed = report.packs.flatMap((pack) => pack.statements)
    expect([...packed].sort()).toEqual(report.sources.map((source) => source.source).sort())
    for (const pack of report.packs) {
      expect(pack.status).toBe('built')
      expect(pack.file).toMatch(/^packs\/[a-z0-9-]+\/[a-z0-9-]+\.pdf$/)
      const pdf = cleanPdfs.get(pack.file)!
      // The cover shows the title the viewer's window does (a pack without one is "Statements" in its language).
      expect(pdf.info.Title).toBeTruthy()
      if (pack.title !== null) expect(pdf.info.Title).toBe(pack.title)
      expect(flat(pdf.pages[0]!)).toContain(pdf.info.Title)
      // A cover and contents, then each statement from a new page, each a bookmark in pack order.
      const starts = pdf.outline.filter((entry) => entry.depth === 0).slice(-pack.statements.length)
      expect(starts.map((entry) => entry.title)).toEqual(pack.statements.map((source) => titles.get(source)))
      expect(starts[0]!.page).toBeGreaterThan(1)
      starts.forEach((entry, index) => expect(entry.page).toBeGreaterThan(starts[index - 1]?.page ?? 1))
      expect(pdf.pageCount).toBeGreaterThanOrEqual(starts.at(-1)!.page)
    }
    // The two CCW statements were delivered by different delegations: two packs for one meeting.
    const ccwPacks = report.packs.filter((pack) => pack.statements.some((source) => source.includes('ccw-mhcp')))
    expect(ccwPacks).toHaveLength(2)
    expect(report.archive?.status).toBe('built')
    expect(catalogues.clean!.statements).toHaveLength(names.length)
    expect(states.clean!.has('index.html')).toBe(true)
    // At the top of the folder: only the reserved names, and the meetings' folders, none of which takes one.
    const meetings = new Set(catalogues.clean!.statements.map((entry) => entry.paths.page.split('/')[0]!))
    for (const meeting of meetings) expect(reservedNames.has(meeting)).toBe(false)
    const topLevel = new Set([...states.clean!.keys()].filter((file) => file !== 'NOTES.txt').map((file) => file.split('/')[0]!))
    expect([...topLevel].filter((name) => !reservedNames.has(name) && !meetings.has(name))).toEqual([])
  })

  it('builds again without rendering anything and reports everything up to date', () => {
    const report = reports.again!
    expect(report.summary).toMatchObject({sources: names.length, built: 0, upToDate: names.length, failed: 0, removed: 0})
    expect(report.packs.every((pack) => pack.status === 'up-to-date')).toBe(true)
    expect(report.archive?.status).toBe('up-to-date')
    expect(renders.again).toEqual({readingCopies: [], packs: [], archives: 0, archivePages: []})
    // Sources written as the first build started are read again, and their stamps kept for the next build.
    expect(touched(states.clean!, states.again!).filter((file) => file !== '.statement-packs/source-stamps.json')).toEqual([])
  })

  it('after an edit rebuilds only that statement, its pack and the archive pages that show it', () => {
    const report = reports.edited!
    expect(report.sources.filter((source) => source.status === 'built').map((source) => source.source)).toEqual([edited])
    expect(renders.edited!.readingCopies).toEqual([edited])
    const editedPack = report.packs.find((pack) => pack.statements.includes(edited))!
    expect(report.packs.filter((pack) => pack.status === 'built').map((pack) => pack.file)).toEqual([editedPack.file])
    const changed = touched(states.again!, states.edited!)
    const editedOutputs = report.sources.find((source) => source.source === edited)!.outputs
    for (const file of [...editedOutputs, editedPack.file]) expect(changed).toContain(file)
    // Nothing of the other statements was written again: reading copies, packs, their archive pages.
    const others = report.sources.filter((source) => source.source !== edited)
    for (const file of [...others.flatMap((source) => source.outputs), ...report.packs.filter((pack) => pack !== editedPack).map((pack) => pack.file)]) {
      expect(changed).not.toContain(file)
    }
    const catalogue = catalogues.edited!
    const otherPages = catalogue.statements.filter((entry) => entry.source !== edited).map((entry) => entry.paths.page)
    expect(otherPages.length).toBeGreaterThan(0)
    for (const page of otherPages) expect(changed).not.toContain(page)
    expect(changed).toContain(catalogue.statements.find((entry) => entry.source === edited)!.paths.page)
    expect(changed).not.toContain('NOTES.txt')
  })

  it('after deleting a source removes its outputs, and only files the build wrote', () => {
    const report = reports.deleted!
    const before = reports.edited!.sources.find((source) => source.source === deleted)!
    expect(report.sources.map((source) => source.source)).not.toContain(deleted)
    for (const file of before.outputs) {
      expect(states.deleted!.has(file)).toBe(false)
      expect(report.removed).toContain(file)
    }
    // It was the only statement of its delegation at that meeting: its pack went too.
    const lonePack = reports.edited!.packs.find((pack) => pack.statements.length === 1 && pack.statements[0] === deleted)!
    expect(states.deleted!.has(lonePack.file)).toBe(false)
    expect(renders.deleted!.readingCopies).toEqual([])
    expect(states.deleted!.get('NOTES.txt')?.hash).toBe(states.clean!.get('NOTES.txt')?.hash)
    expect(catalogues.deleted!.statements.map((entry) => entry.source)).toEqual(expect.not.arrayContaining([deleted]))
    expect(catalogues.deleted!.statements).toHaveLength(names.length - 1)
    // Its archive page went too, without --force.
    const page = catalogues.edited!.statements.find((entry) => entry.source === deleted)!.paths.page
    expect(states.deleted!.has(page)).toBe(false)
    expect(report.removed).toContain(page)
  })
})

