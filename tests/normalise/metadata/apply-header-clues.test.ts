import {describe, expect, it} from 'vitest'
import {emptyMeta} from '../../../src/normalise/meta.ts'
import {applyHeaderClues} from '../../../src/normalise/metadata/apply-header-clues.ts'

describe('applyHeaderClues', () => {
  it('fills only the fields the header did not give', () => {
    const read = {...emptyMeta(), title: 'Statement by Tonga', dates: {start: '2025-11-25', end: '2025-11-25'}, language: 'en'}
    expect(applyHeaderClues(read, {title: 'News | Site', date: '2025-11-27T09:30:00Z', lang: 'fr'})).toEqual(read)
    expect(applyHeaderClues(emptyMeta(), {title: '  Statement\n by Tonga ', date: '2025-11-27T09:30:00Z', lang: 'en-GB'})).toMatchObject({
      title: 'Statement by Tonga',
      dates: {start: '2025-11-27', end: '2025-11-27'},
      language: 'en',
    })
  })

  it('ignores a title that is only the file’s name, and a lang that is no language tag', () => {
    expect(applyHeaderClues(emptyMeta(), {title: 'Microsoft Word - stmt final v2', lang: 'x'})).toMatchObject({title: null, language: null})
    expect(applyHeaderClues(emptyMeta(), {title: 'statement_final.docx'}).title).toBeNull()
  })
})
