import {cp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {shardOf} from '../../src/batch/shard.ts'
import {build} from '../../src/commands/build.ts'
import {merge} from '../../src/commands/merge.ts'
import {UsageError} from '../../src/errors.ts'
import {compareSourcePaths} from '../../src/sources/collect-sources.ts'
import type {BuildReport} from '../../src/report/build-report.ts'
import {countingStages, projectWith, snapshot, type FileState} from './build-helpers.ts'

// Three statements of two meetings, spread over two shards, each also arriving a second time.
const names = ['ccw-mhcp-2025-ccpac-email-en.txt', 'ccw-mhcp-2025-kazakhstan-ru.txt', 'apmbc-5rc-2024-ifrc-universalisation.txt']
const copies = names.map((name) => `copy-${name.replace(/\.txt$/, '.md')}`)

describe('build --shard i/n, then merge', () => {
  let root: string
  let single: Map<string, FileState>
  let merged: Map<string, FileState>
  let singleReport: BuildReport
  let mergedReport: BuildReport
  const shardReports: BuildReport[] = []
  const {stages, counts, reset} = countingStages()
  let mergeRenders: string[] = []

  beforeAll(async () => {
    root = await projectWith(names)
    for (const [index, name] of names.entries()) await cp(join(root, 'sources', name), join(root, 'sources', copies[index]!))
    singleReport = await build({output: 'single'}, root, {stages})
    single = await snapshot(join(root, 'single'))
    for (const index of [1, 2]) shardReports.push(await build({output: `shard-${index}`, shard: {index, count: 2}}, root, {stages}))
    reset()
    mergedReport = await merge([join(root, 'shard-2'), join(root, 'shard-1')], {output: 'merged'}, root, {stages})
    mergeRenders = counts.readingCopies
    merged = await snapshot(join(root, 'merged'))
  }, 240_000)

  afterAll(() => rm(root, {recursive: true, force: true}))

  it('each shard normalises and renders its own share of the sources, and nothing that spans statements', () => {
    const sources = [...names, ...copies].map((name) => `sources/${name}`).sort(compareSourcePaths)
    for (const [position, report] of shardReports.entries()) {
      expect(report.sources.map((source) => source.source)).toEqual(sources.filter((source) => shardOf(source, 2) === position + 1))
      expect(report.packs).toEqual([])
      expect(report.archive).toBeNull()
    }
    expect(shardReports.flatMap((report) => report.sources.map((source) => source.source)).sort()).toEqual([...sources].sort())
  })

  it('builds the statement that arrives twice once, from its first source by path, in one build as in the merge', () => {
    for (const report of [singleReport, mergedReport]) {
      const warned = report.sources.filter((source) => source.diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-statement'))
      expect(warned.map((source) => source.source).sort()).toEqual(copies.map((name) => `sources/${name}`).sort())
      expect(warned.flatMap((source) => source.outputs)).toEqual([])
      expect(warned.map((source) => [source.status, source.duplicateOf])).toEqual(warned.map((source) => ['duplicate', source.source.replace('copy-', '').replace(/\.md$/, '.txt')]))
      expect(report.summary).toMatchObject({built: names.length, upToDate: 0, duplicates: copies.length})
    }
  })

  it('the merge equals one unsharded build, file for file and byte for byte', () => {
    // But for the stamps of the source files the build read, which a merge reads none of.
    const built = new Map([...single].filter(([file]) => file !== '.statement-packs/source-stamps.json'))
    expect([...merged.keys()]).toEqual([...built.keys()])
    for (const [file, state] of built) expect(merged.get(file)?.hash, file).toBe(state.hash)
    expect(mergeRenders).toEqual([])
  })

  it('the merged report says what one build says, timings aside', () => {
    const withoutTimings = (report: BuildReport) =>
      JSON.parse(JSON.stringify({...report, output: null, timings: null}), (key, value) => (key === 'timings' ? null : value))
    expect(withoutTimings(mergedReport)).toEqual(withoutTimings(singleReport))
  })

  it('refuses to merge an incomplete set of shards (exit 2)', async () => {
    await expect(merge([join(root, 'shard-1')], {output: 'partial'}, root, {stages})).rejects.toBeInstanceOf(UsageError)
  })

  it('refuses a shard folder that holds a link (exit 2), copying nothing it points to', async () => {
    const secret = join(root, 'secret.txt')
    await writeFile(secret, 'not a reading copy')
    const [copy] = shardReports[0]!.sources[0]!.outputs
    await rm(join(root, 'shard-1', copy!))
    await symlink(secret, join(root, 'shard-1', copy!))
    const error = await merge([join(root, 'shard-1'), join(root, 'shard-2')], {output: 'linked'}, root, {stages}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(/is a symbolic link/)
    expect(await readFile(join(root, 'linked', copy!), 'utf8').catch(() => null)).toBeNull()
  })
})
