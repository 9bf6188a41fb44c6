/** Length of the well-formed UTF-8 sequence starting at `index`, or 0. */
export function sequenceLength(bytes: Uint8Array, index: number): number {
  const shape = sequenceShape(bytes[index] as number)
  if (!shape) return 0
  for (let offset = 1; offset <= shape.continuations; offset++) {
    const byte = bytes[index + offset]
    const [min, max] = offset === 1 ? shape.second : [0x80, 0xbf]
    if (byte === undefined || byte < min || byte > max) return 0
  }
  return shape.continuations + 1
}

/** The character of the well-formed UTF-8 sequence that is exactly `bytes`, or null. */
export function decodeSequence(bytes: Uint8Array): string | null {
  if (bytes.length < 2 || sequenceLength(bytes, 0) !== bytes.length) return null
  const lead = bytes[0] as number
  let codePoint = lead & (0xff >> (bytes.length + 1))
  for (let index = 1; index < bytes.length; index++) codePoint = (codePoint << 6) | ((bytes[index] as number) & 0x3f)
  return String.fromCodePoint(codePoint)
}

/** How many continuation bytes follow a lead byte, and the range the second byte must fall in (Unicode Standard, table 3-7). */
function sequenceShape(lead: number): {continuations: number; second: [number, number]} | null {
  if (lead >= 0xc2 && lead <= 0xdf) return {continuations: 1, second: [0x80, 0xbf]}
  if (lead === 0xe0) return {continuations: 2, second: [0xa0, 0xbf]}
  if (lead === 0xed) return {continuations: 2, second: [0x80, 0x9f]}
  if (lead >= 0xe1 && lead <= 0xef) return {continuations: 2, second: [0x80, 0xbf]}
  if (lead === 0xf0) return {continuations: 3, second: [0x90, 0xbf]}
  if (lead >= 0xf1 && lead <= 0xf3) return {continuations: 3, second: [0x80, 0xbf]}
  if (lead === 0xf4) return {continuations: 3, second: [0x80, 0x8f]}
  return null
}
