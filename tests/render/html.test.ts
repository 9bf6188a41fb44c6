import {describe, expect, it} from 'vitest'
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
})
