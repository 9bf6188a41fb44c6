import {Unzip, UnzipInflate, unzipSync} from 'fflate'

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

/**
 * Whether the archive really unpacks past `limit` bytes, whatever its headers declare: every entry
 * is inflated as a stream and counted, nothing kept, stopping as soon as the count passes the limit.
 * Throws on an archive that cannot be inflated.
 */
export function unpacksPast(bytes: Uint8Array, limit: number): boolean {
  let total = 0
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error
      total += chunk.length
      if (total > limit) file.terminate()
    }
    // Stored and deflated entries are counted; another method is for the reader to refuse.
    if (file.compression === 0 || file.compression === 8) file.start()
  })
  unzip.register(UnzipInflate)
  unzip.push(bytes, true)
  return total > limit
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
}
