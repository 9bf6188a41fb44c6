import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildPack, type BuildPackOptions} from '../../src/pack/index.ts'
import {bookmarkShows} from '../../src/render/outline.ts'
import type {Statement} from '../../src/load-statement.ts'
import {englishFields, statementFixture} from '../render/statement-fixture.ts'
import {isTagged, readPdf} from '../render/read-pdf.ts'
import {arabicSection, arabicStatement, arabicTitle} from './arabic-fixture.ts'
import {arabicLetters, centreOf, contentsNumbers, pageLayouts, readRightToLeft, textOf, type PageLayout} from './pdf-layout.ts'
import {session, templates, usePrintingSession} from '../render/printing-session.ts'

usePrintingSession()

const flat = (text: string) => text.replace(/\s+/g, ' ')

function english(name: string, item: string, paragraphs: number): Statement {
  const body = Array.from({length: paragraphs}, (_, i) => `Text of ${name}, paragraph ${i + 1}: ` + 'We support the universalisation of the Convention. '.repeat(7)).join('\n\n')
  return statementFixture(`${name}.md`, {...englishFields, title: `Statement ${name}`, agendaItem: {number: item}}, body)
}

async function pack(statements: Statement[], options: Partial<BuildPackOptions> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'rtl-pack-'))
  const result = await buildPack(statements, {output: join(dir, 'pack.pdf'), paper: 'a4', templates, session, ...options})
  const bytes = await readFile(result.pdf)
  return {result, bytes, pdf: await readPdf(bytes), layouts: await pageLayouts(bytes)}
}

/** The pages that carry an H1 of the tag tree after the contents, with its text: where each statement's title is. */
function titlePages(layouts: PageLayout[], after: number): Array<{page: number; text: string}> {
  return layouts.flatMap((layout, index) => (index + 1 > after ? layout.h1.map((text) => ({page: index + 1, text})) : []))
}

/** The page ranges of each statement: from its first page to the page before the next one's. */
function ranges(starts: number[], pageCount: number): Array<[number, number]> {
  return starts.map((start, index) => [start, (starts[index + 1] ?? pageCount + 1) - 1])
}

describe('right-to-left packs', () => {
  it('measures and prints a pack of one Arabic statement: numbers, bookmarks, running heads and page numbers', async () => {
    const {result, pdf, bytes, layouts} = await pack([arabicStatement('ar', 5)])
    expect(result.printings).toBe(1)
    expect(pdf.info.Language).toBe('ar')
    const start = result.entries[0]!.page!
    expect(start).toBe(3)
    expect(pdf.pageCount).toBeGreaterThan(start + 1)

    // The contents gives the page where the title is: its H1 in the tag tree, and its bookmark.
    expect(contentsNumbers(layouts, [2], 'rtl')).toEqual([start])
    const titles = titlePages(layouts, 2)
    expect(titles.map((title) => title.page)).toEqual([start])
    expect(readRightToLeft(titles[0]!.text)).toContain('الواحه') // "الواحة" of the title, read right to left
    const topLevel = pdf.outline.filter((entry) => entry.depth === 0)
    // Bookmarks read as written, not in the order Chromium drew the words.
    expect(topLevel.map((entry) => entry.title)).toEqual(['البيانات', 'المحتويات', arabicTitle])
    expect(topLevel.map((entry) => entry.page)).toEqual([1, 2, start])
    const sections = pdf.outline.filter((entry) => entry.depth === 1)
    expect(sections.length).toBe(4)
    for (const section of sections) {
      expect(section.title).toBe(arabicSection)
      expect(section.page).toBeGreaterThanOrEqual(start)
    }

    // The cover has no furniture; every other page has the footer, centred: "الصفحة X من Y" drawn
    // right to left, so Y is left of X.
    expect(layouts[0]!.head).toEqual([])
    expect(layouts[0]!.foot).toEqual([])
    layouts.slice(1).forEach((layout, index) => {
      expect(Math.abs(centreOf(layout.foot) - layout.width / 2)).toBeLessThan(3)
      expect(layout.foot.every((item) => /^\d+$/.test(item.str.trim()) || !/[A-Za-z]/.test(item.str))).toBe(true)
      expect(textOf(layout.foot).match(/\d+/g)!.map(Number)).toEqual([pdf.pageCount, index + 2])
    })
    // The running head on every page of the statement: centred, right to left (organisation,
    // agenda item, title, read from the right).
    for (let page = start; page <= pdf.pageCount; page++) {
      const head = layouts[page - 1]!.head
      expect(head.length, `running head on page ${page}`).toBeGreaterThan(0)
      expect(Math.abs(centreOf(head) - layouts[page - 1]!.width / 2)).toBeLessThan(3)
      const read = readRightToLeft(textOf(head))
      expect(read.indexOf('الواحه')).toBeGreaterThanOrEqual(0)
      expect(read.indexOf('الواحه')).toBeLessThan(read.indexOf('7'))
      expect(read.indexOf('7')).toBeLessThan(read.lastIndexOf('الواحه'))
      expect(head.some((item) => item.dir === 'rtl')).toBe(true)
    }
    expect(await isTagged(bytes)).toBe(true)
  })

  it('measures and prints Arabic statements among left-to-right ones, each page headed in its statement’s direction', async () => {
    const icrcTitle = 'كلمة اللجنة الدولية بشأن اتفاقية CCW'
    const statements = [
      english('A', '5', 6),
      arabicStatement('ar', 3),
      english('B', '9', 2),
      arabicStatement('icrc-ar', 2, {organisations: ['ICRC'], title: icrcTitle, agendaItem: {number: '10'}}),
      english('C', '11', 14),
    ]
    const {result, pdf, layouts} = await pack(statements, {html: true})
    const order = ['Statement A', arabicTitle, 'Statement B', icrcTitle, 'Statement C']
    expect(result.entries.map((entry) => entry.title)).toEqual(order)
    expect(result.printings).toBe(1)
    expect(pdf.info.Language).toBe('en')
    const starts = result.entries.map((entry) => entry.page!)

    // Contents numbers = the pages the titles are on = the bookmarks' pages.
    expect(contentsNumbers(layouts, [2], 'ltr')).toEqual(starts)
    const titles = titlePages(layouts, 2)
    expect(titles.map((title) => title.page)).toEqual(starts)
    expect(titles[0]!.text).toBe('Statement A')
    expect(readRightToLeft(titles[1]!.text)).toContain('الواحه')
    expect(titles[2]!.text).toBe('Statement B')
    expect(titles[3]!.text).toContain('CCW')
    expect(titles[3]!.text).toMatch(arabicLetters)
    expect(titles[4]!.text).toBe('Statement C')
    const topLevel = pdf.outline.filter((entry) => entry.depth === 0)
    expect(topLevel.map((entry) => entry.title)).toEqual(['Statements', 'Contents', ...order])
    expect(topLevel.slice(2).map((entry) => entry.page)).toEqual(starts)

    // The pack's own pages and page numbers are in the pack's language, on every page after the cover.
    expect(flat(pdf.pages[1]!)).toContain('Contents')
    pdf.pages.slice(1).forEach((page, index) => expect(flat(page)).toContain(`Page ${index + 2} of ${pdf.pageCount}`))

    // Running heads: each statement's own, on every one of its pages, in its own direction.
    for (const [index, [first, last]] of ranges(starts, pdf.pageCount).entries()) {
      for (let page = first; page <= last; page++) {
        const head = layouts[page - 1]!.head
        expect(head.length, `running head on page ${page}`).toBeGreaterThan(0)
        expect(Math.abs(centreOf(head) - layouts[page - 1]!.width / 2)).toBeLessThan(3)
        const text = textOf(head)
        if (index === 0 || index === 2 || index === 4) {
          expect(text).toContain(`Agenda item ${['5', '', '9', '', '11'][index]} — ${order[index]}`)
          expect(text).not.toMatch(arabicLetters)
        } else {
          expect(text).toMatch(arabicLetters)
          expect(text).toContain(index === 1 ? '7' : '10')
        }
        if (index === 3) {
          // Right to left: the organisation ("ICRC") at the right, the end of the title ("CCW") at the left.
          const icrc = head.find((item) => item.str.includes('ICRC'))!
          const ccw = head.find((item) => item.str.includes('CCW'))!
          expect(icrc.left).toBeGreaterThan(ccw.right)
        }
      }
      // The body of each statement is on its pages.
      expect(flat(pdf.pages[first - 1]!)).toMatch(index % 2 === 0 ? new RegExp(`Text of ${'ABC'[index / 2]}, paragraph 1:`) : arabicLetters)
    }

    // In the contents, an Arabic title and byline are set in Arabic, right to left.
    const html = await readFile(result.html!, 'utf8')
    expect(html).toContain(`<span class="entry-title" lang="ar" dir="rtl">${arabicTitle}</span>`)
    expect(html).toContain(`<span class="entry-title" lang="en" dir="ltr">Statement A</span>`)
    expect(html).toContain('<article class="statement" id="s-2" lang="ar" dir="rtl"')
  })

  it('recognises a bookmark Chromium wrote in drawing order, and nothing else', () => {
    expect(bookmarkShows('الخامس الاستعراض مؤتمر أمام الواحة جمهورية وفد كلمة', arabicTitle)).toBe(true)
    // Two lines run together, brackets mirrored.
    expect(bookmarkShows('من والمتفجرات رقم) CCW (بيانبالسكان', 'بيان (CCW) رقم والمتفجرات من بالسكان')).toBe(true)
    expect(bookmarkShows('ContentsContents', 'Contents')).toBe(true)
    expect(bookmarkShows('Statement A', 'Statement B')).toBe(false)
    expect(bookmarkShows('كلمة وفد', arabicTitle)).toBe(false)
  })
})
