import {describe, expect, it} from 'vitest'
import {decodeWindows1252, encodeWindows1252} from '../../src/ingest/windows-1252.ts'

describe('Windows-1252', () => {
  it('reads 0x80–0x9F as the typographic characters, not as C1 controls', () => {
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x85, 0x80, 0x92))).toBe('“A” – …€’')
  })

  it('passes the five undefined bytes through as C1 controls, like browsers', () => {
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d')
  })

  it('reads 0xA0–0xFF as Latin-1', () => {
    expect(decodeWindows1252(Uint8Array.of(0xe9, 0xf1, 0xbf, 0xa0, 0xff))).toBe('éñ¿\u00a0ÿ')
  })

  it('encodes every one of its 256 characters back to its byte', () => {
    const bytes = Uint8Array.from({length: 256}, (_, byte) => byte)
    expect(encodeWindows1252(decodeWindows1252(bytes))).toEqual(bytes)
  })

  it('cannot encode characters outside it', () => {
    expect(encodeWindows1252('Женева')).toBeNull()
    expect(encodeWindows1252('\u0093')).toBeNull()
  })
})
