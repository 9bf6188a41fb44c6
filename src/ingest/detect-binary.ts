import {pointInBytes} from './position.ts'
import type {Refusal} from './refusal.ts'

interface Signature {
  magic: readonly number[]
  /** Byte offset of `magic` (RIFF containers put the format name at 8). */
  at?: number
  what: string
}

const SIGNATURES: readonly Signature[] = [
  {magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'this is a PNG image, not text'},
  {magic: [0xff, 0xd8, 0xff], what: 'this is a JPEG image, not text'},
  {magic: ascii('GIF8'), what: 'this is a GIF image, not text'},
  {magic: ascii('WEBP'), at: 8, what: 'this is a WebP image, not text'},
  {magic: [0x49, 0x49, 0x2a, 0x00], what: 'this is a TIFF image, not text'},
  {magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'this is a TIFF image, not text'},
  {magic: [0x1f, 0x8b], what: 'this is a gzip archive; unpack it first'},
  {magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'this is a 7-Zip archive; unpack it first'},
  {magic: ascii('Rar!'), what: 'this is a RAR archive; unpack it first'},
  {magic: [0x7f, 0x45, 0x4c, 0x46], what: 'this is an executable program, not text'},
  {magic: [0xff, 0xfe, 0x00, 0x00], what: 'this is UTF-32 text, which is not supported; save it as UTF-8'},
  {magic: [0x00, 0x00, 0xfe, 0xff], what: 'this is UTF-32 text, which is not supported; save it as UTF-8'},
]

/** Share of control bytes above which a file is binary; text has next to none. */
const MAX_CONTROL_SHARE = 0.05

/**
 * Recognise bytes that are not text, once `detectFormat` has found no document format in them:
 * images, archives and programs by their magic number, then NUL bytes and control characters. UTF-16 (detected by its byte-order mark) is
 * text with NULs, so callers skip this for it.
 */
export function detectBinary(bytes: Uint8Array): Refusal | null {
  const signature = SIGNATURES.find(({magic, at = 0}) => startsWith(bytes, magic, at))
  if (signature) return {reason: signature.what, ruleId: 'binary-file', place: null}

  const firstNul = bytes.indexOf(0)
  if (firstNul !== -1) {
    const utf16 = utf16WithoutBom(bytes)
    const reason = utf16
      ? `this looks like UTF-16 text without a byte-order mark; pass --encoding ${utf16}`
      : 'this is a binary file, not text (it contains NUL bytes)'
    return {reason, ruleId: 'binary-file', place: pointInBytes(bytes, firstNul)}
  }

  let controls = 0
  let firstControl = -1
  for (let index = 0; index < bytes.length; index++) {
    if (isBinaryControl(bytes[index] as number)) {
      controls++
      if (firstControl === -1) firstControl = index
    }
  }
  if (controls > 0 && controls / bytes.length > MAX_CONTROL_SHARE) {
    return {reason: `this is a binary file, not text (${percent(controls / bytes.length)} of its bytes are control characters)`, ruleId: 'binary-file', place: pointInBytes(bytes, firstControl)}
  }
  return null
}

/** Tab, line feed, vertical tab, form feed and carriage return are text; ESC and the rest are not. */
function isBinaryControl(byte: number): boolean {
  return (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f
}

/** ASCII text in UTF-16 has a NUL in every other byte: at odd offsets for little-endian, even for big-endian. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2))
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue
    if (index % 2 === 0) evenNuls++
    else oddNuls++
  }
  const pairs = sample.length / 2
  if (pairs === 0) return null
  if (oddNuls / pairs > 0.6 && evenNuls / pairs < 0.1) return 'utf-16le'
  if (evenNuls / pairs > 0.6 && oddNuls / pairs < 0.1) return 'utf-16be'
  return null
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at: number): boolean {
  return bytes.length >= at + magic.length && magic.every((byte, index) => bytes[at + index] === byte)
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0))
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}
