import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildPack, type BuildPackOptions} from '../../src/pack/index.ts'
import type {Statement} from '../../src/load-statement.ts'
import {englishFields, statementFixture, type FixtureFields} from '../render/statement-fixture.ts'
import {isTagged, readPdf, type ReadPdf} from '../render/read-pdf.ts'
import {openBrowserSession} from '../../src/render/browser.ts'
import {loadTemplates} from '../../src/templates/index.ts'
import {session, templates, usePrintingSession} from '../render/printing-session.ts'

usePrintingSession()

const flat = (text: string) => text.replace(/\s+/g, ' ')
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function body(paragraphs: number, label: string): string {
  return Array.from({length: paragraphs}, (_, i) => `${label}, paragraph ${i + 1}: the Chair’s “proposal” on clearance deadlines is welcome. ` + 'We support the universalisation of the Convention. '.repeat(7)).join('\n\n')
}

function statement(name: string, item: string, paragraphs: number, extra: FixtureFields = {}): Statement {
  return statementFixture(`${name}.md`, {...englishFields, title: `Statement ${name}`, agendaItem: {number: item, title: `Item ${item}`}, speaker: `Speaker ${name}`, ...extra}, body(paragraphs, `Text of ${name}`))
}

async function pack(statements: Statement[], options: Partial<BuildPackOptions> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'pack-'))
  const result = await buildPack(statements, {output: join(dir, 'pack.pdf'), paper: 'a4', templates, session, ...options})
  const bytes = await readFile(result.pdf)
  return {dir, result, bytes, pdf: await readPdf(bytes)}
}

/** The page number the printed contents gives for each title (after its speaking time), read from the PDF's own text. */
function contentsNumbers(pdf: ReadPdf, titles: string[], contentsPages: number[]): number[] {
  const text = flat(contentsPages.map((page) => pdf.pages[page - 1]).join(' '))
  return titles.map((title) => {
    const match = new RegExp(`${escape(title)} ≈ (?:\\d+ min )?(?:\\d+ s )?(\\d+)`).exec(text)
    expect(match, `contents entry for ${title}`).not.toBeNull()
    return Number(match![1])
  })
}

describe('delegation pack', () => {
  it('has a cover, a contents page with real page numbers, running heads and continuous page numbers', async () => {
    const statements = [statement('C', '10b', 14), statement('A', '8a', 3), statement('D', '11', 9), statement('B', '9d', 22, {checkAgainstDelivery: false})]
    const {result, pdf, bytes} = await pack(statements, {title: 'Delegation of the ICRC'})
    const order = ['Statement A', 'Statement B', 'Statement C', 'Statement D']

    expect(flat(pdf.pages[0]!)).toContain('Delegation of the ICRC')
    expect(flat(pdf.pages[0]!)).toContain('22nd Meeting of States Parties')
    expect(flat(pdf.pages[0]!)).toContain('1–5 December 2025')
    expect(pdf.pages[0]).not.toMatch(/Page 1 of/)
    expect(flat(pdf.pages[1]!)).toContain('Contents')
    pdf.pages.slice(1).forEach((page, index) => expect(flat(page)).toContain(`Page ${index + 2} of ${pdf.pageCount}`))

    const numbers = contentsNumbers(pdf, order, [2])
    expect(numbers).toEqual(result.entries.map((entry) => entry.page))
    expect(result.entries.map((entry) => entry.title)).toEqual(order)
    numbers.forEach((page, index) => {
      const text = flat(pdf.pages[page - 1]!)
      expect(text).toContain(order[index])
      expect(flat(pdf.pages[page - 2]!)).not.toContain(`Text of ${order[index]!.slice(-1)}, paragraph 1:`)
    })
    // Running heads name the statement on every one of its pages.
    for (const [index, start] of numbers.entries()) {
      const end = (numbers[index + 1] ?? pdf.pageCount + 1) - 1
      for (let page = start; page <= end; page++) expect(flat(pdf.pages[page - 1]!)).toContain(`Agenda item ${['8a', '9d', '10b', '11'][index]} — ${order[index]}`)
    }
    for (const name of ['A', 'B', 'C', 'D']) expect(flat(pdf.text)).toContain(`Text of ${name}, paragraph 3:`)

    const topLevel = pdf.outline.filter((entry) => entry.depth === 0)
    expect(topLevel.map((entry) => entry.title)).toEqual(['Delegation of the ICRC', 'Contents', ...order])
    expect(topLevel.slice(2).map((entry) => entry.page)).toEqual(numbers)
    expect(pdf.info).toMatchObject({Title: 'Delegation of the ICRC', Author: 'International Committee of the Red Cross', Language: 'en'})
    expect(await isTagged(bytes)).toBe(true)
    expect(result.pages).toBe(pdf.pageCount)
    expect(result.printings).toBe(1)
  })

  it('keeps the numbers right when the contents runs over several pages, in the order given', async () => {
    const statements = Array.from({length: 26}, (_, i) => statement(`N${i}`, `${30 - i}`, 1 + ((i * 5) % 9)))
    const {result, pdf} = await pack(statements, {order: 'as-given'})
    const titles = statements.map((entry) => entry.meta.title!)
    expect(result.entries.map((entry) => entry.title)).toEqual(titles)
    const firstStatementPage = result.entries[0]!.page!
    expect(firstStatementPage).toBeGreaterThan(3)
    const contentsPages = Array.from({length: firstStatementPage - 2}, (_, i) => i + 2)
    const numbers = contentsNumbers(pdf, titles, contentsPages)
    expect(numbers).toEqual(result.entries.map((entry) => entry.page))
    numbers.forEach((page, index) => expect(flat(pdf.pages[page - 1]!)).toContain(`${titles[index]} ${englishFields.organisations![0]}`))
  })

  it('speaks the language most statements use, and writes an HTML pack whose contents link to the statements', async () => {
    const french: FixtureFields = {language: 'fr', meeting: 'Vingt-deuxième Assemblée', title: undefined}
    const statements = [statement('F1', '7', 2, {...french, title: 'Déclaration un'}), statement('F2', '8', 2, {...french, title: 'Déclaration deux'}), statement('E1', '9', 2)]
    const {result, pdf} = await pack(statements, {html: true})
    expect(pdf.info.Language).toBe('fr')
    expect(flat(pdf.pages[1]!)).toContain('Table des matières')
    expect(flat(pdf.pages[2]!)).toMatch(/Page 3 sur \d+/)
    const html = await readFile(result.html!, 'utf8')
    expect(html).toContain('<html lang="fr" dir="ltr">')
    for (const [index, entry] of result.entries.entries()) {
      expect(html).toContain(`<a href="#s-${index + 1}">`)
      expect(html).toContain(`<article class="statement" id="s-${index + 1}"`)
      expect(entry.page).toBeGreaterThan(2)
    }
    expect(html).toContain('lang="en" dir="ltr" aria-labelledby="s-3-title"')
  })

  it('prints again when a template makes the predicted numbers wrong, and the numbers are right', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'))
    await mkdir(join(dir, 'styles'))
    // Deeper margins on every statement's first named page: the layout prediction does not know them.
    await writeFile(join(dir, 'styles', 'pack.css'), `${templates.style('pack.css')}\n@page s1 { margin-top: 120mm; } @page s2 { margin-top: 120mm; }`)
    const custom = await loadTemplates({dir})
    const statements = [statement('P', '1', 12), statement('Q', '2', 12), statement('R', '3', 2)]
    const {result, pdf} = await pack(statements, {templates: custom})
    expect(result.printings).toBe(2)
    const numbers = contentsNumbers(pdf, ['Statement P', 'Statement Q', 'Statement R'], [2])
    expect(numbers).toEqual(result.entries.map((entry) => entry.page))
    numbers.forEach((page, index) => expect(flat(pdf.pages[page - 1]!)).toContain(`Text of ${'PQR'[index]}, paragraph 1:`))
  })

  it('predicts the numbers of statements a template frames with a border and deep padding, printing once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'))
    await mkdir(join(dir, 'styles'))
    await writeFile(join(dir, 'styles', 'pack.css'), `${templates.style('pack.css')}\n.pack .statement { border: 1pt solid; padding: 40mm 12mm; }`)
    const custom = await loadTemplates({dir})
    const statements = Array.from({length: 8}, (_, i) => statement(`B${i}`, `${i + 1}`, 2 + i))
    const {result, pdf} = await pack(statements, {templates: custom, order: 'as-given'})
    const titles = statements.map((entry) => entry.meta.title!)
    const numbers = contentsNumbers(pdf, titles, [2])
    expect(numbers).toEqual(result.entries.map((entry) => entry.page))
    numbers.forEach((page, index) => expect(flat(pdf.pages[page - 1]!)).toContain(`Text of B${index}, paragraph 1:`))
    expect(result.printings).toBe(1)
  })

  it('builds packs side by side on a one-page session', async () => {
    const single = openBrowserSession({concurrency: 1})
    try {
      const dir = await mkdtemp(join(tmpdir(), 'packs-'))
      const results = await Promise.all(
        ['one', 'two', 'three'].map((name, index) =>
          buildPack([statement(`${name}A`, `${index + 1}`, 2), statement(`${name}B`, `${index + 2}`, 3)], {output: join(dir, `${name}.pdf`), paper: 'a4', templates, session: single}),
        ),
      )
      expect(results.map((result) => result.entries.map((entry) => entry.page))).toEqual([[3, 4], [3, 4], [3, 4]])
    } finally {
      await single.close()
    }
  })

  it('gives the same bytes twice', async () => {
    const statements = [statement('X', '1', 4), statement('Y', '2', 6)]
    const first = await pack(statements)
    const second = await pack(statements)
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0)
  })
})
