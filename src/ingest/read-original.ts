import {readFile} from 'node:fs/promises'
import {splitAttachmentPath} from './email/attachment-path.ts'
import {readAttachment} from './email/read-email.ts'

/**
 * The bytes of the original a statement was read from: the file itself, or for a statement
 * attached to an e-mail the attachment (never the message around it). Null when it cannot be
 * read any more (moved, changed since).
 */
export async function readOriginal(path: string): Promise<Uint8Array | null> {
  const {file, attachment} = splitAttachmentPath(path)
  const bytes = await readFile(file).catch(() => null)
  if (bytes === null || attachment === null) return bytes
  const attached = await readAttachment(bytes, attachment)
  return attached instanceof Uint8Array ? attached : null
}
