import {readFile, stat} from 'node:fs/promises'
import {attachmentPath, isEmailFileName} from '../ingest/email/attachment-path.ts'
import {DEFAULT_MAX_SIZE} from '../ingest/read-options.ts'

interface Expandable {
  source: string
  path: string
  refusal: unknown
}

/**
 * Each e-mail (`.eml`) that carries statements as attachments becomes one source per attached
 * statement (`message.eml#Statement.docx`), in the message's order; the covering message is not a
 * source. An e-mail with no statement attached stays one source (its body is the statement), and
 * so does one that cannot be opened here (too large, not a message): reading it says why.
 */
export async function expandEmails<Source extends Expandable>(sources: readonly Source[], maxSize = DEFAULT_MAX_SIZE): Promise<Source[]> {
  const expanded: Source[] = []
  for (const source of sources) {
    const names = source.refusal === null && isEmailFileName(source.path) ? await attachedStatements(source.path, maxSize) : []
    if (names.length === 0) expanded.push(source)
    else for (const name of names) expanded.push({...source, source: attachmentPath(source.source, name), path: attachmentPath(source.path, name)})
  }
  return expanded
}

async function attachedStatements(path: string, maxSize: number): Promise<string[]> {
  const size = await stat(path).then((stats) => (stats.isFile() ? stats.size : Infinity), () => Infinity)
  if (size > maxSize) return []
  const bytes = await readFile(path).catch(() => null)
  if (bytes === null) return []
  // postal-mime is loaded only when a batch has an e-mail in it.
  const {readEmail} = await import('../ingest/email/read-email.ts')
  const email = await readEmail(bytes)
  return 'ruleId' in email ? [] : email.attachments.map((attachment) => attachment.name)
}
