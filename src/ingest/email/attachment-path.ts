/**
 * A statement attached to an e-mail is a source of its own, named after the message and the
 * attachment: `message.eml#Statement.docx`. The same form serves as the path to read
 * (`/abs/message.eml#Statement.docx`) and as the source reported in diagnostics.
 */
export function attachmentPath(messagePath: string, attachmentName: string): string {
  return `${messagePath}#${attachmentName}`
}

/** The file to read and the attachment to read inside it (null for a file read as it is). */
export function splitAttachmentPath(path: string): {file: string; attachment: string | null} {
  const match = /\.eml#/i.exec(path)
  if (!match) return {file: path, attachment: null}
  const end = match.index + match[0].length
  return {file: path.slice(0, end - 1), attachment: path.slice(end)}
}

/** True for a file named as an e-mail, which a run reads as one source per attached statement. */
export function isEmailFileName(path: string): boolean {
  return /\.eml$/i.test(path)
}
