import {describe, expect, it} from 'vitest'
import {normalise} from '../../src/normalise/index.ts'

describe('readFrontMatter', () => {
  it('lets explicit front matter set the metadata and keeps the body', () => {
    const result = normalise('---\ntitle: Hello\norganisations: [Ireland]\nagendaItem: "9.d."\n---\n\nMadam President,\n\nSome text.\n')
    expect(result.meta.title).toBe('Hello')
    expect(result.meta.organisations).toEqual(['Ireland'])
    expect(result.meta.agendaItem).toEqual({number: '9.d.', key: '9d', title: null})
    expect(result.markdown).toContain('Madam President,\n\nSome text.')
  })
})

describe('readFrontMatter on untrusted YAML', () => {
  it('reads tags as data and never runs anything, warning about fields of the wrong type', () => {
    const result = normalise('---\ntitle: !!js/function "function () { globalThis.pwned = true }"\ndates: soon\n---\n\nMadam President,\n')
    expect((globalThis as {pwned?: boolean}).pwned).toBeUndefined()
    expect(result.meta.dates).toBeNull()
    expect(result.messages.some((message) => message.ruleId === 'front-matter-invalid')).toBe(true)
  })
})

describe('readFrontMatter on names the output folder uses', () => {
  it('refuses a meetingKey that is one of them, at its line, and keeps the key read from the text', () => {
    const text = '---\ntitle: Hello\nmeetingKey: reading-copies\n---\n\n22nd Meeting of States Parties to the Anti-Personnel Mine Ban Convention\n\nMadam President,\n\nSome text.\n'
    const result = normalise(text)
    expect(result.meta.meetingKey).toBe('apmbc-22msp')
    const warning = result.messages.find((message) => message.ruleId === 'front-matter-invalid')
    expect(warning).toMatchObject({line: 3, column: 1, fatal: false})
    expect(warning?.reason).toContain('`meetingKey: reading-copies`')
    expect(normalise(text.replace('reading-copies', 'packs')).meta.meetingKey).toBe('apmbc-22msp')
    expect(normalise(text.replace('reading-copies', 'apmbc-23msp')).messages.filter((message) => message.ruleId === 'front-matter-invalid')).toEqual([])
  })
})

describe('readFrontMatter against the metadata schema', () => {
  it('reads what a writer types into the fields of the metadata (a name for a list, a bare number for an agenda item, a day for dates)', () => {
    const result = normalise('---\norganisations: " Chile "\nagendaItem: 7\ndates: 2025-12-01\nlanguage: ES\nembargo: 2026-01-01\n---\n\nMadam President,\n\nSome text.\n')
    expect(result.meta).toMatchObject({
      organisations: ['Chile'],
      agendaItem: {number: '7', key: '7', title: null},
      dates: {start: '2025-12-01', end: '2025-12-01'},
      language: 'es',
      embargo: '2026-01-01',
    })
  })

  it('refuses each field that does not fit at its own line, saying what it expected, and keeps the others', () => {
    const result = normalise('---\ntitle: Kept\ndates: soon\norder: first\nagendaItem: {title: no number}\ndelegationKind: embassy\n---\n\nMadam President,\n\nSome text.\n')
    expect(result.meta.title).toBe('Kept')
    const refused = result.messages.filter((message) => message.ruleId === 'front-matter-invalid').map(({line, column, reason}) => ({line, column, reason}))
    expect(refused).toEqual([
      {line: 3, column: 1, reason: 'Unexpected value for `dates` in front matter, expected a date such as 2025-12-01, or a start and an end date'},
      {line: 4, column: 1, reason: 'Unexpected value for `order` in front matter, expected a number'},
      {line: 5, column: 1, reason: 'Unexpected value for `agendaItem` in front matter, expected an agenda item number such as 9d, or its number, key and title'},
      {line: 6, column: 1, reason: 'Unexpected value for `delegationKind` in front matter, expected one of state, group, international-organisation, civil-society'},
    ])
  })
})
