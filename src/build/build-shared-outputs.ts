import {performance} from 'node:perf_hooks'
import {join} from 'node:path'
import type {Statement} from '../load-statement.ts'
import type {ArchiveReport, PackReport} from '../report/build-report.ts'
import {compareStatements} from '../statement-order.ts'
import {allExist, toRelative, type BuildSettings, type LazySession, type StatementStore} from './build-context.ts'
import {hashJson} from './hash.ts'
import type {Manifest, ManifestPack} from './manifest.ts'
import {planPacks} from './plan-packs.ts'

export interface SharedOutputs {
  packs: Record<string, ManifestPack>
  archive: Manifest['archive']
  packReports: PackReport[]
  archiveReport: ArchiveReport | null
}

/**
 * What spans statements: the packs and the archive. Each is rebuilt only when
 * the key of what it contains (its statements' hashes, the settings) changed.
 */
export async function buildSharedOutputs(
  settings: BuildSettings,
  settingsKey: string,
  manifest: Manifest,
  previous: Manifest | null,
  store: StatementStore,
  session: LazySession,
): Promise<SharedOutputs> {
  const {outDir, events, force} = settings
  const sources = Object.keys(manifest.statements).sort()
  const entryOf = (source: string) => manifest.statements[source]!
  const load = (source: string) => store.get(source, entryOf(source))
  const candidates = sources.map((source) => ({source, meta: entryOf(source).meta}))
  const planned = planPacks(candidates, {delegationPacks: settings.delegationPacks, packs: settings.packs})

  const packs: Record<string, ManifestPack> = {}
  const packReports: PackReport[] = []
  events?.phase?.('packs', planned.length)
  for (const pack of planned) {
    if (settings.signal?.aborted) break
    const key = hashJson({settingsKey, title: pack.title, lang: pack.lang, html: pack.html, statements: pack.statements.map((source) => [source, entryOf(source).hash])})
    const before = previous?.packs[pack.file]
    const started = performance.now()
    const report: PackReport = {file: pack.file, title: pack.title, status: 'up-to-date', statements: pack.statements, outputs: [], error: null, timings: {renderMs: 0}}
    if (!force && before?.key === key && (await allExist(outDir, before.outputs))) {
      report.outputs = before.outputs
      packs[pack.file] = before
    } else {
      events?.started?.(pack.file)
      try {
        const statements = (await Promise.all(pack.statements.map(load))).sort(compareStatements)
        const written = await (await session.get()).buildPack(statements, {output: join(outDir, pack.file), title: pack.title, lang: pack.lang, html: pack.html})
        report.outputs = written.map((file) => toRelative(outDir, file)).sort()
        report.status = 'built'
        packs[pack.file] = {key, title: pack.title, statements: pack.statements, outputs: report.outputs}
      } catch (error) {
        report.status = 'failed'
        report.error = error instanceof Error ? error.message : String(error)
        events?.error?.(pack.file, report.error)
      }
    }
    report.timings.renderMs = Math.round(performance.now() - started)
    events?.finished?.(pack.file, report.status)
    packReports.push(report)
    if (report.status === 'failed' && settings.failFast) break
  }

  if (!settings.archive || settings.signal?.aborted || (settings.failFast && packReports.some((pack) => pack.status === 'failed'))) {
    return {packs, archive: null, packReports, archiveReport: null}
  }
  events?.phase?.('archive', 1)
  const pdfFiles = new Map<string, string>()
  for (const source of sources) {
    const pdf = entryOf(source).outputs.find((file) => file.endsWith('.pdf'))
    if (pdf) pdfFiles.set(source, pdf)
  }
  // An embargo that ends changes the archive without any source changing.
  const today = new Date().toISOString().slice(0, 10)
  const embargoed = sources.filter((source) => (entryOf(source).meta.embargo ?? '') > today)
  const key = hashJson({settingsKey, baseUrl: settings.baseUrl, embargoed, statements: sources.map((source) => [source, entryOf(source).hash, pdfFiles.get(source) ?? null])})
  const started = performance.now()
  const archiveReport: ArchiveReport = {status: 'up-to-date', outputs: 0, skipped: [], error: null, timings: {buildMs: 0}}
  let archive: Manifest['archive'] = null
  if (!force && previous?.archive?.key === key && (await allExist(outDir, previous.archive.outputs))) {
    archive = previous.archive
  } else {
    events?.started?.('archive')
    try {
      const statements: Statement[] = await Promise.all(sources.map(load))
      const result = await (await session.get()).buildArchive(statements, {outDir, baseUrl: settings.baseUrl, pdfFiles})
      archive = {key, outputs: result.files.map((file) => toRelative(outDir, file)).sort(), skipped: result.skipped}
      archiveReport.status = 'built'
    } catch (error) {
      archiveReport.status = 'failed'
      archiveReport.error = error instanceof Error ? error.message : String(error)
      events?.error?.('archive', archiveReport.error)
    }
  }
  archiveReport.outputs = archive?.outputs.length ?? 0
  archiveReport.skipped = archive?.skipped ?? []
  archiveReport.timings.buildMs = Math.round(performance.now() - started)
  events?.finished?.('archive', archiveReport.status)
  return {packs, archive, packReports, archiveReport}
}
