import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildArchive} from '../../src/archive/index.ts'
import {archive, type ArchiveCommandResult} from '../../src/commands/archive.ts'
import {InterruptedError} from '../../src/errors.ts'
import {loadStatement} from '../../src/load-statement.ts'
import {inventedStatement} from '../invented-statement.ts'

// The command keeps each statement's text in a private temporary folder until its page is laid
// out; the site must be the one buildArchive makes from the same statements held in memory.

const now = new Date('2026-06-01T00:00:00Z')
let work: string
let temporary: string
let savedTmpdir: string | undefined
let streamed: ArchiveCommandResult
/** What the command's own temporary folder held while the pages were being laid out. */
let duringLayout: string[] = []

const conventions = [
  ['apmbc', 'Anti-Personnel Mine Ban Convention'],
  ['ccm', 'Convention on Cluster Munitions'],
] as const
const languages = ['en', 'fr', 'es', 'ru'] as const

/** A statement of its own words: two conventions, three meetings, five delegations, four languages. */
function statementSource(index: number): string {
  const [prefix, convention] = conventions[index % 2]!
  const meeting = 20 + (index % 3)
  const language = languages[index % 4]!
  const item = String(5 + (index % 4))
  return inventedStatement(
    {title: `Statement ${index} on item ${item}`, organisation: `Delegation ${'ABCDE'[index % 5]}`, meeting: `${meeting}th Meeting of States Parties`, convention, meetingKey: `${prefix}-${meeting}msp`, date: `20${meeting}-11-${String(1 + (index % 28)).padStart(2, '0')}`, item, language},
    [
      `Delegation number ${index} reports clearance of ${index * 7} square kilometres and ${index % 9} stockpiles destroyed this year.`,
      `It thanks the implementation support unit, and asks the meeting to record progress item ${index}.`,
    ],
  )
}

/** The tool's folders in the temporary folder (tsx, which runs the reading threads in tests, keeps its own there). */
const ourTemporaryFolders = () => readdirSync(temporary).filter((name) => name.startsWith('statement-packs-'))

/** Every file under `folder` → its bytes. */
function filesOf(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
  return new Map(files.map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]))
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'statement-packs-archive-streaming-'))
  temporary = join(work, 'tmp')
  mkdirSync(temporary)
  mkdirSync(join(work, 'sources'))
  for (let index = 0; index < 36; index++) writeFileSync(join(work, 'sources', `statement-${String(index).padStart(2, '0')}.md`), statementSource(index))
  // The same statement twice (built once), and a source that cannot be read.
  copyFileSync(join(work, 'sources', 'statement-07.md'), join(work, 'sources', 'statement-99-copy-of-07.md'))
  writeFileSync(join(work, 'sources', 'empty.txt'), '')
  // os.tmpdir() follows TMPDIR: the command's temporary folder is made where the test can see it.
  savedTmpdir = process.env.TMPDIR
  process.env.TMPDIR = temporary
  streamed = await archive(['sources'], {output: 'streamed', now, onProgress: (progress) => {
    if (progress.phase === 'statements' && progress.done === 1) duringLayout = ourTemporaryFolders()
  }}, work)
})

afterAll(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmpdir
  rmSync(work, {recursive: true, force: true})
})

describe('archive, with each statement\'s text kept on disk until its page is laid out', () => {
  it('makes, file for file and byte for byte, the site buildArchive makes from the same statements in memory', async () => {
    const readable = readdirSync(join(work, 'sources'))
      .filter((name) => name !== 'empty.txt' && name !== 'statement-99-copy-of-07.md')
      .map((name) => `sources/${name}`)
    const inMemory = await Promise.all(readable.map(async (source) => ({...(await loadStatement(join(work, source))), messages: [], source})))
    await buildArchive(inMemory, {outDir: join(work, 'in-memory'), now})

    const expected = filesOf(join(work, 'in-memory'))
    const actual = filesOf(join(work, 'streamed'))
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    expect(actual.size).toBeGreaterThan(36 * 3)
    for (const [path, bytes] of expected) expect(actual.get(path)!.equals(bytes), path).toBe(true)
  })

  it('reports the unreadable source and the duplicate, and archives the others', () => {
    const bySource = new Map(streamed.sources.map((result) => [result.source, result]))
    expect(bySource.get('sources/empty.txt')).toMatchObject({failed: true})
    expect(bySource.get('sources/statement-99-copy-of-07.md')!.messages.map((message) => message.ruleId)).toContain('duplicate-statement')
    expect(streamed.pages.filter((page) => /^(apmbc|ccm)-\d+msp\/.+\/index\.html$/.test(page))).toHaveLength(36)
  })

  it('kept the texts in a temporary folder of its own while laying out, and removed it afterwards', () => {
    expect(duringLayout).toEqual([expect.stringMatching(/^statement-packs-archive-/)])
    expect(ourTemporaryFolders()).toEqual([])
  })

  it('removes its temporary folder when interrupted while reading, and writes no site', async () => {
    const controller = new AbortController()
    const interrupted = archive(['sources'], {output: 'interrupted', now, signal: controller.signal, onProgress: (progress) => {
      if (progress.phase === 'load' && progress.done === 3) controller.abort()
    }}, work)
    await expect(interrupted).rejects.toBeInstanceOf(InterruptedError)
    expect(ourTemporaryFolders()).toEqual([])
    expect(readdirSync(work)).not.toContain('interrupted')
  })

  it('removes its temporary folder when the site cannot be written', async () => {
    // A file where the site's folder for a meeting would go: the build stops with an error.
    mkdirSync(join(work, 'blocked'))
    writeFileSync(join(work, 'blocked', 'apmbc-20msp'), 'in the way')
    await expect(archive(['sources'], {output: 'blocked', now}, work)).rejects.toThrow(/apmbc-20msp/)
    expect(ourTemporaryFolders()).toEqual([])
  })
})
