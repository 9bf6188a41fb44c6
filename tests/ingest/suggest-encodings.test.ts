import {describe, expect, it} from 'vitest'
import {suggestEncodings} from '../../src/ingest/suggest-encodings.ts'

/** Node decodes legacy encodings but cannot encode them: build the reverse table from the decoder. */
function encoder(encoding: string, doubleByte: boolean): (text: string) => Uint8Array {
  const decoder = new TextDecoder(encoding, {fatal: true})
  const bytesOf = new Map<string, number[]>()
  const learn = (bytes: number[]) => {
    try {
      const char = decoder.decode(Uint8Array.from(bytes))
      if (!bytesOf.has(char)) bytesOf.set(char, bytes)
    } catch {
      // not a character in this encoding
    }
  }
  for (let byte = 0; byte < 0x80; byte++) learn([byte])
  for (let lead = 0x80; lead <= 0xff; lead++) {
    if (!doubleByte) learn([lead])
    else for (let trail = 0x40; trail <= 0xfe; trail++) learn([lead, trail])
  }
  return (text) =>
    Uint8Array.from([...text].flatMap((char) => {
      const bytes = bytesOf.get(char)
      if (!bytes) throw new Error(`${encoding} has no bytes for ${char}`)
      return bytes
    }))
}

const russian = 'Уважаемый господин Председатель! Делегация Республики Казахстан благодарит вас за эффективное руководство нашей работой.\n'

describe('suggestEncodings', () => {
  it.each([
    ['windows-1251', false, russian],
    ['koi8-r', false, russian],
    ['windows-1253', false, 'Κύριε Πρόεδρε, η αντιπροσωπεία της Ελλάδας ευχαριστεί τη Γραμματεία για την έκθεση.\n'],
    ['windows-1256', false, 'السيد الرئيس، يشكر وفد بلادي الأمانة على التقرير.\n'],
    ['gbk', true, '主席先生，中国代表团感谢主席的工作，并愿意在《公约》框架下与各方合作。\n'],
    ['shift_jis', true, '議長、日本政府代表団は、事務局の報告書に感謝いたします。\n'],
  ])('suggests %s, and only it, for text written in it', (encoding, doubleByte, text) => {
    const bytes = encoder(encoding, doubleByte)(text)
    expect(new TextDecoder(encoding).decode(bytes)).toBe(text)
    expect(suggestEncodings(bytes)).toEqual([encoding])
  })

  it('tells windows-1251 from KOI8-R, which swaps small and capital letters', () => {
    expect(suggestEncodings(encoder('windows-1251', false)(russian))).toEqual(['windows-1251'])
    expect(suggestEncodings(encoder('koi8-r', false)(russian))).toEqual(['koi8-r'])
  })

  it('suggests nothing for noise', () => {
    expect(suggestEncodings(Uint8Array.from({length: 2000}, (_, index) => 0x80 | ((index * 7919) % 128)))).toEqual([])
  })
})
