import {zipSync, strToU8} from 'fflate'
import {describe, expect, it} from 'vitest'
import {detectFormat} from '../../src/ingest/detect-format.ts'

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : [...part])))
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const utf16 = (name: string) => Buffer.from(name, 'utf16le')
const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])))

describe('detectFormat', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), 'statement.bin', 'pdf'],
    ['a PDF after junk bytes', bytes('\r\n\r\n%PDF-1.4\n'), 'statement', 'pdf'],
    ['a Word document', zip({'[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>'}), 'statement.zip', 'docx'],
    ['a saved web page', bytes('\xef\xbb\xbf\n  <!DOCTYPE html>\n<html lang="en"><body>Madam President,</body></html>'), 'page.txt', 'html'],
    ['a page opening with a comment', bytes('<!-- saved from url=(0040)https://example.org/ -->\n<html><body></body></html>'), 'page', 'html'],
    ['an HTML fragment named .html', bytes('<div><p>Madam President,</p></div>'), 'page.html', 'html'],
    ['a MIME message', bytes('Received: from mail.example.org\r\nFrom: Mission <m@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nBody'), 'message', 'eml'],
    ['a message named .eml', bytes('From: Mission <m@example.org>\nSubject: Statement\n\nMadam President,'), 'message.eml', 'eml'],
    ['text', bytes('Madam President,\n\nThe Convention is working.\n'), 'statement.txt', 'text'],
    ['text that quotes an e-mail header', bytes('From: Mission\nSubject: Statement\n\nMadam President,'), 'statement.txt', 'text'],
    ['Markdown with inline HTML', bytes('<p>Madam President,</p>\n'), 'statement.md', 'text'],
    ['a renamed .docx named .txt', zip({'word/document.xml': '<w:document/>'}), 'statement.txt', 'docx'],
  ])('recognises %s from its bytes', (_, content, path, format) => {
    expect(detectFormat(content, path)).toBe(format)
  })

  it.each([
    ['a Word 97 document', bytes(ole, 'rest', utf16('WordDocument')), 'statement.doc', /Word 97 document \(\.doc\).*save it as \.docx/],
    ['an Outlook message', bytes(ole, 'rest', utf16('__substg1.0_0037001F')), 'message.msg', /Outlook message \(\.msg\).*save it as \.eml/],
    ['an Outlook message named .doc', bytes(ole, 'rest', utf16('__substg1.0_0037001F')), 'message.doc', /Outlook message/],
    ['an RTF document', bytes('{\\rtf1\\ansi Madam President,}'), 'statement.rtf', /RTF document.*save it as \.docx/],
    ['an OpenDocument text', zip({mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>'}), 'statement.odt', /OpenDocument file \(\.odt\).*save it as \.docx/],
    ['an Apple Pages document', zip({'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x'}), 'statement.pages', /Apple Pages document.*as \.docx/],
  ])('refuses %s with what to save it as', (_, content, path, reason) => {
    expect(detectFormat(content, path)).toMatchObject({ruleId: 'unsupported-format', reason: expect.stringMatching(reason)})
  })

  it('leaves another ZIP archive to be refused as binary', () => {
    expect(detectFormat(zip({'statements/a.txt': 'Madam President,'}), 'statements.zip')).toMatchObject({ruleId: 'binary-file', reason: expect.stringMatching(/ZIP archive/)})
  })

  it('never trusts the extension alone', () => {
    expect(detectFormat(bytes('Madam President,\n'), 'statement.pdf')).toBe('text')
    expect(detectFormat(bytes('Madam President,\n'), 'statement.docx')).toBe('text')
  })
})
