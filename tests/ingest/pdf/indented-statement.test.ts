import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import type {NativeDocument} from '../../../src/ingest/native-document.ts'
import {readPdf} from '../../../src/ingest/pdf/read-pdf.ts'

const documents = fileURLToPath(new URL('../../documents/', import.meta.url))

function words(text: string): string[] {
  return text
    .replace(/\[\^\d+\]:?/g, ' ')
    .replace(/[*_]/g, '')
    .replace(/-\n\s*/g, '-')
    .split(/\s+/)
    .filter((word) => /\p{L}|\d/u.test(word))
    .map((word) => word.replace(/^\W+|\W+$/gu, ''))
}

describe('readPdf on a three-page statement with indented paragraphs and no space between them', () => {
  const path = `${documents}en-three-page-indented-statement.pdf`
  let document: NativeDocument
  let blocks: string[]
  let twin: string
  beforeAll(async () => {
    document = await readPdf(await readFile(path), path)
    blocks = document.markdown.trim().split(/\n{2,}/)
    twin = await readFile(`${documents}en-three-page-indented-statement.txt`, 'utf8')
  })

  it('starts a paragraph at each indented first line, the salutation and the closing line included', () => {
    expect(blocks.slice(0, 6)).toEqual([
      '**Statement by Norway**',
      'Twenty-Second Meeting of the States Parties to the Convention on the Prohibition of Anti-Personnel Mines',
      'Geneva, 25 November 2025',
      'Agenda item 8 (a): Clearance of mined areas',
      'Madam President,',
      expect.stringMatching(/^Norway congratulates you .* contaminated land\.$/),
    ])
    expect(blocks.filter((block) => !/^(\d\.|\[\^)/.test(block))).toHaveLength(14)
    expect(blocks.at(-3)).toBe('Thank you, Madam President.')
  })

  it('makes the numbers hung in the margin an ordered list of four items', () => {
    const list = blocks.find((block) => block.startsWith('1. '))
    expect(list?.match(/^\d\. /gm)).toEqual(['1. ', '2. ', '3. ', '4. '])
    expect(list).toMatch(/^4\. Inclusion: .* bear its risks\.$/m)
  })

  it('defines both footnotes, the second tied to a marker on a later page, and removes the page-number footers', () => {
    expect(blocks.slice(-2)).toEqual([
      '[^1]: Norwegian support in 2025 went to survey and clearance operators working in eleven States Parties, through multi-year agreements.',
      '[^2]: The model declaration of completion adopted by the States Parties invites such information on residual contamination.',
    ])
    expect(document.markdown).toContain('declarations of completion[^2].')
    expect(document.removed.map(({text, origin}) => [text, origin?.page])).toEqual([
      ['Norway · 22MSP · 1', 1],
      ['Norway · 22MSP · 2', 2],
      ['Norway · 22MSP · 3', 3],
    ])
  })

  it('loses no word of the text twin', () => {
    expect(words(document.markdown)).toEqual(words(twin))
  })
})
