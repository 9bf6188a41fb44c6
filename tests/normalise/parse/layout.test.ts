import {describe, expect, it} from 'vitest'
import {decideBoundaries, pageNumberLines, readLayout} from '../../../src/normalise/parse/layout.ts'
import {normalise} from '../../../src/normalise/index.ts'
import {readSourceLines} from '../../../src/normalise/parse/source-lines.ts'

const wrapped = [
  'Ghana congratulates you on the able manner in which you are steering our work this',
  'week, and thanks the Coordinators on clearance and risk reduction education for',
  'their report and for their analysis of the Article 4 deadlines.',
  'The Convention on Cluster Munitions was born of a simple and deeply held humani-',
  'tarian conviction: that no community should be left to live among the remnants of a',
  'weapon long after the fighting has ended.',
].join('\n')

const onePerLine = [
  'Our delegation thanks the Coordinators for their report and for their careful analysis of the deadlines.',
  'We also welcome the work of the Implementation Support Unit over the past year and its support to States.',
  'Survey must come before clearance, and clearance must be measured by the land returned to communities.',
].join('\n')

const doubleSpaced = [
  'We thank the Coordinators for their report on the operation and status of the',
  'Convention, and for the careful consultations they held with delegations during',
  'the intersessional period, which allowed every delegation to be heard on the',
  'questions before us. Our delegation shares the concern expressed by many speakers',
  'about the new use of anti-personnel mines reported this year, and we condemn any',
  'use by any actor under any circumstances, and we call on all States to join the',
  'Convention without delay and to respect its norms in every situation.',
].join('\n\n')

describe('readLayout', () => {
  it('finds the wrap width of hard-wrapped text', () => {
    const layout = readLayout(readSourceLines(wrapped))
    expect(layout.wrapWidth).toBeGreaterThanOrEqual(80)
    expect(layout.onePerLine).toBe(false)
  })

  it('sees one paragraph per line when long lines end sentences with no blank line between', () => {
    const layout = readLayout(readSourceLines(onePerLine))
    expect(layout.wrapWidth).toBeNull()
    expect(layout.onePerLine).toBe(true)
  })

  it('sees double spacing when blank lines cut sentences', () => {
    expect(readLayout(readSourceLines(doubleSpaced)).doubleSpaced).toBe(true)
    expect(readLayout(readSourceLines(onePerLine.replace(/\n/g, '\n\n'))).doubleSpaced).toBe(false)
  })
})

describe('decideBoundaries', () => {
  const decide = (text: string) => {
    const lines = readSourceLines(text)
    return Object.fromEntries([...decideBoundaries(lines, readLayout(lines))].map(([index, boundary]) => [index + 1, boundary]))
  }

  it('keeps wrapped lines together and breaks where a line was ended on purpose', () => {
    expect(decide(wrapped)).toEqual({2: 'wrap', 3: 'wrap', 4: 'break', 5: 'wrap', 6: 'wrap'})
  })

  it('breaks between sentences of a one-paragraph-per-line text', () => {
    expect(decide(onePerLine)).toEqual({2: 'break', 3: 'break'})
  })

  it('rejoins double-spaced lines that cut a sentence', () => {
    expect(decide(doubleSpaced)).toEqual({3: 'wrap', 5: 'wrap', 7: 'wrap', 9: 'wrap', 11: 'wrap', 13: 'wrap'})
  })

  it.each([
    ['Mr. President,\nWe thank you.', {2: 'break'}],
    ['Mr.\nChairman,\nLet me begin.', {2: 'wrap', 3: 'break'}],
    ['Señor Presidente:\nChile agradece.', {2: 'break'}],
    ['主席先生：\n中国代表团感谢。', {2: 'break'}],
    [
      '中国代表团感谢主席的工作，并将全力支持本次会议取得成功。\n《特定常规武器公约》是国际人道法的重要组成部分，中方一贯认真履行。\n《议定书》的各项义务同样得到了中方的全面落实和严格遵守。',
      {2: 'break', 3: 'break'},
    ],
    ['The work of the Co-\nChairs is noted.', {2: 'wrap'}],
  ])('%j', (text, expected) => {
    expect(decide(text)).toEqual(expected)
  })

  it('keeps a closing signature block of short lines together, apart from the last sentence', () => {
    const text = 'We ask the meeting to act this week, and we thank you for your attention to it.\n\nThank you.\n\nProf. Ines Okafor-Lund\nPolicy Adviser\nCoalition for Safe Fields\n'
    expect(decide(text)).toEqual({})
    // A closing sentence that lost its full stop is no signature (too many words a line): one wrapped paragraph.
    const wrappedEnd = 'Thank you for the floor, and for your leadership of this week.\n\nWe stand ready to work with all delegations\nTowards a successful outcome\n'
    expect(decide(wrappedEnd)).toEqual({})
    expect(normalise(wrappedEnd).markdown).toContain('We stand ready to work with all delegations Towards a successful outcome')
    // Straight after the closing thanks: its own block, its lines together.
    expect(decide('Our work goes on, and we remain at your disposal for all of it.\nThank you.\nInes Okafor-Lund\nPolicy Adviser\n')).toEqual({2: 'break', 3: 'break'})
  })

  it('sets the closing thanks apart, however long the line before it', () => {
    const closings = ['I thank you.', 'Thank you, Mr. President.', 'Je vous remercie.', 'Muchas gracias.', 'Спасибо за внимание.', 'شكرا.', '谢谢。']
    for (const closing of closings) expect(decide(`We call on every State to grant the procedures unhindered and immediate access.\n${closing}\n`), closing).toEqual({2: 'break'})
    // A wrapped sentence that goes on after "thank you" is not a closing.
    expect(decide('We call on every State to grant the procedures unhindered and immediate access.\nThank you to the facilitators for their tireless and patient work on this text\n')[2]).not.toBe('break')
  })

  it('closes the paragraph after a page number that counts up', () => {
    const text = 'A long line of text that goes on and on, well past the start of the\n1\nnext page, where it ends.\n2\n'
    expect(pageNumberLines(readSourceLines(text))).toEqual(new Set([1, 3]))
    expect(decide(text)).toEqual({3: 'page'})
  })

  it('does not read a lone number as a page number unless the numbers count up', () => {
    expect(pageNumberLines(readSourceLines('Text before.\n7\nText after.\n'))).toEqual(new Set())
  })
})
