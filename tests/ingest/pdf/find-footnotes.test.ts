import {describe, expect, it} from 'vitest'
import {findFootnotes} from '../../../src/ingest/pdf/find-footnotes.ts'
import type {PdfLine, Run} from '../../../src/ingest/pdf/group-lines.ts'

function line(runs: Array<string | Run>, y: number, size = 12, page = 1): PdfLine {
  const full = runs.map((run) => (typeof run === 'string' ? {text: run, bold: false, italic: false, superscript: false} : run))
  return {page, left: 72, right: 520, y, size, rtl: false, runs: full, text: full.map((run) => run.text).join('')}
}
const marker = (text: string): Run => ({text, bold: false, italic: false, superscript: true})

describe('findFootnotes', () => {
  it('takes the smaller lines at the foot of the page that start with a marker’s label, roman numerals and symbols included', () => {
    const body = [line(['As reported', marker('ii'), ' last year and', marker('*'), ' since.'], 700), line(['Small print that is no note.'], 680, 9)]
    const notes = [line(['ii Article 7 reports.'], 100, 9), line(['* As amended.'], 90, 9)]
    const {pages, notes: found} = findFootnotes([{page: 1, height: 842, lines: [...body, ...notes]}], 12)
    expect(pages[0]?.lines).toEqual(body)
    expect(found.map(({label, lines}) => [label, lines.map((each) => each.text)])).toEqual([
      ['ii', ['Article 7 reports.']],
      ['*', ['As amended.']],
    ])
  })

  it('leaves small lines at the foot of the page in the text when no marker points to them', () => {
    const lines = [line(['Thank you.'], 700), line(['1 Rue de Varembé, Geneva'], 100, 9)]
    expect(findFootnotes([{page: 1, height: 842, lines}], 12)).toEqual({pages: [{page: 1, height: 842, lines}], notes: []})
  })
})
