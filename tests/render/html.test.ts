import {describe, expect, it} from 'vitest'
import {statementFrom} from '../../src/load-statement.ts'
import {normalise} from '../../src/normalise/index.ts'
import {readingCopy} from '../../src/render/html.ts'
import {loadTemplates, type Templates} from '../../src/templates/index.ts'
import {statementView} from '../../src/templates/statement-view.ts'
import {englishFields, statementFixture} from './statement-fixture.ts'

/** The templates, counting how often a layout is rendered. */
async function countingTemplates(): Promise<{templates: Templates; renders: () => number}> {
  const templates = await loadTemplates()
  let renders = 0
  const render = templates.render.bind(templates)
  return {templates: {...templates, render: (layout, data) => (renders++, render(layout, data))}, renders: () => renders}
}

describe('readingCopy', () => {
  it('renders the layout once for both the HTML file and the page to print, each with fonts for the text it shows', async () => {
    const {templates, renders} = await countingTemplates()
    const statement = statementFixture('a.md', {...englishFields, title: 'Заявление'}, 'Mr President,\n\nWe thank the Chair.')
    const document = readingCopy(templates, statementView(statement), {paper: 'a4', largePrint: false})
    const [file, print] = await Promise.all([document.withFonts('file'), document.withFonts('print')])
    expect(renders()).toBe(1)
    for (const html of [file, print]) {
      expect(html).toContain('<h1 class="statement-title" id="statement-title">Заявление</h1>')
      expect(html).toMatch(/<style>@font-face\{font-family:"Noto Serif"/)
      expect(html).not.toContain('\u0000')
    }
    // The kept file carries the Cyrillic the title prints, subset to the characters shown.
    expect(file).toMatch(/unicode-range:[^}]*U\+417/)
    expect(file.length).toBeLessThan(print.length)
  })

  it('keeps both cases of every letter in the kept file, a capital sigma with its final form, for styles that change case', async () => {
    const statement = statementFixture('a.md', {...englishFields, title: 'ΟΔΟΣ'}, 'Mr President,\n\nWe thank the Chair.')
    const file = await readingCopy(await loadTemplates(), statementView(statement), {paper: 'a4', largePrint: false}).withFonts('file')
    const ranges = [...file.matchAll(/unicode-range:([^}]*)\}/g)].map((match) => match[1]).join(',')
    // ο δ σ ς, and the capitals of the Latin text: W, H, A, …
    for (const code of ['3bf', '3b4', '3c3', '3c2', '57', '48', '41']) expect(ranges.split(',')).toContain(`U+${code}`)
  })
})

describe('the reading copy of a statement whose header has lines no field shows', () => {
  const header = async (text: string) => {
    const statement = statementFrom('statement.txt', normalise(text, {path: 'statement.txt'}))
    const html = await readingCopy(await loadTemplates(), statementView(statement), {paper: 'a4', largePrint: false}).withFonts('file')
    return /<header class="statement-header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''
  }

  it('prints a thematic debate line in the header, where an English reader expects it', async () => {
    const html = await header(
      'Permanent Mission of Iceland to the United Nations\nFirst Committee, 80th session\nThematic debate: conventional weapons\nStatement by Ms. Hanna Jonsdottir, Counsellor\nNew York, 20 October 2025\n\nMr. Chair,\n\nIceland supports every effort to curb the illicit trade in small arms, and we thank the panel for its work this year.\n\nThank you.\n',
    )
    expect(html).toContain('<p class="heading-note">Thematic debate: conventional weapons</p>')
    // Lines a field shows are not printed twice.
    expect(html).not.toContain('<p class="heading-note">First Committee')
    expect(html).not.toContain('<p class="heading-note">Statement by')
  })

  it('prints an Arabic cluster line in the header', async () => {
    const html = await header(
      'كلمة وفد دولة قطر\nأمام اللجنة الأولى للجمعية العامة في دورتها الثمانين\nالمجموعة الثانية: أسلحة الدمار الشامل الأخرى\nنيويورك، 21 تشرين الأول/أكتوبر 2025\n\nالسيد الرئيس،\n\nيؤكد وفد بلادي أهمية العمل الجماعي من أجل منع انتشار أسلحة الدمار الشامل، ويشكر الرئيس على حسن إدارته لأعمال هذه اللجنة في هذه الدورة.\n\nوشكرا.\n',
    )
    expect(html).toContain('<p class="heading-note">المجموعة الثانية: أسلحة الدمار الشامل الأخرى</p>')
    expect(html).not.toContain('<p class="heading-note">نيويورك')
  })
})
