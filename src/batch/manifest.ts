import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {SourceFormat} from '../ingest/native-document.ts'
import type {StatementMeta} from '../normalise/meta.ts'
import type {Diagnostic} from '../report/diagnostics.ts'
import type {SpokenLength} from '../speaking-time/estimate.ts'
import {removeStale} from '../file-safety/remove-stale.ts'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'
import {sortKeys} from '../hash.ts'

/** Folder inside the output folder that holds the manifest, the statement cache and the lock. */
export const stateFolderName = '.statement-packs'

export interface ManifestStatement {
  /** sha256 of the source's bytes. */
  hash: string
  /** What makes it the same statement as another source's (see statementFingerprint). */
  fingerprint: string
  meta: StatementMeta
  /** The format the source was read as. */
  format?: SourceFormat
  diagnostics: Diagnostic[]
  /** How much of it is read out: timed at each build's rates and limits. */
  spoken: SpokenLength
  /** Hash of everything its reading copies depend on; null when none were asked for. */
  renderKey: string | null
  /** Files written for this statement, relative to the output folder, `/`-separated. */
  outputs: string[]
}

export interface ManifestPack {
  key: string
  title: string | null
  statements: string[]
  outputs: string[]
}

export interface Manifest {
  schemaVersion: 1
  toolVersion: string
  /** Hash of the options every rendering depends on (templates, paper, formats…). */
  settingsKey: string
  /** Set when the folder holds one shard's share, to be combined by `merge`. */
  shard: {index: number; count: number} | null
  statements: Record<string, ManifestStatement>
  packs: Record<string, ManifestPack>
  archive: {key: string; outputs: string[]; skipped: {source: string; reason: string}[]} | null
  /** Sources that failed, with their diagnostics: a merge reports a shard's failures. */
  failures: Record<string, Diagnostic[]>
}

export function emptyManifest(toolVersion: string, settingsKey: string): Manifest {
  return {schemaVersion: 1, toolVersion, settingsKey, shard: null, statements: {}, packs: {}, archive: null, failures: {}}
}

export function manifestPath(outDir: string): string {
  return join(outDir, stateFolderName, 'manifest.json')
}

/** The manifest of a previous build, or null when there is none or it cannot be read. */
export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(manifestPath(outDir), 'utf8')) as Manifest
    return manifest.schemaVersion === 1 && typeof manifest.statements === 'object' ? manifest : null
  } catch {
    return null
  }
}

/** Written only when it changed, so a build with nothing to do leaves the folder untouched. */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const text = `${JSON.stringify(sortKeys(manifest), null, 2)}\n`
  if ((await readFile(manifestPath(outDir), 'utf8').catch(() => null)) === text) return
  await writeFileAtomic(manifestPath(outDir), text, {inside: outDir})
}

/** Cache file of a normalised statement, relative to the output folder; named by the source's hash. */
export function statementCacheFile(hash: string): string {
  return `${stateFolderName}/statements/${hash}.json`
}

/** Every file a manifest says its build wrote (outputs and statement cache files). */
export function manifestFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>()
  for (const entry of Object.values(manifest.statements)) {
    files.add(statementCacheFile(entry.hash))
    for (const file of entry.outputs) files.add(file)
  }
  for (const pack of Object.values(manifest.packs)) for (const file of pack.outputs) files.add(file)
  for (const file of manifest.archive?.outputs ?? []) files.add(file)
  return files
}

/**
 * Delete what the previous manifest lists and the next one does not, and only that:
 * a build never touches a file it did not write. Empty folders left behind go too.
 */
export async function removeStaleFiles(outDir: string, previous: Manifest | null, next: Manifest): Promise<string[]> {
  return previous ? removeStale(outDir, [...manifestFiles(previous)], manifestFiles(next)) : []
}
