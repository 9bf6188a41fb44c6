import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {repairMojibake} from '../../src/ingest/repair-mojibake.ts'
import {decodeWindows1252} from '../../src/ingest/windows-1252.ts'

/** What happened to the corpus file: UTF-8 bytes read as Windows-1252 (undefined bytes passed through) and saved again. */
function garble(text: string): string {
  return decodeWindows1252(new TextEncoder().encode(text))
}

describe('repairMojibake', () => {
  it.each([
    ['Côte d’Ivoire', 'CÃ´te dâ€™Ivoire'],
    ['“erosion of norms”.', 'â€œerosion of normsâ€\u009d.'],
    ['Assembly – 80th session', 'Assembly â€“ 80th session'],
    ['weapons — and fields…', 'weapons â€” and fieldsâ€¦'],
    ['Señor Presidente: ¿qué opina?', 'SeÃ±or Presidente: Â¿quÃ© opina?'],
    ['Уважаемый господин Председатель', 'Ð£Ð²Ð°Ð¶Ð°ÐµÐ¼Ñ‹Ð¹ Ð³Ð¾Ñ\u0081Ð¿Ð¾Ð´Ð¸Ð½ ÐŸÑ€ÐµÐ´Ñ\u0081ÐµÐ´Ð°Ñ‚ÐµÐ»ÑŒ'],
    ['中文 العربية', 'ä¸­æ–‡ Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©'],
  ])('repairs %j', (original, garbled) => {
    expect(garble(original)).toBe(garbled)
    expect(repairMojibake(garbled).text).toBe(original)
  })

  it('repairs the garbled lines of a file and leaves its correct lines alone', () => {
    const text = `${garble('Côte d’Ivoire')}\nCorrect: « Genève », “quotes”.\n${garble('Señor Presidente:')}`
    const result = repairMojibake(text)
    expect(result.text).toBe('Côte d’Ivoire\nCorrect: « Genève », “quotes”.\nSeñor Presidente:')
    expect(result.repairs.map(({line}) => line)).toEqual([1, 3])
  })

  it('repairs garbled sequences on a line that also holds correct typographic quotes', () => {
    expect(repairMojibake(`“Correct quotes” around ${garble('Côte d’Ivoire')}`).text).toBe('“Correct quotes” around Côte d’Ivoire')
  })

  it('repairs text garbled twice', () => {
    expect(garble(garble('d’Ivoire'))).toBe('dÃ¢â‚¬â„¢Ivoire')
    expect(repairMojibake(garble(garble('Côte d’Ivoire – “fields…”'))).text).toBe('Côte d’Ivoire – “fields…”')
  })

  it('says where the first repair is', () => {
    const result = repairMojibake(`Title\n\nIn ${garble('Côte d’Ivoire')}`)
    expect(result.repairs[0]).toMatchObject({line: 3, column: 5, garbled: 'Ã´', repaired: 'ô', count: 2})
  })

  it.each([
    'Côte d’Ivoire, Genève, Zürich, São Tomé',
    'Seul le prononcé fait foi. « Liberté… » : l’été',
    'CAFÉ” and “PERÚ» and “Liberté…»',
    'Señor Presidente: ¿qué opina? – Asistencia a las víctimas',
    'Уважаемый господин Председатель, Женева, 25 ноября 2025 года',
    '中华人民共和国常驻联合国代表团',
    'السيد الرئيس، جنيف',
    'ÀÉÎÕÜ àéîõü ÆØÅ æøå ß Œuvre',
  ])('never touches correct text: %j', (text) => {
    expect(repairMojibake(text)).toEqual({text, repairs: []})
  })

  it('repairs any garbled text back to its original', () => {
    fc.assert(
      fc.property(text(), (original) => {
        // Text that itself reads as garbled is repaired too (text garbled twice comes back whole).
        fc.pre(repairMojibake(original).repairs.length === 0)
        fc.pre(!hasOnlyAmbiguousGarbling(original))
        expect(repairMojibake(garble(original)).text).toBe(original)
      }),
      {numRuns: 500},
    )
  })

  it('never repairs correct text written in the UN languages', () => {
    fc.assert(
      fc.property(statementText(), (correct) => {
        expect(repairMojibake(correct).text).toBe(correct)
      }),
      {numRuns: 500},
    )
  })
})

/** Any Unicode text without control characters (which are not text), over several lines. */
function text(): fc.Arbitrary<string> {
  const line = fc.string({unit: 'binary', maxLength: 40}).map((value) => value.replace(/\p{Cc}/gu, ''))
  return fc.array(line, {minLength: 1, maxLength: 4}).map((lines) => lines.join('\n'))
}

/**
 * The one reading the repair declines: every non-ASCII character of a line between an
 * ASCII letter and an ASCII character, and garbled into an accented letter followed by
 * what can end a word (’ ” » … – — • · ™ ® © ° ² ³ ¹ NBSP), e.g. "Ē" → "Ä’": that reads
 * as well as correct text such as "CAFÉ”".
 */
function hasOnlyAmbiguousGarbling(original: string): boolean {
  const wordEndBytes = new Set([0x92, 0x94, 0xbb, 0x85, 0x96, 0x97, 0x95, 0xb7, 0x99, 0xae, 0xa9, 0xb0, 0xb2, 0xb3, 0xb9, 0xa0])
  return original.split('\n').some((line) => {
    const chars = [...line]
    if (chars.every((char) => char.codePointAt(0)! <= 0x7f)) return false
    return chars.every((char, index) => {
      const bytes = new TextEncoder().encode(char)
      if (bytes.length === 1) return true
      const afterAsciiLetter = /^[A-Za-z]$/.test(chars[index - 1] ?? '')
      const beforeAscii = (chars[index + 1] ?? '\n').codePointAt(0)! <= 0x7f
      return afterAsciiLetter && beforeAscii && bytes[0] !== 0xc2 && bytes[0] !== 0xc3 && [...bytes.subarray(1)].every((byte) => wordEndBytes.has(byte))
    })
  })
}

/** Words in the scripts of the UN languages, with the punctuation statements use. */
function statementText(): fc.Arbitrary<string> {
  const words = [
    'Côte', 'd’Ivoire', 'Genève', 'prononcé', 'été', 'CAFÉ', 'PERÚ', 'Señor', 'víctimas', 'atrás', 'Zürich', 'São',
    'Œuvre', 'naïve', 'Président', 'Женева', 'Председатель', 'ё', 'года', '中文', '代表团', 'جنيف', 'الرئيس',
    'Ireland', 'Madam', 'President', '2025', 'ICRC',
  ]
  const opening = ['', '“', '‘', '«\u00a0', '«', '¿', '¡', '(', '„']
  const closing = ['', ',', '.', '…', '’', '”', '»', '\u00a0»', '\u202f:', ':', ' –', '—', ')', '®', '™', '°', '²', '…»', '’”', '.”']
  const token = fc.tuple(fc.constantFrom(...opening), fc.constantFrom(...words), fc.constantFrom(...closing)).map((parts) => parts.join(''))
  const line = fc.array(token, {minLength: 1, maxLength: 12}).map((tokens) => tokens.join(' '))
  return fc.array(line, {minLength: 1, maxLength: 5}).map((lines) => lines.join('\n'))
}
