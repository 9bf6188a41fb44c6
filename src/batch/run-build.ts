import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {createLimiter} from '../concurrency.ts'
import {duplicateDiagnostic, DuplicateStatements, statementFingerprint} from '../duplicate-statements.ts'
import {BrowserError, InputError} from '../errors.ts'
import {splitAttachmentPath} from '../ingest/email/attachment-path.ts'
import {loadStatement, type LoadStatementOptions, type Statement} from '../load-statement.ts'
import {buildStatus, reportSchemaVersion, type BuildReport, type SourceReport} from '../report/build-report.ts'
import {inputErrorDiagnostic, type Diagnostic} from '../report/diagnostics.ts'
import {PendingOutputNames, readingCopiesFolder} from '../file-safety/output-names.ts'
import {acquireBuildLock} from './build-lock.ts'
import {settingsKeyFor, type BuildSettings} from './build-settings.ts'
import {LazySession} from './lazy-session.ts'
import {allExist, toRelative} from './output-files.ts'
import {StatementStore} from './statement-store.ts'
import {buildSharedOutputs} from './build-shared-outputs.ts'
import {hashBytes, hashJson, sortKeys} from '../hash.ts'
import {emptyManifest, readManifest, removeStaleFiles, stateFolderName, statementCacheFile, writeManifest, type Manifest, type ManifestStatement} from './manifest.ts'
import {inShard, type Shard} from './shard.ts'
import {sourceStamp, SourceStamps, type SourceStamp} from './source-stamps.ts'
import {writeCachedStatement} from './statement-cache.ts'
import {lengthOf} from '../speaking-time/estimate.ts'
import {overTimeLimit} from '../speaking-time/limit.ts'
import {speakingTimeFor} from '../speaking-time/speaking-time-for.ts'

export interface RunBuildOptions extends BuildSettings {
  /** Folder the sources are relative to (the config file's folder). */
  root: string
  /** Every source of the project, relative to `root` (see collectSources). */
  sources: string[]
  /** Sources that are not read (missing, a dangling or refused link), with why: reported as failed. */
  refusals?: ReadonlyMap<string, InputError>
  /** Build only this share of the sources, and nothing that spans statements. */
  shard: Shard | null
}

/**
 * One build: normalise and render each source (overlapping, in a bounded pool),
 * then the packs and the archive, then delete what the previous build wrote and
 * nothing produces any more. Never throws for a bad source: see the report.
 */
export async function runBuild(options: RunBuildOptions): Promise<BuildReport> {
  const started = performance.now()
  const {outDir, events} = options
  const lock = await acquireBuildLock(join(outDir, stateFolderName, 'lock'))
  const session = new LazySession(options)
  try {
    const [previous, stamps] = await Promise.all([readManifest(outDir), SourceStamps.read(outDir, stateFolderName)])
    const settingsKey = await settingsKeyFor(options)
    const manifest = emptyManifest(options.toolVersion, settingsKey)
    manifest.shard = options.shard
    const store = new StatementStore(outDir, options.speakingTime)
    const mine = options.sources.filter((source) => inShard(source, options.shard))
    const names = new PendingOutputNames(options.sources)
    // A shard cannot tell duplicates from the other shards' sources: it names among them all.
    if (options.shard !== null) names.settleRest()

    const sourceReports = await buildStatements(options, {settingsKey, previous, manifest, store, session, mine, names, stamps})
    const {collisions} = names.final()
    const interrupted = options.signal?.aborted === true
    const incomplete = interrupted || (options.failFast && sourceReports.some((report) => report.status === 'failed'))
    // Sources not reached (Ctrl-C, --fail-fast) keep what the previous build wrote: the cache stays valid.
    if (incomplete && previous) {
      for (const source of mine) {
        const before = previous.statements[source]
        if (before && !manifest.statements[source] && !sourceReports.some((report) => report.source === source)) manifest.statements[source] = before
      }
    }

    let shared: Awaited<ReturnType<typeof buildSharedOutputs>> | null = null
    if (options.shard === null && !incomplete) {
      shared = await buildSharedOutputs(options, settingsKey, manifest, previous, store, session)
      // Stopped half-way: packs not reached keep their previous files.
      manifest.packs = options.signal?.aborted ? {...previous?.packs, ...shared.packs} : shared.packs
      manifest.archive = shared.archive ?? (options.signal?.aborted ? (previous?.archive ?? null) : null)
    } else if (incomplete && previous) {
      manifest.packs = previous.packs
      manifest.archive = previous.archive
    }
    const removed = await removeStaleFiles(outDir, previous, manifest)
    await writeManifest(outDir, manifest)
    await stamps.write()
    return assembleReport(options, {sourceReports, collisions, shared, removed: [...(shared?.archiveRemoved ?? []), ...removed].sort(), interrupted: options.signal?.aborted === true, started})
  } finally {
    await session.close()
    await lock.release()
  }
}

interface StatementsContext {
  settingsKey: string
  previous: Manifest | null
  manifest: Manifest
  store: StatementStore
  session: LazySession
  mine: string[]
  /** Source → its reading copies' name, decided among the sources built (see outputNames). */
  names: PendingOutputNames
  stamps: SourceStamps
}

/** Normalise each source in turn while a bounded pool renders the ones already normalised. */
async function buildStatements(options: RunBuildOptions, context: StatementsContext): Promise<SourceReport[]> {
  const {outDir, events, formats, force, signal} = options
  const {settingsKey, previous, manifest, store, session, mine, names, stamps} = context
  // Twice the browser's pages: while one document prints, the next one is being laid out.
  const renderPool = createLimiter(options.concurrency * 2)
  const reports: SourceReport[] = []
  const renders: Promise<void>[] = []
  // Renders stopped by Ctrl-C or --fail-fast: neither done nor failed, the previous outputs stand.
  const notReached = new Set<string>()
  // No browser at all is not one source's failure: the build stops and says how to get one.
  let browserMissing: BrowserError | null = null
  const stop = () => signal?.aborted === true || browserMissing !== null || (options.failFast && reports.some((report) => report.status === 'failed'))
  events?.phase?.('statements', mine.length)
  // Read and hash ahead of the loop (bounded): a build with little to do is bound by file reads.
  const duplicates = new DuplicateStatements()
  const readAhead = createLimiter(32)
  const readable = mine.filter((source) => !options.refusals?.has(source))
  // A source whose file has the stamp it had at the previous build is not read again.
  const hashes = new Map(
    readable.map((source): [string, Promise<{hash: string; stamp: SourceStamp | null} | NodeJS.ErrnoException>] => {
      const {file, attachment} = splitAttachmentPath(source)
      const path = join(options.root, file)
      const stamp = sourceStamp(path, options.read)
      const kept = stamps.hashOf(source, force ? null : stamp)
      if (kept !== null) return [source, Promise.resolve({hash: kept, stamp})]
      return [source, readAhead(() => readFile(path).then((bytes) => ({hash: sourceKey(bytes, options.read, attachment), stamp}), (error: NodeJS.ErrnoException) => error))]
    }),
  )

  for (const source of mine) {
    if (stop()) break
    events?.started?.(source)
    const report: SourceReport = {source, status: 'up-to-date', outputs: [], diagnostics: [], timings: {normaliseMs: 0, renderMs: 0}}
    reports.push(report)
    const fail = (diagnostic: Diagnostic) => {
      report.status = 'failed'
      report.diagnostics.push(diagnostic)
      manifest.failures[source] = report.diagnostics
      names.settle(source, false)
      events?.diagnostic?.(source, diagnostic)
      events?.finished?.(source, 'failed')
    }

    const refusal = options.refusals?.get(source)
    if (refusal) {
      fail(inputErrorDiagnostic(refusal))
      continue
    }
    const normaliseStarted = performance.now()
    const read = await hashes.get(source)!
    if (read instanceof Error) {
      fail(fatal('read-failed', `Cannot read the source: ${read.code ?? read.message}`))
      continue
    }
    const {hash} = read
    stamps.record(source, read.stamp, hash)
    const before = previous?.statements[source]
    // A manifest written before statements had fingerprints is read again.
    const sameSource = !force && before?.hash === hash && typeof before.fingerprint === 'string' && before.spoken !== undefined && previous?.toolVersion === options.toolVersion
    const [cached, rendered] = sameSource ? [allExist(outDir, [statementCacheFile(hash)]), allExist(outDir, before.outputs)] : [false, false]
    const reuse = sameSource && cached
    let entry: ManifestStatement
    let statement: Statement | null = null
    if (reuse) {
      entry = {...before, renderKey: null, outputs: []}
    } else {
      try {
        const loaded = await loadStatement(join(options.root, source), {...options.read, speakingTime: options.speakingTime})
        // Metadata in the manifest's (sorted) key order, as a merge reads it back: outputs that
        // serialise it (the catalogue) come out the same either way.
        statement = {...loaded, source, meta: sortKeys(loaded.meta)}
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        fail(inputErrorDiagnostic(error))
        continue
      }
      entry = {hash, fingerprint: statementFingerprint(statement), meta: statement.meta, format: statement.format, diagnostics: statement.messages, spoken: lengthOf(statement.speakingTime), renderKey: null, outputs: []}
    }
    if (entry.format) report.format = entry.format
    report.timings.normaliseMs = Math.round(performance.now() - normaliseStarted)
    report.diagnostics = [...entry.diagnostics]
    // Timed at this build's rates and limits, which a reused statement may not have been read with.
    report.speakingTime = speakingTimeFor(entry.spoken, entry.meta, options.speakingTime)
    // A shard sees only its share of the sources: `merge` finds the duplicates among all of them.
    const original = options.shard === null ? duplicates.originalOf(source, entry.fingerprint) : null
    names.settle(source, original !== null)
    if (original !== null) report.diagnostics.push(duplicateDiagnostic(original))
    else report.diagnostics.push(...overTimeLimit(report.speakingTime))
    for (const diagnostic of report.diagnostics) events?.diagnostic?.(source, diagnostic)
    // The same statement from another format: built from the first source by path only.
    if (original !== null) {
      report.status = 'duplicate'
      report.duplicateOf = original
      events?.finished?.(source, 'duplicate')
      continue
    }
    if (statement) {
      await writeCachedStatement(outDir, hash, statement)
      // Held only until its reading copies are printed: packs and the archive read it back from the
      // cache, so that a build never holds every statement at once.
      if (formats.length > 0) store.remember(statement)
    }

    if (formats.length === 0) {
      report.status = reuse ? 'up-to-date' : 'built'
      manifest.statements[source] = entry
      events?.finished?.(source, report.status)
      continue
    }
    // Named once the sources that share its name are read: the reading loop goes on meanwhile.
    const rendering = names.nameOf(source).then((base) => {
      const renderKey = hashJson({settingsKey, source, hash, base})
      if (reuse && rendered && before?.renderKey === renderKey) {
        manifest.statements[source] = {...entry, renderKey, outputs: before.outputs}
        report.outputs = before.outputs
        events?.finished?.(source, 'up-to-date')
        return
      }
      return renderPool(async () => {
        if (stop()) {
          store.forget(source)
          return void notReached.add(source)
        }
        const renderStarted = performance.now()
        try {
          const statement = await store.get(source, entry)
          const written = await (await session.get()).renderReadingCopy(statement, {outDir, name: `${readingCopiesFolder}/${base}`, formats})
          report.outputs = written.map((file) => toRelative(outDir, file)).sort()
          manifest.statements[source] = {...entry, renderKey, outputs: report.outputs}
          report.status = 'built'
          events?.finished?.(source, 'built')
        } catch (error) {
          if (error instanceof BrowserError && !session.opened) {
            browserMissing = error
            return void notReached.add(source)
          }
          fail(fatal('render-failed', error instanceof Error ? error.message : String(error)))
        } finally {
          store.forget(source)
          report.timings.renderMs = Math.round(performance.now() - renderStarted)
        }
      })
    })
    renders.push(rendering)
  }
  names.settleRest()
  await Promise.all(renders)
  if (browserMissing) throw browserMissing
  return reports.filter((report) => !notReached.has(report.source))
}

/**
 * What a source's normalisation depends on besides the tool: its bytes (an e-mail's, for a
 * statement attached to it, with the attachment's name), and how they are read when that is not
 * the default (a time limit changes no result).
 */
function sourceKey(bytes: Uint8Array, {encoding, maxSize}: LoadStatementOptions, attachment: string | null): string {
  const content = hashBytes(bytes)
  if (attachment !== null) return hashJson({content, attachment, encoding, maxSize})
  return encoding === undefined && maxSize === undefined ? content : hashJson({content, encoding, maxSize})
}

function fatal(ruleId: string, reason: string): Diagnostic {
  return {ruleId, reason, line: null, column: null, fatal: true, severity: 'error'}
}

interface ReportParts {
  sourceReports: SourceReport[]
  /** Sources that share an output name with another (see outputNames): reported with their own diagnostics. */
  collisions: ReadonlyMap<string, Diagnostic>
  shared: Awaited<ReturnType<typeof buildSharedOutputs>> | null
  removed: string[]
  interrupted: boolean
  started: number
}

export function assembleReport(options: BuildSettings & {shard: Shard | null}, parts: ReportParts): BuildReport {
  const {sourceReports, shared, interrupted} = parts
  for (const report of sourceReports) {
    const collision = parts.collisions.get(report.source)
    if (!collision || report.status === 'failed') continue
    report.diagnostics = [...report.diagnostics, collision]
    options.events?.diagnostic?.(report.source, collision)
  }
  const removed = parts.removed.filter((file) => !file.startsWith(`${stateFolderName}/`))
  const count = (status: SourceReport['status']) => sourceReports.filter((report) => report.status === status).length
  const report: Omit<BuildReport, 'status'> = {
    schemaVersion: reportSchemaVersion,
    tool: {name: 'statement-packs', version: options.toolVersion},
    output: options.outDir,
    shard: options.shard,
    summary: {
      sources: sourceReports.length,
      built: count('built'),
      upToDate: count('up-to-date'),
      duplicates: count('duplicate'),
      failed: count('failed'),
      warnings: sourceReports.reduce((sum, report) => sum + report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length, 0),
      packs: shared?.packReports.length ?? 0,
      removed: removed.length,
    },
    sources: sourceReports,
    packs: shared?.packReports ?? [],
    archive: shared?.archiveReport ?? null,
    removed,
    timings: {totalMs: Math.round(performance.now() - parts.started)},
  }
  return {...report, status: buildStatus(report, {interrupted, strict: options.strict})}
}
