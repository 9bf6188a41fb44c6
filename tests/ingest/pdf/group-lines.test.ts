import {describe, expect, it} from 'vitest'
import {groupLines} from '../../../src/ingest/pdf/group-lines.ts'
import type {PdfTextItem} from '../../../src/ingest/pdf/read-page-items.ts'

function item(text: string, x: number, y: number, options: Partial<PdfTextItem> = {}): PdfTextItem {
  return {text, x, y, width: text.length * 6, size: 12, bold: false, italic: false, dir: 'ltr', ...options}
}

describe('groupLines', () => {
  it('keeps a raised, smaller footnote marker on its line, as a superscript between the words', () => {
    const [line] = groupLines({number: 1, width: 595, height: 842, items: [item('two days', 71, 500), item('1', 119, 504.6, {size: 7, width: 4}), item('. Integration', 123, 500)]})
    expect(line?.runs.map(({text, superscript}) => [text, superscript])).toEqual([
      ['two days', false],
      ['1', true],
      ['. Integration', false],
    ])
  })

  it('makes text far apart on one baseline two lines, read from the left, or from the right in Arabic', () => {
    const lines = groupLines({number: 1, width: 595, height: 842, items: [item('Geneva, 24 November 2025', 71, 700), item('Check against delivery', 390, 700)]})
    expect(lines.map((line) => line.text)).toEqual(['Geneva, 24 November 2025', 'Check against delivery'])
    const arabic = groupLines({number: 1, width: 595, height: 842, items: [item('جنيف', 71, 700, {dir: 'rtl'}), item('البند 9', 450, 700, {dir: 'rtl'})]})
    expect(arabic.map((line) => line.text)).toEqual(['البند 9', 'جنيف'])
  })

  it('puts a space where the gap between two items is one, and none between CJK characters', () => {
    const [latin] = groupLines({number: 1, width: 595, height: 842, items: [item('Mr.', 71, 700), item('President', 92, 700)]})
    expect(latin?.text).toBe('Mr. President')
    const [chinese] = groupLines({number: 1, width: 595, height: 842, items: [item('主席', 71, 700, {width: 24}), item('先生', 97, 700, {width: 24})]})
    expect(chinese?.text).toBe('主席先生')
  })
})
