import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {renderReadingCopies} from '../../src/render/index.ts'
import {arabicStatement} from '../pack/arabic-fixture.ts'
import {arabicLetters, pageLayouts, textOf} from '../pack/pdf-layout.ts'
import {statementIn} from './language-fixtures.ts'
import {embeddedFonts, readPdf} from './read-pdf.ts'
import {session, templates, usePrintingSession} from './printing-session.ts'

usePrintingSession()

/** What each reading copy must print: its header's meeting, running head and footer, in its language. */
const expected: Record<string, {meeting: string; head: string; foot: string}> = {
  en: {meeting: '22nd Meeting of States Parties', head: 'Ireland — 22nd Meeting of States Parties — Agenda item 9', foot: 'Page 1 of 1'},
  fr: {meeting: 'Vingt-deuxième Assemblée des États parties', head: 'France — Vingt-deuxième Assemblée des États parties — Point de l’ordre du jour 9', foot: 'Page 1 sur 1'},
  es: {meeting: 'Vigésima Segunda Reunión de los Estados Partes', head: 'Chile — Vigésima Segunda Reunión de los Estados Partes', foot: 'Página 1 de 1'},
  ru: {meeting: 'Двадцать второе совещание государств-участников', head: 'Россия — Двадцать второе совещание государств-участников', foot: 'Страница 1 из 1'},
  zh: {meeting: '缔约国第二十二次会议', head: '中国—缔约国第二十二次会议—议程项目9', foot: '第1页，共1页'},
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
const noSpaces = (text: string) => text.replace(/\s+/g, '')

describe('reading copies in the statement’s language', () => {
  it('print the header, running head and footer of each of the six languages in that language', async () => {
    const languages = ['en', 'fr', 'es', 'ru', 'zh', 'ar']
    const outDir = await mkdtemp(join(tmpdir(), 'languages-'))
    const results = await renderReadingCopies(languages.map(statementIn), {outDir, formats: ['pdf', 'html'], paper: 'a4', largePrint: false, templates, session})
    for (const [index, lang] of languages.entries()) {
      const result = results[index]!
      expect(result.error).toBeNull()
      const bytes = await readFile(result.pdf!)
      const [page] = await pageLayouts(bytes)
      const html = await readFile(result.html!, 'utf8')
      const {text} = await readPdf(bytes)
      if (lang === 'ar') {
        // Drawn right to left, the letters cannot be compared as text (see pdf-layout.ts): the running
        // head and footer are there, in Arabic letters, and nothing on the page is in Latin letters.
        expect(textOf(page!.head)).toMatch(arabicLetters)
        expect(textOf(page!.foot)).toMatch(arabicLetters)
        expect(textOf(page!.foot).match(/\d+/g)).toEqual(['1', '1'])
        expect(text).not.toMatch(/[A-Za-z]/)
        expect(html).toContain('<p class="meeting">المؤتمر الاستعراضي الخامس</p>')
        expect(html).toContain('<p class="convention">اتفاقية حظر الألغام المضادة للأفراد</p>')
        expect(html).toContain('<p class="venue-dates">سيام ريب، 25–29 نوفمبر 2024</p>')
        continue
      }
      const want = expected[lang]!
      const same = lang === 'zh' ? noSpaces : flat
      expect(same(textOf(page!.head)), `running head (${lang})`).toBe(same(want.head))
      expect(same(textOf(page!.foot)), `footer (${lang})`).toBe(same(want.foot))
      expect(same(text), `header (${lang})`).toContain(same(want.meeting))
      if (lang === 'zh') {
        // The title and the meeting are bold: drawn with the bold face, not a smeared regular one.
        expect(await embeddedFonts(bytes)).toEqual(expect.arrayContaining(['NotoSansSC-Regular', 'NotoSansSC-Bold']))
      }
      if (lang !== 'en') {
        expect(text, `no English header (${lang})`).not.toMatch(/Meeting of States Parties|Mine Ban Convention|Geneva|Agenda item/)
      }
    }
  })

  it('sets Latin runs of an Arabic running head in order, and an Arabic date range from right to left', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'languages-'))
    // Two Latin parts side by side, as the statement's heading writes them: without isolation they
    // run together left to right.
    const [result] = await renderReadingCopies([arabicStatement('ar', 1, {organisations: ['ICRC'], meeting: 'CCW MSP', heading: ['ICRC', 'CCW MSP']})], {outDir, formats: ['pdf'], paper: 'a4', largePrint: false, templates, session})
    const [page] = await pageLayouts(await readFile(result!.pdf!))
    const head = page!.head
    const icrc = head.find((item) => item.str.includes('ICRC'))!
    const msp = head.find((item) => item.str.includes('CCW MSP'))!
    const seven = head.find((item) => /^7$/.test(item.str.trim()))!
    // Read from the right: ICRC, then the meeting, then the agenda item.
    expect(icrc.left).toBeGreaterThan(msp.right)
    expect(msp.left).toBeGreaterThan(seven.right)

    // "25–29 نوفمبر 2025" read from the right: 25, 29, the month, then the year. pdfjs gives the
    // figures as drawn, left to right: "29–25".
    const range = page!.body.find((item) => /^\d+–\d+$/.test(item.str))!
    const year = page!.body.find((item) => item.str === '2025')!
    expect(range.str).toBe('29–25')
    expect(year.y).toBe(range.y)
    expect(year.right).toBeLessThan(range.left)
  })
})
