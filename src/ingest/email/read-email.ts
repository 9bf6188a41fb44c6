import PostalMime, {type Attachment} from 'postal-mime'
import type {Refusal} from '../refusal.ts'

/** What an e-mail holds for the normaliser: the statements attached, else the body. Addresses and headers are never part of it. */
export interface EmailContents {
  /** Each attached statement under its name in the message, numbered when names repeat (see `attachmentNames`). */
  attachments: EmailAttachment[]
  /** The message's own text, the statement when nothing is attached; `html` is null when the message has no HTML part. */
  body: {html: string | null; text: string | null}
}

export interface EmailAttachment {
  name: string
  bytes: Uint8Array
}

/** Files that are a statement (or a statement in a format to refuse by name): never images, signatures, calendars or cards. */
const statementExtensions = new Set(['pdf', 'docx', 'txt', 'text', 'md', 'markdown', 'doc', 'rtf', 'odt', 'pages'])
const statementMimeTypes = new Map([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/msword', 'doc'],
  ['application/rtf', 'rtf'],
  ['text/rtf', 'rtf'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['text/plain', 'txt'],
  ['text/markdown', 'md'],
])

/**
 * Parse a MIME message (`.eml`). A forwarded message stays an attachment instead of being
 * inlined, so that its addresses never reach the body. Returns a Refusal for bytes that are not
 * a message postal-mime can read (past its nesting, size or part limits included).
 */
export async function readEmail(bytes: Uint8Array): Promise<EmailContents | Refusal> {
  let email
  try {
    email = await PostalMime.parse(bytes, {forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer'})
  } catch (error) {
    return {ruleId: 'unreadable-email', reason: `the e-mail cannot be read (${error instanceof Error ? error.message : String(error)})`, place: null}
  }
  const statements = email.attachments.filter(isStatement)
  const names = attachmentNames(statements.map(fileName))
  return {
    attachments: statements.map((attachment, index) => ({name: names[index]!, bytes: contentBytes(attachment)})),
    body: {html: nonBlank(email.html), text: nonBlank(email.text)},
  }
}

/** The statement attached under `name` (as `readEmail` names it); null when the message holds no such attachment. */
export async function readAttachment(emailBytes: Uint8Array, name: string): Promise<Uint8Array | Refusal | null> {
  const email = await readEmail(emailBytes)
  if ('ruleId' in email) return email
  return email.attachments.find((attachment) => attachment.name === name)?.bytes ?? null
}

/**
 * The names attachments are reported under (`message.eml#name`): the file name without any
 * folder part, and when two are the same, every one of them with a number before it
 * (`1-Statement.docx`, `2-Statement.docx`), so that no name points at two files.
 */
export function attachmentNames(fileNames: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const name of fileNames) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1)
  return fileNames.map((name, index) => ((counts.get(name.toLowerCase()) ?? 0) > 1 ? `${index + 1}-${name}` : name))
}

function isStatement(attachment: Attachment): boolean {
  if (attachment.related) return false
  const extension = extensionOf(attachment.filename ?? '')
  if (extension !== null) return statementExtensions.has(extension)
  // Text without a file name is the body's, unless the sender marked it as an attachment.
  if (attachment.mimeType.startsWith('text/') && attachment.disposition !== 'attachment') return false
  return statementMimeTypes.has(attachment.mimeType)
}

/** The file name as sent, without folders or control characters (a hostile `../../x.docx` stays a name); a name for an unnamed part. */
function fileName(attachment: Attachment): string {
  const name = (attachment.filename ?? '')
    .split(/[/\\]/)
    .pop()!
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
  return name === '' || name === '.' || name === '..' ? `attachment.${statementMimeTypes.get(attachment.mimeType) ?? 'bin'}` : name
}

function extensionOf(name: string): string | null {
  const match = /\.([a-z0-9]+)$/i.exec(name.trim())
  return match ? match[1]!.toLowerCase() : null
}

function contentBytes(attachment: Attachment): Uint8Array {
  const {content} = attachment
  if (typeof content === 'string') return new TextEncoder().encode(content)
  return content instanceof Uint8Array ? content : new Uint8Array(content)
}

function nonBlank(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text
}
