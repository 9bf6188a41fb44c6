import {mkdir, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../src/commands/build.ts'
import {sourceStamp} from '../../src/batch/source-stamps.ts'

describe("a source's stamp", () => {
  let folder: string
  beforeAll(async () => (folder = await mkdtemp(join(tmpdir(), 'sp-source-stamp-'))))
  afterAll(() => rm(folder, {recursive: true, force: true}))

  it('changes with the content, and with how the file is read', async () => {
    const file = join(folder, 'edited.txt')
    await writeFile(file, 'Mr President,\n')
    const first = sourceStamp(file, {})!.stamp
    expect(sourceStamp(file, {})!.stamp).toBe(first)
    expect(sourceStamp(file, {encoding: 'windows-1252'})!.stamp).not.toBe(first)
    expect(sourceStamp(file, {maxSize: 1000})!.stamp).not.toBe(first)
    await writeFile(file, 'Madam Chair,\n')
    expect(sourceStamp(file, {})!.stamp).not.toBe(first)
  })

  it('is not given for a missing file or a folder', () => {
    expect(sourceStamp(join(folder, 'missing.txt'), {})).toBeNull()
    expect(sourceStamp(folder, {})).toBeNull()
  })
})

describe('a build that finds its sources by their stamps', () => {
  let root: string
  const stampsFile = () => join(root, 'output', '.statement-packs', 'source-stamps.json')
  const statuses = (report: Awaited<ReturnType<typeof build>>) => report.sources.map(({source, status}) => [source, status])
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp-source-stamps-build-'))
    await mkdir(join(root, 'sources'))
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({sources: ['sources'], output: 'output', outputs: {readingCopies: [], delegationPacks: false, archive: false}}))
    await writeFile(join(root, 'sources', 'a.md'), 'Mr President,\n\nWe support the draft decision on clearance.\n')
    await writeFile(join(root, 'sources', 'b.md'), 'Madam Chair,\n\nOur delegation welcomes the report.\n')
  })
  afterAll(() => rm(root, {recursive: true, force: true}))

  it('sees an edit that keeps the size, made as the build ran', async () => {
    expect((await build({}, root, {})).summary.built).toBe(2)
    // Within the file system's time resolution of the build's read: the stamp cannot be trusted.
    await writeFile(join(root, 'sources', 'b.md'), 'Madam Chair,\n\nOur delegation welcomes the review.\n')
    expect(statuses(await build({}, root, {}))).toEqual([
      ['sources/a.md', 'up-to-date'],
      ['sources/b.md', 'built'],
    ])
  }, 60_000)

  it('once the sources settled, keeps them by their stamps and writes nothing when nothing changed', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect((await build({}, root, {})).summary.upToDate).toBe(2)
    const stamps = JSON.parse(await readFile(stampsFile(), 'utf8')) as {sources: Record<string, unknown>}
    expect(Object.keys(stamps.sources)).toEqual(['sources/a.md', 'sources/b.md'])
    const written = (await stat(stampsFile())).mtimeMs
    expect((await build({}, root, {})).summary.upToDate).toBe(2)
    expect((await stat(stampsFile())).mtimeMs).toBe(written)
  }, 60_000)

  it('still sees an edit that keeps the size of a settled source', async () => {
    await writeFile(join(root, 'sources', 'a.md'), 'Mr President,\n\nWe support the draft decision on landmines.\n')
    expect(statuses(await build({}, root, {}))).toEqual([
      ['sources/a.md', 'built'],
      ['sources/b.md', 'up-to-date'],
    ])
  }, 60_000)
})
