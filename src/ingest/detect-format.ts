import {extname} from 'node:path'
import type {SourceFormat} from './native-document.ts'
import type {Refusal} from './refusal.ts'
import {isZip, listZipEntries} from './zip-entries.ts'

const SAVE_AS_DOCX = 'open it in a word processor and save it as .docx (or as plain text)'

/** How many bytes are enough to recognise HTML or an e-mail by their opening. */
const HEAD_LENGTH = 4096

/**
 * The format of a source, decided from its bytes: magic numbers, a ZIP's contents, the opening
 * of an HTML page or of an e-mail's header. The extension only breaks ties (an HTML fragment, an
 * OLE compound file that could be a .doc or a .msg); it never decides alone. Formats that are
 * documents but not read here are refused (`unsupported-format`) with what to save them as;
 * anything else that is not text is left to `detectBinary`.
 */
export function detectFormat(bytes: Uint8Array, path: string): SourceFormat | Refusal {
  const extension = extname(path).toLowerCase()
  const head = Buffer.from(bytes.subarray(0, HEAD_LENGTH)).toString('latin1')
  // The PDF specification lets a header appear within the first kilobyte.
  if (head.slice(0, 1024).includes('%PDF-')) return 'pdf'
  if (head.startsWith('{\\rtf')) return unsupported('an RTF document', SAVE_AS_DOCX)
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundFile(bytes, extension)
  if (isZip(bytes)) return zipFormat(bytes, head, extension)

  const text = head.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\0/g, '').trimStart()
  if (isHtml(text, extension)) return 'html'
  if (isEmail(text, extension)) return 'eml'
  return 'text'
}

function unsupported(what: string, advice: string): Refusal {
  return {reason: `this is ${what}, which is not read; ${advice}`, ruleId: 'unsupported-format', place: null}
}

/** Word 97 documents, Outlook messages and old Excel/PowerPoint files share the OLE container; its stream names tell them apart. */
function compoundFile(bytes: Uint8Array, extension: string): Refusal {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const hasStream = (name: string) => buffer.includes(Buffer.from(name, 'utf16le'))
  if (hasStream('__substg1.0_') || (extension === '.msg' && !hasStream('WordDocument'))) return unsupported('an Outlook message (.msg)', 'open it in Outlook and save it as .eml')
  if (hasStream('WordDocument') || extension === '.doc') return unsupported('a Word 97 document (.doc)', SAVE_AS_DOCX)
  return unsupported('a legacy Office file (.xls, .ppt)', 'export the statement from it as .docx or plain text')
}

function zipFormat(bytes: Uint8Array, head: string, extension: string): SourceFormat | Refusal {
  // An unreadable archive is named by the entry names in its first local headers.
  const names = listZipEntries(bytes)?.map((entry) => entry.name) ?? [head]
  const has = (test: (name: string) => boolean) => names.some(test)
  if (has((name) => name.includes('word/document.xml'))) return 'docx'
  if (head.includes('application/vnd.oasis.opendocument') || extension === '.odt') return unsupported('an OpenDocument file (.odt)', SAVE_AS_DOCX)
  if (has((name) => /(?:^|\/)Index\/Document\.iwa$|^index\.xml$|(?:^|\/)Index\.zip$/.test(name)) || extension === '.pages') {
    return unsupported('an Apple Pages document (.pages)', 'export it from Pages as .docx')
  }
  if (has((name) => name.includes('xl/'))) return unsupported('an Excel workbook (.xlsx)', 'export the statement as .docx or plain text')
  if (has((name) => name.includes('ppt/'))) return unsupported('a PowerPoint presentation (.pptx)', 'export the statement as .docx or plain text')
  return {reason: 'this is a ZIP archive; unpack it and pass the files inside', ruleId: 'binary-file', place: null}
}

/** A saved page opens with a doctype or `<html>` (after comments); a bare fragment counts only when named .html. */
function isHtml(text: string, extension: string): boolean {
  const opening = text.replace(/^(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*/, '')
  if (/^<(?:!doctype\s+html|html)[\s>]/i.test(opening)) return true
  return (extension === '.html' || extension === '.htm' || extension === '.xhtml') && /^<[a-z!]/i.test(opening)
}

/**
 * An e-mail opens with RFC 822 header fields. A statement pasted from a mail client often keeps
 * "From:" and "Subject:" lines too, so a text file counts as a message only when its header says
 * MIME or the file is named .eml.
 */
function isEmail(text: string, extension: string): boolean {
  const header = text.split(/\r?\n\r?\n/, 1)[0] ?? ''
  const lines = header.split(/\r?\n/)
  if (!/^[!-9;-~]+:/.test(lines[0] ?? '')) return false
  const fields = new Set(lines.map((line) => /^([!-9;-~]+):/.exec(line)?.[1]?.toLowerCase()).filter((name) => name !== undefined))
  if (fields.has('mime-version') || (fields.has('content-type') && fields.has('from'))) return true
  return extension === '.eml' && (fields.has('from') || fields.has('received') || fields.has('return-path'))
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte)
}
