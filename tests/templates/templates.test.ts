import {mkdtemp, mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {normalise} from '../../src/normalise/index.ts'
import {statementFrom} from '../../src/load-statement.ts'
import {describe, expect, it} from 'vitest'
import {loadTemplates} from '../../src/templates/index.ts'
import {formatDate, formatDateRange} from '../../src/templates/format-date.ts'
import {statementView} from '../../src/templates/statement-view.ts'
import {englishFields, statementFixture} from '../render/statement-fixture.ts'

const documentData = {fontFaces: '', paperSize: 'A4', largePrint: false}

describe('loadTemplates', () => {
  it('renders a reading copy with the header block from the metadata', async () => {
    const templates = await loadTemplates()
    const statement = statementFixture('a.md', englishFields, 'Mr President,\n\nWe thank the Chair.')
    const html = templates.render('statement', {...statementView(statement), ...documentData})
    expect(html).toContain('<html lang="en" dir="ltr">')
    expect(html).toContain('<h1 class="statement-title" id="statement-title">Statement on victim assistance</h1>')
    expect(html).toContain('Agenda item 9d: Victim assistance')
    expect(html).toContain('Geneva, 1–5 December 2025')
    expect(html).toContain('Check against delivery')
    expect(html).toContain('<p>We thank the Chair.</p>')
    expect(html).toContain('@top-center { content: "International Committee of the Red Cross — 22nd Meeting of States Parties — Agenda item 9d"; }')
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages); }')
  })

  it('prints {{…}} in a statement as written and never runs it', async () => {
    const templates = await loadTemplates()
    const statement = statementFixture('a.md', {...englishFields, title: '{{title}} and {{> statement}}'}, 'Say {{labels.contents}} and {{{bodyHtml}}} here.')
    const html = templates.render('statement', {...statementView(statement), ...documentData})
    expect(html).toContain('{{labels.contents}} and {{{bodyHtml}}} here.')
    expect(html).toContain('{{title}} and {{&gt; statement}}')
  })

  it('escapes metadata in CSS strings so it cannot close the style element', async () => {
    const templates = await loadTemplates()
    const statement = statementFixture('a.md', {...englishFields, meeting: 'x"; } </style><script>alert(1)</script>'}, 'Text.')
    const html = templates.render('statement', {...statementView(statement), ...documentData})
    expect(html).not.toContain('<script>')
    expect(html.match(/<\/style>/g)?.length).toBe(html.match(/<style>/g)?.length)
  })

  it('sets lang, dir and labels from the statement language', async () => {
    const templates = await loadTemplates()
    const arabic = statementFixture('ar.md', {...englishFields, language: 'ar', title: 'بيان'}, 'السيد الرئيس،')
    const view = statementView(arabic)
    expect(view.dir).toBe('rtl')
    expect(templates.render('statement', {...view, ...documentData})).toContain('<html lang="ar" dir="rtl">')
    const french = statementView(statementFixture('fr.md', {...englishFields, language: 'fr'}, 'Monsieur le Président,'))
    expect(french.dateText).toBe('1er–5 décembre 2025')
    expect(french.agendaItemText).toBe('Point de l’ordre du jour 9d\u00a0: Victim assistance')
    expect(french.labels.contents).toBe('Table des matières')
  })

  it('names the meeting, convention, venue and States in the statement’s language, and keeps the metadata canonical', () => {
    // The heading names the meeting only inside the title: the names come from the vocabularies.
    const text = '中华人民共和国代表团在《禁止杀伤人员地雷公约》缔约国第二十二次会议上的发言\n\n2024年11月25日至29日，日内瓦\n\n主席女士：\n\n中国代表团感谢主席的工作。\n'
    const chinese = statementFrom('zh.txt', normalise(text, {path: 'zh.txt'}))
    const view = statementView(chinese)
    expect([view.meeting, view.convention, view.venue, view.organisationNames]).toEqual(['缔约国第二十二次会议', '禁止杀伤人员地雷公约', '日内瓦', '中国'])
    expect(view.runningHead).toBe('中国 — 缔约国第二十二次会议')
    expect([chinese.meta.meeting, chinese.meta.convention, chinese.meta.venue, chinese.meta.organisations]).toEqual(['22nd Meeting of States Parties', 'Anti-Personnel Mine Ban Convention', 'Geneva', ['China']])
    // A language other than the six: English names and labels.
    const german = statementView(statementFixture('de.md', {...englishFields, language: 'de', organisations: ['Germany']}, 'Frau Präsidentin,'))
    expect([german.meeting, german.venue, german.organisationNames, german.labels.agendaItem]).toEqual(['22nd Meeting of States Parties', 'Geneva', 'Germany', 'Agenda item'])
  })

  it('lets a user folder replace any file by name and keeps the other defaults', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'))
    await mkdir(join(dir, 'partials'), {recursive: true})
    await mkdir(join(dir, 'styles'), {recursive: true})
    await mkdir(join(dir, 'assets'), {recursive: true})
    await writeFile(join(dir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    await writeFile(join(dir, 'partials', 'statement-header.hbs'), '<header class="custom"><img src="{{asset "logo.svg"}}" alt="">{{meeting}}</header>')
    await writeFile(join(dir, 'styles', 'base.css'), 'body { background: url(assets/logo.svg); }')
    const defaults = await loadTemplates()
    const templates = await loadTemplates({dir})
    const statement = statementFixture('a.md', englishFields, 'Text.')
    const html = templates.render('statement', {...statementView(statement), ...documentData})
    expect(html).toContain('<header class="custom"><img src="data:image/svg+xml;base64,')
    expect(html).toContain('22nd Meeting of States Parties</header>')
    expect(templates.style('base.css')).toBe(`body { background: url("${templates.asset('logo.svg')}"); }`)
    expect(templates.style('print.css')).toBe(defaults.style('print.css'))
    expect(templates.fingerprint).not.toBe(defaults.fingerprint)
  })

  it('reports a broken user template as a configuration error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'templates-'))
    await mkdir(join(dir, 'layouts'))
    await writeFile(join(dir, 'layouts', 'statement.hbs'), '{{#if}}')
    await expect(loadTemplates({dir})).rejects.toThrow(/statement\.hbs/)
  })
})

describe('date helpers', () => {
  it('formats single dates and ranges in the statement language', () => {
    expect(formatDate('2025-12-01', 'en')).toBe('1 December 2025')
    expect(formatDate('2025-12-01', 'fr')).toBe('1er décembre 2025')
    expect(formatDateRange({start: '2025-11-30', end: '2025-12-02'}, 'en')).toBe('30 November – 2 December 2025')
    expect(formatDateRange({start: '2025-12-01', end: '2025-12-05'}, 'es')).toBe('1–5 de diciembre de 2025')
    expect(formatDateRange({start: '2025-12-01', end: '2025-12-05'}, 'zh')).toBe('2025年12月1日至5日')
    expect(formatDateRange({start: '2025-12-03', end: '2025-12-03'}, 'en')).toBe('3 December 2025')
  })
})
