import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {writeFileAtomic} from '../file-safety/write-file-atomic.ts'

/** The archive's record of the files it wrote, kept in the output folder. */
export const manifestName = '.statement-packs-manifest.json'

interface Manifest {
  generator: 'statement-packs archive'
  version: 1
  files: string[]
}

/** Files the previous build wrote, or none when there is no (readable) manifest. */
export async function readManifest(outDir: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(join(outDir, manifestName), 'utf8')
  } catch {
    return []
  }
  try {
    const manifest = JSON.parse(text) as Partial<Manifest>
    return Array.isArray(manifest.files) ? manifest.files.filter((file): file is string => typeof file === 'string') : []
  } catch {
    return []
  }
}

export async function writeManifest(outDir: string, files: Iterable<string>): Promise<void> {
  const manifest: Manifest = {generator: 'statement-packs archive', version: 1, files: [...files].sort()}
  await writeFileAtomic(join(outDir, manifestName), `${JSON.stringify(manifest, null, 1)}\n`)
}
