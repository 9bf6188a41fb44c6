import {readFile} from 'node:fs/promises'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'

/** The archive's record of the files it wrote, kept in the output folder (the build keeps it in its state folder). */
export const manifestName = '.statement-packs-manifest.json'

export interface SiteManifest {
  /** Site-relative paths of every file the archive wrote. */
  files: string[]
  /**
   * Per file, the key of what it was made from (a page's data, a file's content), valid for
   * builds with the same `settings`: a file whose key has not changed is not made again.
   */
  keys: Record<string, string>
  /** Per page with any, the characters beyond ASCII it draws: a kept page still picks the site's fonts. */
  characters: Record<string, string>
  settings: string | null
}

interface ManifestFile extends SiteManifest {
  generator: 'statement-packs archive'
  version: 1
}

const none: SiteManifest = {files: [], keys: {}, characters: {}, settings: null}

/** What the previous build wrote, or nothing when there is no (readable) manifest at `path`. */
export async function readManifest(path: string): Promise<SiteManifest> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return none
  }
  try {
    const manifest = JSON.parse(text) as Partial<ManifestFile>
    if (!Array.isArray(manifest.files)) return none
    const record = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, string>) : {})
    return {
      files: manifest.files.filter((file): file is string => typeof file === 'string'),
      keys: record(manifest.keys),
      characters: record(manifest.characters),
      settings: typeof manifest.settings === 'string' ? manifest.settings : null,
    }
  } catch {
    return none
  }
}

/** Writes the manifest at `path`, inside the output folder `outDir`. */
export async function writeManifest(path: string, outDir: string, manifest: SiteManifest): Promise<void> {
  const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const file: ManifestFile = {generator: 'statement-packs archive', version: 1, files: [...manifest.files].sort(), keys: sorted(manifest.keys), characters: sorted(manifest.characters), settings: manifest.settings}
  await writeFileAtomic(path, `${JSON.stringify(file, null, 1)}\n`, {inside: outDir})
}
