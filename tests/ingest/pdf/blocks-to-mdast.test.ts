import {describe, expect, it} from 'vitest'
import {blocksToMdast} from '../../../src/ingest/pdf/blocks-to-mdast.ts'
import type {PdfLine} from '../../../src/ingest/pdf/group-lines.ts'
import {writeMarkdown} from '../../../src/ingest/pdf/write-markdown.ts'

function line(text: string, page = 1): PdfLine {
  return {page, left: 72, right: 520, y: 700, size: 12, rtl: false, runs: [{text, bold: false, italic: false, superscript: false}], text}
}

function markdown(lines: PdfLine[]) {
  return writeMarkdown(blocksToMdast([{type: 'paragraph', lines}], []))
}

describe('blocksToMdast joining the lines of a paragraph', () => {
  it('keeps the line break after a hyphen between letters, for the normaliser to decide, and gives each line its page', () => {
    const {markdown: text, origins} = markdown([line('born of a humani-'), line('tarian conviction, anti-', 2), line('personnel mines, 2020-', 2), line('2025.', 2)])
    expect(text).toBe('born of a humani-\ntarian conviction, anti-\npersonnel mines, 2020-2025.\n')
    expect(origins).toEqual([{page: 1}, {page: 2}, {page: 2}])
  })

  it('takes out a soft hyphen at the end of a line and joins the word', () => {
    expect(markdown([line('humani\u00AD'), line('tarian')]).markdown).toBe('humanitarian\n')
  })

  it('joins CJK lines without a space and other lines with one', () => {
    expect(markdown([line('国际合作与援助是实现'), line('公约目标的重要保障。')]).markdown).toBe('国际合作与援助是实现公约目标的重要保障。\n')
    expect(markdown([line('Mr.'), line('President,')]).markdown).toBe('Mr. President,\n')
  })
})
