import {unzipSync} from 'fflate'

export interface ZipEntry {
  name: string
  /** Uncompressed size as the archive's central directory declares it. */
  declaredSize: number
}

/**
 * The entries a ZIP archive declares, read from its central directory without inflating any, or
 * null when the archive cannot be read.
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const entries: ZipEntry[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({name: file.name, declaredSize: file.originalSize})
        return false
      },
    })
  } catch {
    return null
  }
  return entries
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
}
