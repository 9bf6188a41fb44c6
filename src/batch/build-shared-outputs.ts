import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import type {ArchiveSource} from '../archive/archive-source.ts'
import type {ArchiveReport, PackReport} from '../report/build-report.ts'
import {createLimiter} from '../concurrency.ts'
import {compareStatements} from '../statement-order.ts'
import type {BuildSettings} from './build-settings.ts'
import type {LazySession} from './lazy-session.ts'
import {allExist, toRelative} from './output-files.ts'
import type {StatementStore} from './statement-store.ts'
import {hashJson} from '../hash.ts'
import {speakingTimeFor} from '../speaking-time/speaking-time-for.ts'
import type {Manifest, ManifestPack} from './manifest.ts'
import {planPacks, type PlannedPack} from './plan-packs.ts'

export interface SharedOutputs {
  packs: Record<string, ManifestPack>
  archive: Manifest['archive']
  packReports: PackReport[]
  archiveReport: ArchiveReport | null
  /** Files of the previous archive that the archive deleted. */
  archiveRemoved: string[]
}

interface SharedContext {
  settings: BuildSettings
  settingsKey: string
  manifest: Manifest
  previous: Manifest | null
  store: StatementStore
  session: LazySession
  /** Sources with outputs, in a fixed order. */
  sources: string[]
}

/**
 * What spans statements: the packs and the archive, each rebuilt only when the key of what it
 * contains (its statements' hashes, the settings) changed. They run side by side: packs wait
 * on the browser, the archive on this process.
 */
export async function buildSharedOutputs(
  settings: BuildSettings,
  settingsKey: string,
  manifest: Manifest,
  previous: Manifest | null,
  store: StatementStore,
  session: LazySession,
): Promise<SharedOutputs> {
  const context: SharedContext = {settings, settingsKey, manifest, previous, store, session, sources: Object.keys(manifest.statements).sort()}
  const candidates = context.sources.map((source) => ({source, meta: manifest.statements[source]!.meta}))
  const planned = planPacks(candidates, {delegationPacks: settings.delegationPacks, packs: settings.packs})
  settings.events?.phase?.('packs & archive', planned.length + (settings.archive ? 1 : 0))
  const [packResults, archive] = await Promise.all([
    buildPacks(context, planned),
    settings.archive ? buildArchiveOutput(context) : Promise.resolve(null),
  ])
  const packs: Record<string, ManifestPack> = {}
  for (const {entry, report} of packResults) if (entry) packs[report.file] = entry
  return {packs, packReports: packResults.map(({report}) => report), archive: archive?.entry ?? null, archiveReport: archive?.report ?? null, archiveRemoved: archive?.removed ?? []}
}

async function buildPacks(context: SharedContext, planned: PlannedPack[]): Promise<{entry: ManifestPack | null; report: PackReport}[]> {
  const {settings, settingsKey, manifest, previous, store, session} = context
  const {outDir, events, force} = settings
  const pool = createLimiter(settings.concurrency)
  let failed = false
  const results = await Promise.all(
    planned.map((pack) =>
      pool(async () => {
        if (settings.signal?.aborted || (settings.failFast && failed)) return null
        const key = hashJson({settingsKey, title: pack.title, lang: pack.lang, html: pack.html, statements: pack.statements.map((source) => [source, manifest.statements[source]!.hash])})
        const before = previous?.packs[pack.file]
        const started = performance.now()
        const report: PackReport = {file: pack.file, title: pack.title, status: 'up-to-date', statements: pack.statements, outputs: [], error: null, timings: {renderMs: 0}}
        let entry: ManifestPack | null = null
        if (!force && before?.key === key && allExist(outDir, before.outputs)) {
          report.outputs = before.outputs
          entry = before
        } else {
          events?.started?.(pack.file)
          try {
            const statements = (await Promise.all(pack.statements.map((source) => store.get(source, manifest.statements[source]!)))).sort(compareStatements)
            const written = await (await session.get()).buildPack(statements, {outDir, output: join(outDir, pack.file), title: pack.title, lang: pack.lang, html: pack.html})
            report.outputs = written.map((file) => toRelative(outDir, file)).sort()
            report.status = 'built'
            entry = {key, title: pack.title, statements: pack.statements, outputs: report.outputs}
          } catch (error) {
            failed = true
            report.status = 'failed'
            report.error = error instanceof Error ? error.message : String(error)
            events?.error?.(pack.file, report.error)
          }
        }
        report.timings.renderMs = Math.round(performance.now() - started)
        events?.finished?.(pack.file, report.status)
        return {entry, report}
      }),
    ),
  )
  return results.filter((result) => result !== null)
}

async function buildArchiveOutput(context: SharedContext): Promise<{entry: Manifest['archive']; report: ArchiveReport; removed: string[]} | null> {
  const {settings, settingsKey, manifest, previous, store, session, sources} = context
  const {outDir, events, force} = settings
  if (settings.signal?.aborted) return null
  const pdfFiles = new Map<string, string>()
  for (const source of sources) {
    const pdf = manifest.statements[source]!.outputs.find((file) => file.endsWith('.pdf'))
    if (pdf) pdfFiles.set(source, pdf)
  }
  // An embargo that ends changes the archive without any source changing.
  const today = new Date().toISOString().slice(0, 10)
  const embargoed = sources.filter((source) => (manifest.statements[source]!.meta.embargo ?? '') > today)
  const key = hashJson({settingsKey, baseUrl: settings.baseUrl, language: settings.archiveLanguage, embargoed, statements: sources.map((source) => [source, manifest.statements[source]!.hash, pdfFiles.get(source) ?? null])})
  const started = performance.now()
  const report: ArchiveReport = {status: 'up-to-date', outputs: 0, skipped: [], error: null, timings: {buildMs: 0}}
  let entry: Manifest['archive'] = null
  let removed: string[] = []
  if (!force && previous?.archive?.key === key && allExist(outDir, previous.archive.outputs)) {
    entry = previous.archive
  } else {
    events?.started?.('archive')
    try {
      // Each statement is loaded only if the archive renders its page. Its source's hash names its
      // normalisation, as in the statement cache (the tool's version is in the settings key).
      const statements = sources.map((source): ArchiveSource => {
        const entry = manifest.statements[source]!
        const speakingTime = speakingTimeFor(entry.spoken, entry.meta, settings.speakingTime)
        return {source, meta: entry.meta, format: entry.format ?? 'text', speakingTime, key: entry.hash, load: () => store.get(source, entry)}
      })
      const originals = new Map(settings.root === undefined ? [] : sources.map((source) => [source, join(settings.root!, source)]))
      const result = await (await session.get()).buildArchive(statements, {outDir, baseUrl: settings.baseUrl, language: settings.archiveLanguage, pdfFiles, originals, settingsKey, force})
      entry = {key, outputs: result.files.map((file) => toRelative(outDir, file)).sort(), skipped: result.skipped}
      removed = result.removed
      report.status = 'built'
    } catch (error) {
      report.status = 'failed'
      report.error = error instanceof Error ? error.message : String(error)
      events?.error?.('archive', report.error)
    }
  }
  report.outputs = entry?.outputs.length ?? 0
  report.skipped = entry?.skipped ?? []
  report.timings.buildMs = Math.round(performance.now() - started)
  events?.finished?.('archive', report.status)
  return {entry, report, removed}
}
