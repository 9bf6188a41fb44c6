import {join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import {duplicateDiagnostic, DuplicateStatements} from '../duplicate-statements.ts'
import {UsageError} from '../errors.ts'
import {outputNames} from '../file-safety/output-names.ts'
import {compareSourcePaths} from '../sources/collect-sources.ts'
import type {BuildReport, SourceReport} from '../report/build-report.ts'
import {acquireBuildLock} from './build-lock.ts'
import {settingsKeyFor, type BuildSettings} from './build-settings.ts'
import {LazySession} from './lazy-session.ts'
import {StatementStore} from './statement-store.ts'
import {buildSharedOutputs} from './build-shared-outputs.ts'
import {emptyManifest, readManifest, removeStaleFiles, stateFolderName, statementCacheFile, writeManifest, type Manifest} from './manifest.ts'
import {overTimeLimit} from '../speaking-time/limit.ts'
import {speakingTimeFor} from '../speaking-time/speaking-time-for.ts'
import {assembleReport} from './run-build.ts'
import {syncFolder} from './sync-folder.ts'

export interface RunMergeOptions extends BuildSettings {
  /** Output folders of `build --shard i/n`, one per shard. */
  shardDirs: string[]
}

/**
 * Combine the shards' outputs into `outDir` and build what spans statements (packs,
 * archive): the same files, byte for byte, as one unsharded build.
 */
export async function runMerge(options: RunMergeOptions): Promise<BuildReport> {
  const started = performance.now()
  const {outDir, events} = options
  const shards = await readShards(options.shardDirs)
  const settingsKey = await settingsKeyFor(options)
  for (const {dir, manifest} of shards) {
    if (manifest.settingsKey !== settingsKey || manifest.toolVersion !== options.toolVersion) {
      throw new UsageError(`${dir} was built with other settings (templates, paper, formats or tool version) than this merge; use the same config for both`)
    }
  }
  const lock = await acquireBuildLock(join(outDir, stateFolderName, 'lock'))
  const session = new LazySession(options)
  try {
    const previous = await readManifest(outDir)
    const manifest = emptyManifest(options.toolVersion, settingsKey)
    const sourceReports: SourceReport[] = []
    const duplicates = duplicatesAcross(shards)
    events?.phase?.('merge', shards.reduce((sum, shard) => sum + Object.keys(shard.manifest.statements).length, 0))
    for (const {dir, manifest: shard} of shards) {
      for (const [source, entry] of Object.entries(shard.statements)) {
        if (options.signal?.aborted) break
        const original = duplicates.get(source)
        const speakingTime = speakingTimeFor(entry.spoken, entry.meta, options.speakingTime)
        if (original !== undefined) {
          // As one build leaves it: warned, nothing of it copied, not in the manifest.
          const diagnostics = [...entry.diagnostics, duplicateDiagnostic(original)]
          sourceReports.push({source, status: 'duplicate', duplicateOf: original, ...(entry.format ? {format: entry.format} : {}), outputs: [], speakingTime, diagnostics, timings: {normaliseMs: 0, renderMs: 0}})
          for (const diagnostic of diagnostics) events?.diagnostic?.(source, diagnostic)
          events?.finished?.(source, 'duplicate')
          continue
        }
        const changed = (await syncFolder(dir, outDir, [statementCacheFile(entry.hash), ...entry.outputs])).length > 0
        manifest.statements[source] = entry
        const status = changed || !previous?.statements[source] ? 'built' : 'up-to-date'
        const diagnostics = [...entry.diagnostics, ...overTimeLimit(speakingTime)]
        sourceReports.push({source, status, ...(entry.format ? {format: entry.format} : {}), outputs: entry.outputs, speakingTime, diagnostics, timings: {normaliseMs: 0, renderMs: 0}})
        for (const diagnostic of diagnostics) events?.diagnostic?.(source, diagnostic)
        events?.finished?.(source, status)
      }
      for (const [source, diagnostics] of Object.entries(shard.failures ?? {})) {
        manifest.failures[source] = diagnostics
        sourceReports.push({source, status: 'failed', outputs: [], diagnostics, timings: {normaliseMs: 0, renderMs: 0}})
        for (const diagnostic of diagnostics) events?.diagnostic?.(source, diagnostic)
        events?.finished?.(source, 'failed')
      }
    }
    sourceReports.sort((a, b) => compareSourcePaths(a.source, b.source))
    const {collisions} = outputNames(sourceReports.map((report) => report.source))
    const interrupted = options.signal?.aborted === true
    let shared: Awaited<ReturnType<typeof buildSharedOutputs>> | null = null
    if (!interrupted) {
      shared = await buildSharedOutputs(options, settingsKey, manifest, previous, new StatementStore(outDir, options.speakingTime), session)
      manifest.packs = shared.packs
      manifest.archive = shared.archive
    }
    const removed = interrupted ? [] : await removeStaleFiles(outDir, previous, manifest)
    if (!interrupted) await writeManifest(outDir, manifest)
    return assembleReport({...options, shard: null}, {sourceReports, collisions, shared, removed: [...(shared?.archiveRemoved ?? []), ...removed].sort(), interrupted, started})
  } finally {
    await session.close()
    await lock.release()
  }
}

/** Each source whose statement another shard's (or its own) source, first by path, already holds → that source. */
function duplicatesAcross(shards: {manifest: Manifest}[]): Map<string, string> {
  const entries = shards.flatMap(({manifest}) => Object.entries(manifest.statements)).sort(([a], [b]) => compareSourcePaths(a, b))
  const seen = new DuplicateStatements()
  const duplicates = new Map<string, string>()
  for (const [source, entry] of entries) {
    const original = seen.originalOf(source, entry.fingerprint)
    if (original !== null) duplicates.set(source, original)
  }
  return duplicates
}

async function readShards(dirs: string[]): Promise<{dir: string; manifest: Manifest}[]> {
  if (dirs.length === 0) throw new UsageError('merge needs the output folders of the shards')
  const shards: {dir: string; manifest: Manifest}[] = []
  for (const dir of dirs) {
    const manifest = await readManifest(resolve(dir))
    if (!manifest?.shard) throw new UsageError(`${dir} is not the output of \`build --shard i/n\` (no shard manifest in ${join(dir, stateFolderName)})`)
    shards.push({dir: resolve(dir), manifest})
  }
  const count = shards[0]!.manifest.shard!.count
  const indexes = new Set(shards.map(({manifest}) => manifest.shard!.index))
  if (shards.some(({manifest}) => manifest.shard!.count !== count) || indexes.size !== shards.length || indexes.size !== count) {
    const missing = Array.from({length: count}, (_, i) => i + 1).filter((index) => !indexes.has(index))
    throw new UsageError(`merge needs each of the ${count} shards exactly once${missing.length ? ` (missing ${missing.map((index) => `${index}/${count}`).join(', ')})` : ''}`)
  }
  return shards.sort((a, b) => a.manifest.shard!.index - b.manifest.shard!.index)
}
