import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import type {NativeDocument} from '../../../src/ingest/native-document.ts'
import {readPdf} from '../../../src/ingest/pdf/read-pdf.ts'

const documents = fileURLToPath(new URL('../../documents/', import.meta.url))

/** The Markdown's blocks (separated by blank lines), footnote definitions included. */
function blocks(document: NativeDocument): string[] {
  return document.markdown.trim().split(/\n{2,}/)
}

/** Words as a reader counts them, Markdown marks aside. */
function words(text: string): string[] {
  return text
    .replace(/\[\^\d+\]:?/g, ' ')
    .replace(/[*_]/g, '')
    .split(/\s+/)
    .filter((word) => /\p{L}|\d/u.test(word))
    .map((word) => word.replace(/^\W+|\W+$/gu, '').replace(/^- /, ''))
}

describe('readPdf on a two-page statement laid out by a word processor', () => {
  const path = `${documents}en-two-page-statement.pdf`
  let document: NativeDocument
  let twin: string
  beforeAll(async () => {
    document = await readPdf(await readFile(path), path)
    twin = await readFile(`${documents}en-two-page-statement.txt`, 'utf8')
  })

  it('gives each line of the header block its own paragraph, in reading order, bold and italic from the fonts', () => {
    expect(blocks(document).slice(0, 5)).toEqual([
      '**Statement by the Republic of Kiribati**',
      'Twenty-Second Meeting of the States Parties to the Convention on the Prohibition of Anti-Personnel Mines',
      'Geneva, 24 November 2025',
      '_Agenda item 9 (b): Victim assistance_',
      'Mr. President,',
    ])
  })

  it('finds the paragraphs from the layout, one running on across the page break and the footnote block', () => {
    const paragraphs = blocks(document).filter((block) => !block.startsWith('- ') && !block.startsWith('[^'))
    expect(paragraphs).toHaveLength(12)
    const split = paragraphs.find((paragraph) => paragraph.startsWith('We welcome the progress'))
    expect(split).toContain('takes two days[^1]. Integration into broader services')
    expect(split).toContain('show a fall in the number of survivors with access to psychological support')
    expect(split?.endsWith('follow this closely in the coming year.')).toBe(true)
    expect(paragraphs.at(-1)).toBe('I thank you, Mr. President.')
  })

  it('ties the footnote to its marker and defines it at the end', () => {
    expect(blocks(document).at(-1)).toBe(
      '[^1]: In the most remote provinces of some affected States, the nearest rehabilitation centre is more than four hundred kilometres away.',
    )
    expect(document.markdown.match(/\[\^1\]/g)).toHaveLength(2)
  })

  it('makes the bullets with a hanging indent a list of three items', () => {
    const list = blocks(document).find((block) => block.startsWith('- '))
    expect(list?.split('\n')).toEqual([
      '- data on survivors that is collected with their consent, kept safe and shared only for their benefit;',
      '- rehabilitation services within a day’s travel of every community that lives with contamination;',
      '- the full participation of survivors and their organisations in the decisions that concern them.',
    ])
  })

  it('takes out the running header and the page numbers, and reports each one with its page', () => {
    expect(document.markdown).not.toContain('22MSP')
    expect(document.markdown).not.toMatch(/Page \d of 2/)
    expect(document.removed).toEqual([
      {text: 'Kiribati – Victim assistance – 22MSP', reason: 'running header', ruleId: 'drop-running-header', origin: {page: 1}},
      {text: 'Page 1 of 2', reason: 'page number', ruleId: 'drop-page-number', origin: {page: 1}},
      {text: 'Kiribati – Victim assistance – 22MSP', reason: 'running header', ruleId: 'drop-running-header', origin: {page: 2}},
      {text: 'Page 2 of 2', reason: 'page number', ruleId: 'drop-page-number', origin: {page: 2}},
    ])
  })

  it('loses no word of the text twin, and adds none', () => {
    expect(words(document.markdown)).toEqual(words(twin))
  })

  it('gives the page of each Markdown line, and the header clues the PDF carries', () => {
    const lines = document.markdown.trimEnd().split('\n')
    expect(document.origins).toHaveLength(lines.length)
    const pageOf = (start: string) => document.origins[lines.findIndex((line) => line.startsWith(start))]
    expect(pageOf('**Statement by')).toEqual({page: 1})
    expect(pageOf('We welcome the progress')).toEqual({page: 1})
    expect(pageOf('Allow me to set out')).toEqual({page: 2})
    expect(pageOf('- the full participation')).toEqual({page: 2})
    expect(pageOf('[^1]:')).toEqual({page: 1})
    expect(document.clues).toEqual({title: 'Statement by the Republic of Kiribati', lang: 'en-GB'})
  })
})

describe('readPdf on a footnote that the word processor breaks across two pages', () => {
  it('carries the note on from the foot of the next page, and keeps it out of the text', async () => {
    const path = `${documents}en-long-footnote-statement.pdf`
    const document = await readPdf(await readFile(path), path)
    const sentence = 'In the most remote provinces of some affected States, the nearest rehabilitation centre is more than four hundred kilometres away, and the journey takes two days by road in the dry season and longer when the rains come.'
    expect(blocks(document).at(-1)).toBe(`[^1]: ${Array(6).fill(sentence).join(' ')}`)
    expect(blocks(document).at(-2)).toBe('I thank you, Mr. President.')
    expect(document.markdown.match(/remote provinces/g)).toHaveLength(6)
  })
})

describe('readPdf on a statement whose first page has no running header or footer', () => {
  it('removes the header printed on the second page only, and the paragraph runs on under it', async () => {
    const path = `${documents}en-first-page-plain-statement.pdf`
    const document = await readPdf(await readFile(path), path)
    expect(document.removed).toEqual([
      {text: 'Kiribati – Victim assistance – 22MSP', reason: 'running header', ruleId: 'drop-running-header', origin: {page: 2}},
      {text: 'Page 2 of 2', reason: 'page number', ruleId: 'drop-page-number', origin: {page: 2}},
    ])
    expect(blocks(document)).toContain('Allow me to set out three priorities for the period until the next Review Conference:')
    expect(document.markdown).not.toContain('22MSP')
  })
})
