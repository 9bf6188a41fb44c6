import {copyFile, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {run} from './cli-helpers.ts'

const documents = fileURLToPath(new URL('../documents/', import.meta.url))

interface JsonEntry {
  source: string
  format: string | null
  meta: {agendaItem: {key: string} | null; title: string | null; meetingKey: string | null; heading: string[]} | null
  markdown: string | null
  messages: {ruleId: string | null; reason: string; line: number | null; column: number | null; fatal: boolean}[]
}

/** A message from a mission with a covering note and the attachments given (`[file name, MIME type, content]`). */
function email(attachments: Array<[string, string, string | Uint8Array]>): string {
  const lines = ['From: "Mission" <desk@mission.example>', 'To: statements@secretariat.example', 'Subject: For publication', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="part"', '']
  lines.push('--part', 'Content-Type: text/plain; charset=utf-8', '', 'Dear colleagues, please publish the attached. Reach me at desk@mission.example.')
  for (const [name, type, content] of attachments) {
    lines.push('--part', `Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '', Buffer.from(content).toString('base64'))
  }
  lines.push('--part--', '')
  return lines.join('\r\n')
}

const statement = (lines: string[]) => `${lines.join('\n')}\n`

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-email-'))
  for (const name of ['email-two-attachments.eml', 'email-html-body.eml']) await copyFile(join(documents, name), join(folder, name))
  await writeFile(
    join(folder, 'damaged.eml'),
    email([
      // Line 6, column 36 of the attachment: a character lost before the mission sent it.
      ['Statement on item 8.txt', 'text/plain; charset=utf-8', statement(['Statement by the Delegation of Norland', 'Geneva, 25 August 2025', '', 'Mr. President,', '', 'Norland welcomes the report of the \ufffd working group and its clear recommendations.'])],
      ['Old statement.doc', 'application/msword', Buffer.from('d0cf11e0a1b11ae1000000000000000057006f007200640044006f00630075006d0065006e007400', 'hex')],
    ]),
  )
})

async function normaliseJson(...files: string[]): Promise<{code: number | null; entries: JsonEntry[]; stderr: string}> {
  const result = await run(['normalise', ...files, '--json'], folder)
  return {code: result.code, entries: JSON.parse(result.stdout) as JsonEntry[], stderr: result.stderr}
}

describe('e-mail sources', () => {
  it('prints one entry per attached statement, each named message.eml#attachment, numbered when names repeat', async () => {
    const {code, entries} = await normaliseJson('email-two-attachments.eml')
    expect(code).toBe(0)
    expect(entries.map((entry) => entry.source)).toEqual(['email-two-attachments.eml#1-Statement.txt', 'email-two-attachments.eml#2-Statement.txt'])
    expect(entries.map((entry) => entry.meta?.agendaItem?.key)).toEqual(['5', '6'])
    for (const entry of entries) {
      expect(entry.meta?.meetingKey).toBe('att-11csp')
      expect(entry.markdown).not.toContain('Dear colleagues')
      expect(entry.markdown).not.toContain('@')
    }
  })

  it('reads an attached Word document as the statement, as if the document had been given alone', async () => {
    const result = await run(['normalise', join(documents, 'email-with-docx.eml'), '--json'], folder)
    expect(result.code).toBe(0)
    const [fromEmail] = JSON.parse(result.stdout) as JsonEntry[]
    expect(fromEmail!.source).toBe(`${join(documents, 'email-with-docx.eml')}#Statement 9b.docx`)
    expect(fromEmail!.format).toBe('docx')
    const alone = JSON.parse((await run(['normalise', join(documents, 'en-two-page-statement.docx'), '--json'], folder)).stdout) as JsonEntry[]
    expect(fromEmail!.meta).toEqual(alone[0]!.meta)
    expect(fromEmail!.markdown).toBe(alone[0]!.markdown)
    expect(fromEmail!.markdown).not.toMatch(/Dear colleagues|mission-norland/)
  })

  it('reads the body of a message with nothing attached as the statement, without its addresses', async () => {
    const {code, entries} = await normaliseJson('email-html-body.eml')
    expect(code).toBe(0)
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry!.source).toBe('email-html-body.eml')
    expect(entry!.format).toBe('eml')
    expect(entry!.meta?.agendaItem?.key).toBe('7c')
    expect(entry!.meta?.meetingKey).toBe('ccm-13msp')
    expect(entry!.markdown).toContain('Norland thanks the coordinators')
    expect(entry!.markdown).not.toMatch(/mission-norland|secretariat\.example|Subject:/)
    // Its header lines, broken with <br>, go to the heading: never reported as dropped chrome.
    expect(entry!.meta?.heading).toContain('Geneva, 16 September 2025')
    expect(entry!.messages.filter((message) => message.ruleId === 'drop-site-chrome')).toEqual([])
  })

  it('positions a diagnostic inside an attachment as message.eml#name:line:column, and refuses an attachment alone', async () => {
    const result = await run(['normalise', 'damaged.eml'], folder)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^damaged\.eml#Statement on item 8\.txt:6:36 {2}warning {2}Unexpected replacement character U\+FFFD.* {2}replacement-character$/m)
    expect(result.stderr).toMatch(/^damaged\.eml#Old statement\.doc:1:1 {2}error {2}this is a Word 97 document \(\.doc\).*unsupported-format$/m)
  })

  it('finds e-mails in a folder and expands them like files named on the command line', async () => {
    const {entries} = await normaliseJson('.')
    expect(entries.map((entry) => entry.source)).toEqual([
      'damaged.eml#Statement on item 8.txt',
      'damaged.eml#Old statement.doc',
      'email-html-body.eml',
      'email-two-attachments.eml#1-Statement.txt',
      'email-two-attachments.eml#2-Statement.txt',
    ])
  })

  it('reads an attachment by its name from the message; a name the message does not hold (changed since) is refused', async () => {
    const changed = join(folder, 'changed.eml')
    await writeFile(changed, email([['A.txt', 'text/plain', 'Madam President,\n\nNorland supports the decision.\n']]))
    const {loadStatement} = await import('../../src/load-statement.ts')
    await expect(loadStatement(`${changed}#B.txt`)).rejects.toThrow(/no statement attached as "B\.txt"/)
    expect((await loadStatement(`${changed}#A.txt`)).markdown).toContain('Norland supports the decision.')
  })
})
