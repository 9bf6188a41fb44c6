import type {SourceFormat} from '../ingest/native-document.ts'
import {readOriginal} from '../ingest/read-original.ts'
import type {ArchiveStatement} from './plan-archive.ts'

export interface OriginalDownload {
  /** File name beside the statement's page (a reserved name). */
  name: string
  /** As the link names it: "Original (PDF)". */
  label: string
  type: string
}

/**
 * The originals a statement page offers for download, by the format the statement was read from.
 * A web page or an e-mail's own body is never copied: it may carry hostile HTML or the addresses
 * of the covering mail (a statement attached to an e-mail offers the attachment).
 */
export const originalDownloads: Partial<Record<SourceFormat, OriginalDownload>> = {
  pdf: {name: 'original.pdf', label: 'PDF', type: 'application/pdf'},
  docx: {name: 'original.docx', label: 'Word', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'},
}

/** Every path an original of this statement may take, for the manifest written before the build. */
export function plannedOriginals(entry: ArchiveStatement): string[] {
  return Object.values(originalDownloads).map((download) => `${entry.dir}/${download.name}`)
}

/**
 * A statement's PDF or Word original (`path`, as it was read), to copy beside its page: its site
 * path, how to offer it and its bytes, or null when there is none to offer (another format, or gone since).
 */
export async function originalOf(entry: ArchiveStatement, path: string | undefined): Promise<(OriginalDownload & {file: string; bytes: Uint8Array}) | null> {
  const download = originalDownloads[entry.statement.format]
  if (path === undefined || download === undefined) return null
  const bytes = await readOriginal(path)
  if (bytes === null) return null
  return {...download, file: `${entry.dir}/${download.name}`, bytes}
}
