import {describe, expect, it} from 'vitest'
import {siteData, statementItem} from '../../src/archive/page-views.ts'
import {planArchive} from '../../src/archive/plan-archive.ts'
import {organisationShortSlug, statementSlug} from '../../src/archive/permalinks.ts'
import {slugify} from '../../src/slugify.ts'
import {statementView} from '../../src/templates/statement-view.ts'
import {selectPublished} from '../../src/archive/select-published.ts'
import type {Statement} from '../../src/load-statement.ts'
import {emptyMeta, type StatementMeta} from '../../src/normalise/meta.ts'

function statement(source: string, meta: Partial<StatementMeta>): Statement {
  return {source, meta: {...emptyMeta(), ...meta}, tree: {type: 'root', children: []}, markdown: '', messages: [], format: 'text', speakingTime: {seconds: 0, words: 0, rate: 120, limitSeconds: null}}
}

const item = (number: string) => ({number, key: number.toLowerCase().replace(/[^a-z0-9]/g, ''), title: null})
const site = siteData({language: 'en', stylesheets: []})
const safePath = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/

describe('permalinks', () => {
  it('read like the metadata: meeting key, agenda item and organisations', () => {
    const plan = planArchive([
      statement('a.txt', {
        meetingKey: 'apmbc-22msp',
        agendaItem: item('9.d.'),
        organisations: ['International Committee of the Red Cross', 'International Federation of Red Cross and Red Crescent Societies'],
      }),
    ])
    expect(plan.statements[0]!.dir).toBe('apmbc-22msp/9d-icrc-ifrc')
    expect(plan.statements[0]!.page).toBe(`${plan.statements[0]!.dir}/index.html`)
  })

  it('fall back when the meeting, agenda item or organisations are unknown', () => {
    const plan = planArchive([
      statement('folder/Rapport final.txt', {}),
      statement('b.txt', {meeting: '22nd Meeting of States Parties', organisations: ['Belgium']}),
    ])
    const dirs = plan.statements.map((entry) => entry.dir).sort()
    expect(dirs).toEqual(['22nd-meeting-of-states-parties/general-belgium', 'other-statements/general-rapport-final'])
  })

  it('stay inside the site whatever the metadata says', () => {
    const hostile = ['../../etc', '/etc/passwd', '..\\..\\windows', 'C:\\x', 'a/../../b', '%2e%2e%2f', '\u0000', '..', '.', 'index', 'assets', 'search']
    const plan = planArchive(
      hostile.map((value, index) =>
        statement(`../../${value}.txt`, {meetingKey: value, meeting: value, title: value, organisations: [value, `../${value}`], agendaItem: {number: value, key: value, title: value}}),
      ),
    )
    for (const entry of plan.statements) {
      expect(entry.dir).toMatch(safePath)
      expect(entry.markdownFile.startsWith(`${entry.dir}/`)).toBe(true)
    }
    for (const organisation of plan.organisations) expect(organisation.page).toMatch(/^organisations\/[a-z0-9]+(-[a-z0-9]+)*\/index\.html$/)
    // A meeting folder never takes a name the site uses for itself.
    expect(plan.meetings.map((meeting) => meeting.slug)).not.toContain('assets')
    expect(plan.meetings.map((meeting) => meeting.slug)).not.toContain('search')
  })

  it('are unique when statements collide, the same whatever the input order', () => {
    const statements = [
      statement('z.txt', {meetingKey: 'm', agendaItem: item('5'), organisations: ['Chile'], dates: {start: '2025-01-02', end: '2025-01-02'}}),
      statement('a.txt', {meetingKey: 'm', agendaItem: item('5'), organisations: ['Chile'], dates: {start: '2025-01-01', end: '2025-01-01'}}),
      statement('b.txt', {meetingKey: 'm', agendaItem: item('5'), organisations: ['Chile'], dates: {start: '2025-01-01', end: '2025-01-01'}}),
      statement('c.txt', {meetingKey: 'm', agendaItem: item('5'), organisations: ['Chile']}),
    ]
    const forward = planArchive(statements).statements.map((entry) => [entry.statement.source, entry.dir])
    const backward = planArchive([...statements].reverse()).statements.map((entry) => [entry.statement.source, entry.dir])
    expect(backward).toEqual(forward)
    const dirs = forward.map(([, dir]) => dir)
    expect(new Set(dirs).size).toBe(statements.length)
    expect(dirs).toContain('m/5-chile')
    expect(dirs).toContain('m/5-chile-2025-01-02')
  })

  it('shorten organisation names to their acronym or initials and keep short ones', () => {
    expect(organisationShortSlug('International Committee of the Red Cross')).toBe('icrc')
    expect(organisationShortSlug('International Federation of Red Cross and Red Crescent Societies')).toBe('ifrc')
    expect(organisationShortSlug('Food and Agriculture Organization of the United Nations')).toBe('fao')
    expect(organisationShortSlug('Centre for Civilian Protection in Armed Conflict')).toBe('ccpac')
    expect(organisationShortSlug('Alliance for Safer Fields and Roads')).toBe('asfr')
    expect(organisationShortSlug('Belgium')).toBe('belgium')
    expect(organisationShortSlug('United Kingdom')).toBe('united-kingdom')
    expect(statementSlug({...emptyMeta(), organisations: ['A', 'B', 'C', 'D', 'E']}, 'x.txt')).toBe('general-a-and-4-others')
  })

  it('fold Latin accents, so Latin permalinks stay ASCII', () => {
    expect(slugify('Déclaration de la Côte d’Ivoire')).toBe('declaration-de-la-cote-d-ivoire')
    expect(slugify('Straße Œuvre 9(d)')).toBe('strasse-oeuvre-9-d')
    expect(slugify('a'.repeat(100)).length).toBeLessThanOrEqual(60)
  })

  it.each([
    ['Cyrillic', 'Заявление делегации России', 'заявление-делегации-россии'],
    ['Arabic', 'بيان وفد العراق', 'بيان-وفد-العراق'],
    ['Chinese', '中国代表团的发言', '中国代表团的发言'],
  ])('keep the letters of a %s title, lower case, in NFC', (_script, title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(slugify(title.normalize('NFD'))).toBe(slug)
    const [entry] = planArchive([statement('a.txt', {meetingKey: 'm', title})]).statements
    expect(entry!.dir).toBe(`m/general-${slug}`)
    expect(statementItem(entry!, '../../', site).href).toBe(`../../m/general-${encodeURIComponent(slug)}/index.html`)
  })
})

describe('titles', () => {
  it.each([
    ['its title', {title: 'Closing remarks', organisations: ['Chile'], agendaItem: item('5')}, 'Closing remarks'],
    ['its agenda item when untitled', {organisations: ['Chile'], agendaItem: {number: '5', key: '5', title: 'Universalization'}}, 'Agenda item 5: Universalization'],
    ['its file name when untitled and without agenda item', {organisations: ['Chile']}, 'chile-remarks'],
  ])('a statement has one title, on its page and in lists: %s', (_case, meta, title) => {
    const planned = statement('in/chile-remarks.txt', meta)
    const [entry] = planArchive([planned]).statements
    expect(statementView(planned).title).toBe(title)
    expect(statementItem(entry!, '', site).title).toBe(title)
  })
})

describe('grouping', () => {
  const statements = [
    statement('late-item.txt', {meetingKey: 'old', meeting: 'Old meeting', agendaItem: item('10b'), dates: {start: '2024-05-01', end: '2024-05-01'}, organisations: ['Chile']}),
    statement('early-item.txt', {meetingKey: 'old', meeting: 'Old meeting', agendaItem: item('8a'), dates: {start: '2024-05-02', end: '2024-05-02'}, organisations: ['Chile']}),
    statement('mid-item.txt', {meetingKey: 'old', meeting: 'Old meeting', agendaItem: item('9d'), organisations: ['Ghana']}),
    statement('no-item.txt', {meetingKey: 'old', meeting: 'Old meeting', organisations: ['Ghana']}),
    statement('second.txt', {meetingKey: 'new', meeting: 'New meeting', agendaItem: item('9d'), dates: {start: '2025-12-02', end: '2025-12-02'}, order: 2, organisations: ['Ireland']}),
    statement('first.txt', {meetingKey: 'new', meeting: 'New meeting', agendaItem: item('9d'), dates: {start: '2025-12-02', end: '2025-12-02'}, order: 1, organisations: ['Ireland', 'Chile']}),
    statement('earliest.txt', {meetingKey: 'new', meeting: 'New meeting', agendaItem: item('9d'), dates: {start: '2025-12-01', end: '2025-12-01'}, organisations: ['Ghana']}),
  ]
  const plan = planArchive(statements)

  it('lists meetings newest first', () => {
    expect(plan.meetings.map((meeting) => meeting.name)).toEqual(['New meeting', 'Old meeting'])
  })

  it('orders agenda items naturally, the statements without one last', () => {
    expect(plan.meetings[1]!.agendaItems.map((agenda) => agenda.key)).toEqual(['8a', '9d', '10b', null])
  })

  it('orders statements under an item by date, then order, then file name, and links neighbours', () => {
    const item9d = plan.meetings[0]!.agendaItems[0]!
    expect(item9d.statements.map((entry) => entry.statement.source)).toEqual(['earliest.txt', 'first.txt', 'second.txt'])
    expect(item9d.statements[1]!.previous?.statement.source).toBe('earliest.txt')
    expect(item9d.statements[1]!.next?.statement.source).toBe('second.txt')
    expect(item9d.statements[0]!.previous).toBeNull()
    // Neighbours never cross agenda items.
    expect(plan.meetings[1]!.agendaItems[0]!.statements[0]!.next).toBeNull()
  })

  it('lists a joint statement under each of its organisations', () => {
    const chile = plan.organisations.find((organisation) => organisation.name === 'Chile')!
    expect(chile.statements.map((entry) => entry.statement.source).sort()).toEqual(['early-item.txt', 'first.txt', 'late-item.txt'])
  })
})

describe('drafts and embargoes', () => {
  it('leaves out drafts and statements still under embargo, and reports them', () => {
    const now = new Date('2026-01-15T12:00:00Z')
    const {published, skipped} = selectPublished(
      [
        statement('draft.txt', {draft: true}),
        statement('future.txt', {embargo: '2026-01-16'}),
        statement('later-today.txt', {embargo: '2026-01-15T18:00:00Z'}),
        statement('past.txt', {embargo: '2026-01-14'}),
        statement('unreadable-embargo.txt', {embargo: 'soon'}),
        statement('plain.txt', {}),
      ],
      now,
    )
    expect(published.map((entry) => entry.source)).toEqual(['past.txt', 'plain.txt'])
    expect(skipped.map((entry) => [entry.source, entry.reason])).toEqual([
      ['draft.txt', 'draft'],
      ['future.txt', 'embargo'],
      ['later-today.txt', 'embargo'],
      ['unreadable-embargo.txt', 'embargo'],
    ])
  })
})
