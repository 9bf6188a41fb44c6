import {pointInBytes} from './position.ts'
import type {Refusal} from './refusal.ts'
import {suggestEncodings} from './suggest-encodings.ts'
import {sequenceLength} from './utf8.ts'
import {decodeWindows1252} from './windows-1252.ts'

export interface DecodedText {
  text: string
  /** WHATWG name of the encoding the text was decoded from (`utf-8`, `utf-16le`, `windows-1252`, `gbk`…). */
  encoding: string
  /** Why that encoding: a byte-order mark, bytes that are valid UTF-8, the Windows-1252 fallback, or the caller's choice. */
  detectedBy: 'byte-order-mark' | 'valid-utf-8' | 'fallback' | 'option'
  /** Byte offset of the first byte that is not UTF-8, when the fallback was taken. */
  firstNonUtf8Byte: number | null
}

export interface DecodeOptions {
  /** A WHATWG encoding label that overrides detection. */
  encoding?: string
}

/** Share of non-ASCII characters above which Windows-1252 text is not a Latin-script language. */
const MAX_NON_ASCII_SHARE_IN_LATIN = 0.3

/** The canonical WHATWG name for an encoding label ("latin1" → "windows-1252", "GBK" → "gbk"), or null when unknown. */
export function resolveEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return null
  }
}

/**
 * Bytes → text. A byte-order mark decides (UTF-8, UTF-16 LE/BE); else valid UTF-8 is
 * UTF-8; else the bytes are read as Windows-1252 when that gives Latin-script text or
 * when they are mostly UTF-8 with a few stray bytes. Anything else needs the encoding
 * named. Returns a Refusal when no reading fits.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText | Refusal {
  if (options.encoding !== undefined) {
    const encoding = resolveEncoding(options.encoding)
    if (!encoding) return {reason: `unknown encoding "${options.encoding}"`, ruleId: 'unknown-encoding', place: null}
    return {text: decodeAs(encoding, bytes), encoding, detectedBy: 'option', firstNonUtf8Byte: null}
  }
  const marked = byteOrderMark(bytes)
  if (marked) return {text: decodeAs(marked, bytes), encoding: marked, detectedBy: 'byte-order-mark', firstNonUtf8Byte: null}

  const utf8 = decodeStrictUtf8(bytes)
  if (utf8 !== null) return {text: utf8, encoding: 'utf-8', detectedBy: 'valid-utf-8', firstNonUtf8Byte: null}

  // Windows-1252 keeps whatever valid UTF-8 the file holds recoverable: the mojibake repair turns it back.
  const scan = scanUtf8(bytes)
  const firstNonUtf8Byte = scan.firstInvalid
  const text = decodeWindows1252(bytes)
  if (!readsAsLatinScript(text) && !isMostlyUtf8(scan)) {
    const byte = (bytes[firstNonUtf8Byte] as number).toString(16).toUpperCase().padStart(2, '0')
    const suggestions = suggestEncodings(bytes)
    const advice =
      suggestions.length === 1
        ? `it reads as ${suggestions[0]}: name it with --encoding ${suggestions[0]}`
        : suggestions.length > 1
          ? `it reads as ${suggestions.join(', ')}: name the right one with --encoding`
          : 'name its encoding with --encoding, for example windows-1251 or gbk'
    return {
      reason: `the text is neither UTF-8 nor Latin-script Windows-1252 (byte 0x${byte} here is not UTF-8); ${advice}`,
      ruleId: 'unknown-encoding',
      place: pointInBytes(bytes, firstNonUtf8Byte),
    }
  }
  return {text, encoding: 'windows-1252', detectedBy: 'fallback', firstNonUtf8Byte}
}

export function isRefusal(value: DecodedText | Refusal): value is Refusal {
  return 'ruleId' in value
}

/** Decoding drops a leading byte-order mark of the same encoding. */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  // Node 20's TextDecoder reads windows-1252 as Latin-1 (nodejs/node#56542).
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return new TextDecoder(encoding).decode(bytes)
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

interface Utf8Scan {
  /** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included). */
  firstInvalid: number
  invalidBytes: number
  /** Well-formed sequences of two to four bytes. */
  multiByteSequences: number
}

function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = {firstInvalid: -1, invalidBytes: 0, multiByteSequences: 0}
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] as number
    if (lead < 0x80) {
      index++
      continue
    }
    const length = sequenceLength(bytes, index)
    if (length === 0) {
      if (scan.invalidBytes++ === 0) scan.firstInvalid = index
      index++
    } else {
      scan.multiByteSequences++
      index += length
    }
  }
  return scan
}

/** A UTF-8 file with a few stray bytes (or a pasted line in Windows-1252), not text in a legacy encoding. */
function isMostlyUtf8(scan: Utf8Scan): boolean {
  return scan.multiByteSequences >= 10 * scan.invalidBytes
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return null
  }
}

/** Latin-script languages write mostly ASCII letters; Cyrillic or CJK bytes read as Windows-1252 are mostly not. */
function readsAsLatinScript(text: string): boolean {
  let visible = 0
  let nonAscii = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code <= 0x20) continue
    visible++
    if (code > 0x7f) nonAscii++
  }
  return visible > 0 && nonAscii / visible <= MAX_NON_ASCII_SHARE_IN_LATIN
}
