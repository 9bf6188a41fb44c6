import {describe, expect, it} from 'vitest'
import {detectBinary} from '../../src/ingest/detect-binary.ts'

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)))

describe('detectBinary', () => {
  it.each([
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0]), /JPEG image/],
    ['a gzip archive', bytes([0x1f, 0x8b, 0x08]), /gzip/],
    ['UTF-32 text', bytes([0xff, 0xfe, 0, 0], 'M', [0, 0, 0]), /UTF-32/],
  ])('names %s', (_, content, reason) => {
    expect(detectBinary(content)).toMatchObject({ruleId: 'binary-file', reason: expect.stringMatching(reason)})
  })

  it('accepts text with tabs, form feeds, vertical tabs and CRLF', () => {
    expect(detectBinary(bytes('Madam President,\r\n\tThe text.\fPage 2\v\r\n'))).toBeNull()
  })

  it('accepts a stray control among text, and refuses text full of them', () => {
    const text = 'Madam President, the Convention is working. '.repeat(3)
    expect(detectBinary(bytes(text, [0x1b], text))).toBeNull()
    expect(detectBinary(bytes(...Array.from({length: 20}, () => ['word ', [0x1b]]).flat()))).toMatchObject({ruleId: 'binary-file', place: {line: 1, column: 6}})
  })

  it('tells UTF-16 without a byte-order mark by its NULs', () => {
    expect(detectBinary(Uint8Array.from(Buffer.from('Madam President,\n', 'utf16le')))?.reason).toContain('--encoding utf-16le')
    expect(detectBinary(Uint8Array.from(Buffer.from('Madam President,\n', 'utf16le').swap16()))?.reason).toContain('--encoding utf-16be')
  })
})
