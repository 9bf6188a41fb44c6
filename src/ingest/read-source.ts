import {readFile, stat} from 'node:fs/promises'
import {VFile} from 'vfile'
import {InputError, UsageError} from '../errors.ts'
import {dropControlCharacters} from './drop-control-characters.ts'
import {decodeBytes, isRefusal, resolveEncoding, type DecodedText} from './decode-bytes.ts'
import {detectBinary} from './detect-binary.ts'
import {detectFormat} from './detect-format.ts'
import {detectGarbage} from './detect-garbage.ts'
import {detectWrongCodePage} from './detect-wrong-code-page.ts'
import {splitAttachmentPath} from './email/attachment-path.ts'
import type {HeaderClues, NativeDocument, Origin, SourceFormat} from './native-document.ts'
import {readNativeDocument} from './native-readers.ts'
import {normaliseLineEndings} from './normalise-line-endings.ts'
import {describeOrigin} from './origin.ts'
import {DEFAULT_MAX_SIZE} from './read-options.ts'
import {pointInBytes, pointInText, type Point} from './position.ts'
import type {Refusal} from './refusal.ts'
import {repairMojibake} from './repair-mojibake.ts'
import {replaceC1Controls} from './replace-c1-controls.ts'
import {suggestEncodings} from './suggest-encodings.ts'

declare module 'vfile' {
  interface DataMap {
    /** WHATWG name of the encoding the source was decoded from. */
    encoding: string
    /** The format the source was read as. */
    format: SourceFormat
    /** A native document's origin of each line of the value (index = line − 1): its page or paragraph. */
    origins: Array<Origin | undefined>
    /** Header clues a native document carries outside its text (a web page's title, lang and time). */
    clues: HeaderClues
    /** True when a native reader wrote the value as Markdown from the file's own blocks: its paragraphs are the file's. */
    blocksWritten: boolean
  }
}

export interface ReadSourceOptions {
  /** Force a decoding (any WHATWG encoding label: windows-1251, gbk…). */
  encoding?: string
  /** Refuse files larger than this many bytes. */
  maxSize?: number
}

export {DEFAULT_MAX_SIZE}

const SOURCE = 'statement-packs'

/**
 * Read one source file into a VFile holding its statement text. The format is detected from the
 * bytes: a native document (Word, web page, PDF, e-mail) is read by its own reader into Markdown
 * with the file's own blocks; text is decoded: UTF-8 (BOM or not),
 * UTF-16 with a BOM, Windows-1252, or the encoding named; mojibake repaired, line
 * endings LF, Unicode NFC. What was changed is reported as info messages on the file.
 * Throws InputError (naming the file, with a ruleId and, where there is one, a place)
 * for files that are missing, too large, empty, binary, in an unknown encoding or garbled;
 * UsageError for an unknown encoding label.
 */
export async function readSource(path: string, options: ReadSourceOptions = {}): Promise<VFile> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE
  const forced = options.encoding === undefined ? undefined : resolveEncoding(options.encoding)
  if (forced === null) {
    throw new UsageError(`unknown encoding "${options.encoding}": expected a label such as utf-8, utf-16le, windows-1252, windows-1251, gbk or shift_jis`)
  }

  // A statement attached to an e-mail is read from the message's bytes: the limits hold for the message.
  const {file: filePath, attachment} = splitAttachmentPath(path)
  const size = await fileSize(filePath, path)
  if (size > maxSize) throw new InputError(path, `the file is ${formatSize(size)}, larger than the ${formatSize(maxSize)} limit (--max-size)`, 'file-too-large')
  const bytes = await readFile(filePath).catch((error: unknown) => {
    throw unreadable(path, error)
  })
  if (bytes.length > maxSize) throw new InputError(path, `the file is ${formatSize(bytes.length)}, larger than the ${formatSize(maxSize)} limit (--max-size)`, 'file-too-large')
  if (attachment !== null) return readEmailSource(bytes, path, attachment, forced)
  return readDocument(bytes, path, forced)
}

/** Bytes of any format → the statement: the format is detected from the bytes, `path` names them in messages. */
async function readDocument(bytes: Uint8Array, path: string, forced: string | undefined, inEmail = false): Promise<VFile> {
  if (bytes.length === 0) throw new InputError(path, 'the file is empty', 'empty-file')
  const format = detectFormat(bytes, path)
  if (typeof format !== 'string') throw refuse(path, format)
  if (format === 'eml') {
    if (inEmail) throw new InputError(path, 'this attachment is itself an e-mail; save the statement it carries and read that', 'unsupported-format')
    return readEmailSource(bytes, path, null, forced)
  }
  if (format !== 'text') return nativeFile(path, await readNativeDocument(format, bytes, path))
  return readText(bytes, path, forced)
}

/**
 * An e-mail: the statement attached under `attachment` (the source `message.eml#name`), or
 * with no attachment named, the one statement attached, else the body (the HTML part read as a
 * web page, else the text part). The covering message and the addresses never reach the statement.
 */
async function readEmailSource(bytes: Uint8Array, path: string, attachment: string | null, forced: string | undefined): Promise<VFile> {
  const {readEmail} = await import('./email/read-email.ts')
  const email = await readEmail(bytes)
  if ('ruleId' in email) throw refuse(path, email)
  if (attachment !== null) {
    const attached = email.attachments.find((candidate) => candidate.name === attachment)
    if (!attached) throw new InputError(path, `the e-mail has no statement attached as "${attachment}"`, 'missing-file')
    return readDocument(attached.bytes, path, forced, true)
  }
  const [only, ...others] = email.attachments
  if (only && others.length > 0) {
    const names = email.attachments.map((candidate) => `"${candidate.name}"`).join(', ')
    throw new InputError(path, `the e-mail carries ${email.attachments.length} statements (${names}); name it .eml so that each is read as a source of its own`, 'email-several-statements')
  }
  if (only) return readDocument(only.bytes, path, forced, true)
  const {html, text} = email.body
  // The text part is already decoded: --encoding was for the message, not for it.
  const file = html !== null ? nativeFile(path, await readNativeDocument('html', utf8.encode(html), path)) : text !== null ? readText(utf8.encode(text), path, undefined) : null
  if (file === null) throw new InputError(path, 'the e-mail has neither a statement attached nor a body', 'empty-file')
  file.data.format = 'eml'
  return file
}

const utf8 = new TextEncoder()

/** Decoded text, repaired, with what changed reported. */
function readText(bytes: Uint8Array, path: string, forced: string | undefined): VFile {
  if (!forced?.startsWith('utf-16') && !startsWithUtf16ByteOrderMark(bytes)) {
    const binary = detectBinary(bytes)
    if (binary) throw refuse(path, binary)
  }
  const decoded = decodeBytes(bytes, {encoding: forced})
  if (isRefusal(decoded)) throw refuse(path, decoded)

  const file = new VFile({path})
  file.data.format = 'text'
  file.data.encoding = decoded.encoding
  reportDecoding(file, decoded, bytes)

  const lineEndings = normaliseLineEndings(decoded.text)
  if (lineEndings.count > 0) {
    info(file, `Unexpected ${lineEndings.firstBreak} line breaks, expected LF: rewrote ${plural(lineEndings.count, 'line break')}`, pointInText(decoded.text, lineEndings.first), 'normalise-line-endings')
  }

  const c1 = replaceC1Controls(lineEndings.text)
  if (c1.count > 0) {
    const control = c1.text.charAt(c1.first)
    info(
      file,
      `Unexpected C1 control ${visible(lineEndings.text.charAt(c1.first))}, expected \`${control}\`: replaced ${plural(c1.count, 'control character')} with the Windows-1252 characters they stand for (text once read as ISO-8859-1)`,
      pointInText(lineEndings.text, c1.first),
      'repair-c1-control',
    )
  }

  const mojibake = repairMojibake(c1.text)
  const [firstRepair] = mojibake.repairs
  if (firstRepair) {
    const sequences = mojibake.repairs.reduce((sum, repair) => sum + repair.count, 0)
    info(
      file,
      `Unexpected mojibake \`${visible(firstRepair.garbled)}\`, expected \`${firstRepair.repaired}\`: repaired ${plural(sequences, 'garbled sequence')} on ${plural(mojibake.repairs.length, 'line')} (UTF-8 text once read as Windows-1252)`,
      firstRepair,
      'repair-mojibake',
    )
  }

  if (decoded.detectedBy === 'fallback') reportWrongCodePage(file, mojibake.text, bytes)

  const garbage = detectGarbage(mojibake.text)
  if (garbage) throw refuse(path, garbage)
  reportReplacementCharacters(file, mojibake.text)

  const controls = dropControlCharacters(mojibake.text)
  if (controls.count > 0) {
    info(file, `Unexpected invisible control character, expected text: dropped ${plural(controls.count, 'character')}`, pointInText(mojibake.text, controls.first), 'drop-control-character')
  }

  const text = controls.text.normalize('NFC')
  if (text !== controls.text) {
    info(file, 'Unexpected decomposed characters, expected Unicode NFC: composed them', pointInText(controls.text, firstDifference(controls.text, text)), 'normalise-unicode')
  }

  if (text.trim() === '') throw new InputError(path, 'the file holds only whitespace', 'empty-file')
  file.value = text
  return file
}

/** A native document as the normaliser reads it: its Markdown, with what the reader left out reported. */
function nativeFile(path: string, document: NativeDocument): VFile {
  if (document.markdown.trim() === '') throw new InputError(path, 'the document holds no text', 'empty-file')
  const file = new VFile({path, value: document.markdown})
  file.data.format = document.format
  file.data.origins = document.origins
  file.data.clues = document.clues
  file.data.blocksWritten = true
  for (const removed of document.removed) {
    const place = firstLineOfPage(document.origins, removed.origin?.page)
    const message = file.info(`Unexpected ${removed.reason} \`${removed.text}\`, expected statement text${describeOrigin(removed.origin)}`, {place, ruleId: removed.ruleId, source: SOURCE})
    message.origin = removed.origin
  }
  return file
}

/** Furniture removed from a PDF page is placed at the first line of text kept from that page. */
function firstLineOfPage(origins: NativeDocument['origins'], page: number | undefined): {line: number; column: number} | undefined {
  if (page === undefined) return undefined
  const index = origins.findIndex((origin) => origin?.page === page)
  return index === -1 ? undefined : {line: index + 1, column: 1}
}

/** Size of the file at `filePath`; errors name `path` (the source, which may be an attachment inside it). */
async function fileSize(filePath: string, path: string): Promise<number> {
  const stats = await stat(filePath).catch((error: unknown) => {
    throw unreadable(path, error)
  })
  if (stats.isDirectory()) throw new InputError(path, 'this is a folder, not a file', 'not-a-file')
  if (!stats.isFile()) throw new InputError(path, 'this is not a regular file', 'not-a-file')
  return stats.size
}

function unreadable(path: string, error: unknown): InputError {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  if (code === 'ENOENT') return new InputError(path, 'no such file', 'missing-file', {cause: error})
  if (code === 'EACCES' || code === 'EPERM') return new InputError(path, 'the file cannot be read (permission denied)', 'unreadable-file', {cause: error})
  return new InputError(path, `the file cannot be read (${error instanceof Error ? error.message : String(error)})`, 'unreadable-file', {cause: error})
}

function refuse(path: string, refusal: Refusal): InputError {
  return new InputError(path, refusal.reason, refusal.ruleId, refusal.place ?? undefined)
}

/** UTF-16 text has NUL bytes; its byte-order mark says so (FF FE 00 00 is UTF-32, which detectBinary refuses). */
function startsWithUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return true
  return bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)
}

function reportDecoding(file: VFile, decoded: DecodedText, bytes: Uint8Array): void {
  switch (decoded.detectedBy) {
    case 'byte-order-mark':
      if (decoded.encoding === 'utf-8') info(file, 'Unexpected byte-order mark, expected UTF-8 without one: removed it', {line: 1, column: 1}, 'strip-byte-order-mark')
      else info(file, `Unexpected ${decoded.encoding === 'utf-16le' ? 'UTF-16 little-endian' : 'UTF-16 big-endian'} text, expected UTF-8: decoded it`, {line: 1, column: 1}, 'decode-utf-16')
      return
    case 'fallback': {
      const offset = decoded.firstNonUtf8Byte ?? 0
      const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')
      info(file, `Unexpected byte 0x${byte}, expected UTF-8: decoded the file as Windows-1252`, pointInBytes(bytes, offset), 'decode-windows-1252')
      return
    }
    case 'option':
      info(file, `Decoded the file as ${decoded.encoding} (--encoding)`, {line: 1, column: 1}, 'decode-encoding')
      return
    case 'valid-utf-8':
      return
  }
}

function reportWrongCodePage(file: VFile, text: string, bytes: Uint8Array): void {
  const evidence = detectWrongCodePage(text)
  if (!evidence) return
  const suggestions = evidence.kind === 'non-latin-word' ? suggestEncodings(bytes) : []
  const hint =
    suggestions.length > 0
      ? `it reads as ${suggestions.join(', ')}`
      : evidence.kind === 'sign-inside-word'
        ? 'Central European text is often windows-1250'
        : 'for example windows-1251'
  const expected = evidence.kind === 'sign-inside-word' ? 'a letter' : 'Latin-script words'
  file.message(`Unexpected \`${evidence.found}\` in Windows-1252 text, expected ${expected}: the file may be in another encoding (${hint}); name it with --encoding`, {
    place: pointInText(text, evidence.offset),
    ruleId: 'suspect-encoding',
    source: SOURCE,
  })
}

function reportReplacementCharacters(file: VFile, text: string): void {
  const first = text.indexOf('\ufffd')
  if (first === -1) return
  const count = text.split('\ufffd').length - 1
  file.message(`Unexpected replacement character U+FFFD, expected text: ${plural(count, 'character was', 'characters were')} lost before this file was saved or in decoding`, {
    place: pointInText(text, first),
    ruleId: 'replacement-character',
    source: SOURCE,
  })
}

function info(file: VFile, reason: string, place: Point, ruleId: string): void {
  file.info(reason, {place: {line: place.line, column: place.column}, ruleId, source: SOURCE})
}

function firstDifference(a: string, b: string): number {
  let index = 0
  while (index < a.length && a[index] === b[index]) index++
  return index
}

/** Invisible C1 controls (the U+009D in `â€<U+009D>`) shown by code point. */
function visible(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Number((bytes / 1024 ** 2).toFixed(1))} MB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`
  return `${bytes} bytes`
}
