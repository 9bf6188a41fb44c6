import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {attachmentNames, readEmail, type EmailContents} from '../../src/ingest/email/read-email.ts'
import {splitAttachmentPath} from '../../src/ingest/email/attachment-path.ts'

const documents = (name: string) => fileURLToPath(new URL(`../documents/${name}`, import.meta.url))

async function contents(bytes: Uint8Array | string): Promise<EmailContents> {
  const read = await readEmail(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes)
  if ('ruleId' in read) throw new Error(read.reason)
  return read
}

/** A message with the attachments given, each `[file name, MIME type, content, disposition]`. */
function message(parts: Array<[string | null, string, string, string?]>): string {
  const lines = ['From: a@example.org', 'To: b@example.org', 'Subject: statements', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'Please find attached.']
  for (const [name, type, content, disposition = 'attachment'] of parts) {
    lines.push('--b', `Content-Type: ${type}${name ? `; name="${name}"` : ''}`, `Content-Disposition: ${disposition}${name ? `; filename="${name}"` : ''}`, 'Content-Transfer-Encoding: base64', '', Buffer.from(content).toString('base64'))
  }
  lines.push('--b--', '')
  return lines.join('\r\n')
}

describe('readEmail', () => {
  it('gives the attached Word document, byte for byte, and not the covering message', async () => {
    const email = await contents(await readFile(documents('email-with-docx.eml')))
    expect(email.attachments.map((attachment) => attachment.name)).toEqual(['Statement 9b.docx'])
    expect(Buffer.from(email.attachments[0]!.bytes).equals(await readFile(documents('en-two-page-statement.docx')))).toBe(true)
  })

  it('gives the HTML body of a message with nothing attached, and its text part apart', async () => {
    const email = await contents(await readFile(documents('email-html-body.eml')))
    expect(email.attachments).toEqual([])
    expect(email.body.html).toContain('<p>Madam President,</p>')
    expect(email.body.text).toContain('Madam President,')
    expect(email.body.html).not.toContain('mission-norland.example')
  })

  it('numbers attachments whose names repeat, and passes over the inline logo', async () => {
    const email = await contents(await readFile(documents('email-two-attachments.eml')))
    expect(email.attachments.map((attachment) => attachment.name)).toEqual(['1-Statement.txt', '2-Statement.txt'])
    expect(new TextDecoder().decode(email.attachments[0]!.bytes)).toContain('Agenda item 5')
    expect(new TextDecoder().decode(email.attachments[1]!.bytes)).toContain('Agenda item 6')
  })

  it('takes PDF, Word and text files (and documents to refuse by name), never images, signatures or cards', async () => {
    const email = await contents(
      message([
        ['a.pdf', 'application/pdf', '%PDF-1.7'],
        ['b.doc', 'application/msword', 'x'],
        ['photo.jpg', 'image/jpeg', 'x'],
        ['smime.p7s', 'application/pkcs7-signature', 'x'],
        ['card.vcf', 'text/vcard', 'x'],
        ['notes.md', 'text/markdown', '# Statement'],
        [null, 'application/pdf', '%PDF-1.7'],
      ]),
    )
    expect(email.attachments.map((attachment) => attachment.name)).toEqual(['a.pdf', 'b.doc', 'notes.md', 'attachment.pdf'])
  })

  it('keeps only the last part of a name that points into folders, so that a name never leads out of its message', async () => {
    // The second name is `..\x\notes.txt`, its backslashes escaped as a MIME quoted string asks.
    const email = await contents(message([['../../etc/Statement.docx', 'application/octet-stream', 'PK'], ['..\\\\x\\\\notes.txt', 'text/plain', 'text']]))
    expect(email.attachments.map((attachment) => attachment.name)).toEqual(['Statement.docx', 'notes.txt'])
  })

  it('keeps a forwarded message as an attachment, so that its addresses never reach the body', async () => {
    const forwarded = ['From: secret@example.org', 'To: other@example.org', 'Subject: old', '', 'Old text.'].join('\r\n')
    const raw = ['From: a@example.org', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'Statement text.', '--b', 'Content-Type: message/rfc822', '', forwarded, '--b--', ''].join('\r\n')
    const email = await contents(raw)
    expect(email.body.text).toContain('Statement text.')
    expect(`${email.body.text}${email.body.html}`).not.toContain('secret@example.org')
  })
})

describe('attachmentNames', () => {
  it('numbers every one of the names that repeat, in any case, and leaves the others', () => {
    expect(attachmentNames(['a.docx', 'b.pdf', 'A.docx'])).toEqual(['1-a.docx', 'b.pdf', '3-A.docx'])
  })
})

describe('splitAttachmentPath', () => {
  it('splits the e-mail from the attachment at the first `.eml#`, and leaves other paths whole', () => {
    expect(splitAttachmentPath('in/message.eml#Statement #2.docx')).toEqual({file: 'in/message.eml', attachment: 'Statement #2.docx'})
    expect(splitAttachmentPath('in/Statement #2.txt')).toEqual({file: 'in/Statement #2.txt', attachment: null})
  })
})
