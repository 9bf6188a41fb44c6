import {describe, expect, it} from 'vitest'
import {normalise} from '../src/normalise/index.ts'

describe('normalise', () => {
  it('lets explicit front matter set the metadata and keeps the body', () => {
    const result = normalise('---\ntitle: Hello\norganisations: [Ireland]\nagendaItem: "9.d."\n---\n\nMadam President,\n\nSome text.\n')
    expect(result.meta.title).toBe('Hello')
    expect(result.meta.organisations).toEqual(['Ireland'])
    expect(result.meta.agendaItem).toEqual({number: '9.d.', key: '9d', title: null})
    expect(result.markdown).toContain('Madam President,\n\nSome text.')
  })
})
