/**
 * Windows-1252 as the WHATWG Encoding Standard defines it: bytes 0x80–0x9F are the
 * typographic characters below, the five bytes Windows leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) pass through as the C1 controls of the same number, and every
 * other byte is its Latin-1 code point.
 *
 * Hand-written because Node 20.18.3+ decodes `windows-1252` as Latin-1 (nodejs/node#56542):
 * `new TextDecoder('windows-1252')` turns 0x93 into U+0093 instead of “.
 */
const CHARACTERS_OF_0X80_TO_0X9F: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

const codeByByte = Uint16Array.from({length: 256}, (_, byte) =>
  byte >= 0x80 && byte <= 0x9f ? (CHARACTERS_OF_0X80_TO_0X9F[byte - 0x80] as number) : byte,
)

/** Byte by UTF-16 code unit; -1 where Windows-1252 has none (all its characters are in the BMP). */
const byteByCode = new Int16Array(0x10000).fill(-1)
codeByByte.forEach((code, byte) => {
  byteByCode[code] = byte
})

const utf16 = new TextDecoder('utf-16le')

export function decodeWindows1252(bytes: Uint8Array): string {
  // Map each byte to its UTF-16 code unit and let the native decoder build the string.
  const units = new Uint8Array(bytes.length * 2)
  for (let index = 0; index < bytes.length; index++) {
    const code = codeByByte[bytes[index] as number] as number
    units[index * 2] = code & 0xff
    units[index * 2 + 1] = code >> 8
  }
  return utf16.decode(units)
}

/** The bytes of `text` in Windows-1252, or null when a character has no byte there. */
export function encodeWindows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const byte = byteByCode[text.charCodeAt(index)] as number
    if (byte === -1) return null
    bytes[index] = byte
  }
  return bytes
}

/** The character Windows-1252 gives a byte. */
export function windows1252Char(byte: number): string {
  return String.fromCharCode(codeByByte[byte] as number)
}
