import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {normalise} from '../../src/normalise/index.ts'

const body = '\n\nMr. President,\n\nOur volunteers reach families in remote valleys every week, and they see the same needs again and again in every season.\n\nThank you.\n'
const titleOf = (header: string) => normalise(new VFile({path: 'page.txt', value: `${header}${body}`})).meta.title

describe('a web page headline above "Statement by …"', () => {
  it('is the title, and the statement line still names the speaker', () => {
    const {meta} = normalise(new VFile({path: 'page.txt', value: `Clean water cannot wait for the next drought\nHuman Rights Council, 61st session\nStatement by Mr. Tomas Vall, Head of Delegation\nGeneva, 3 March 2026${body}`}))
    expect(meta.title).toBe('Clean water cannot wait for the next drought')
    expect(meta.speaker).toBe('Mr. Tomas Vall, Head of Delegation')
    expect(meta.meeting).toBe('61st session of the Human Rights Council')
  })

  it.each([
    ['a meeting line', 'Human Rights Council, 61st session\nStatement by Mr. Tomas Vall'],
    ['a labelled topic line', 'Thematic debate: conventional weapons\nStatement by Mr. Tomas Vall'],
    ['a letterhead', 'Federal Department of Foreign Affairs\nStatement by Mr. Tomas Vall'],
    ['a name and its acronym', 'Coalition for Safer Roads Worldwide CSRW\nStatement by Mr. Tomas Vall'],
    ['a State or an organisation', 'International Committee of the Red Cross\nStatement by Mr. Tomas Vall'],
  ])('is not %s', (_, header) => {
    expect(titleOf(header)).toBe('Statement by Mr. Tomas Vall')
  })
})
