import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFObject} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {buildPack} from '../../src/pack/index.ts'
import {statementIn} from '../render/language-fixtures.ts'
import {readPdf} from '../render/read-pdf.ts'
import {arabicLetters, contentsNumbers, pageLayouts, textOf} from './pdf-layout.ts'
import {session, templates, usePrintingSession} from '../render/printing-session.ts'

usePrintingSession()

/** The language of each article of the tag tree, in tree order: its own `/Lang`, else its ancestors'. */
async function articleLanguages(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes)
  const lookup = (value: PDFObject | undefined) => (value ? document.context.lookup(value) : undefined)
  const languages: string[] = []
  const walk = (node: PDFObject | undefined, inherited: string) => {
    const element = lookup(node)
    if (element instanceof PDFArray) return element.asArray().forEach((child) => walk(child, inherited))
    if (!(element instanceof PDFDict)) return
    const own = lookup(element.get(PDFName.of('Lang')))
    const lang = own instanceof PDFString ? own.decodeText() : inherited
    if (element.get(PDFName.of('S')) === PDFName.of('Art')) languages.push(lang)
    walk(element.get(PDFName.of('K')), lang)
  }
  const catalogLang = lookup(document.catalog.get(PDFName.of('Lang')))
  walk(document.catalog.get(PDFName.of('StructTreeRoot')), catalogLang instanceof PDFString ? catalogLang.decodeText() : '')
  return languages
}

describe('a pack of statements in several languages', () => {
  it('has its cover and contents in the pack’s language, and each statement in its own: running head, lang and /Lang', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mixed-pack-'))
    const statements = ['en', 'fr', 'ar'].map(statementIn)
    const result = await buildPack(statements, {output: join(dir, 'pack.pdf'), paper: 'a4', templates, session, lang: 'fr', html: true})
    const bytes = await readFile(result.pdf)
    const pdf = await readPdf(bytes)
    const layouts = await pageLayouts(bytes)
    expect(pdf.info.Language).toBe('fr')

    // Contents in French, its numbers the pages the statements start on (their bookmarks).
    expect(pdf.pages[1]).toContain('Table des matières')
    const starts = result.entries.map((entry) => entry.page!)
    expect(contentsNumbers(layouts, [2], 'ltr')).toEqual(starts)
    const bookmarks = pdf.outline.filter((entry) => entry.depth === 0).slice(2)
    expect(bookmarks.map((entry) => entry.page)).toEqual(starts)
    pdf.pages.slice(1).forEach((page, index) => expect(page.replace(/\s+/g, ' ')).toContain(`Page ${index + 2} sur ${pdf.pageCount}`))

    // Each statement's running head in its own language.
    const order = result.entries.map((entry) => entry.source)
    for (const [index, start] of starts.entries()) {
      const head = textOf(layouts[start - 1]!.head)
      const source = order[index]
      if (source === 'en.txt') expect(head).toContain('Ireland — Agenda item 9')
      if (source === 'fr.txt') expect(head).toContain('France — Point de l’ordre du jour 9')
      if (source === 'ar.txt') expect(head).toMatch(arabicLetters)
      if (source === 'ar.txt') expect(head).not.toMatch(/[A-Za-z]/)
    }

    // Each statement is an article of the tag tree in its own language.
    const languages = order.map((source) => source.replace('.txt', ''))
    expect(await articleLanguages(bytes)).toEqual(languages)
    const html = await readFile(result.html!, 'utf8')
    for (const [index, lang] of languages.entries()) {
      expect(html).toContain(`<article class="statement" id="s-${index + 1}" lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`)
    }
  })
})
