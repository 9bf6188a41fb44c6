import {describe, expect, it} from 'vitest'
import {isEndMarker, isPageNumber} from '../../src/normalise/plugins/shared/furniture.ts'
import {isSalutation} from '../../src/normalise/plugins/shared/salutation.ts'

describe('isSalutation', () => {
  it.each([
    'Madam President,',
    'Mr. Chair,',
    'Mr President',
    'Madam Chairperson:',
    'Mr. Co-Chair,',
    'Mr. President, Excellencies, distinguished delegates,',
    'Your Excellencies, distinguished delegates, ladies, and gentlemen,',
    'Monsieur le Président,',
    'Madame la Présidente,',
    'Mesdames et Messieurs,',
    'Señor Presidente:',
    'Señora Presidenta:',
    'Уважаемый господин Председатель,',
    'Уважаемая госпожа Председатель,',
    'Уважаемые коллеги,',
    'السيد الرئيس،',
    '主席先生：',
    'أصحاب السعادة، السيدات والسادة،',
    'السيد الرئيس، أصحاب السعادة،',
    '主席先生，各位代表，女士们、先生们：',
    'Mr./Madam Chair,',
  ])('reads %j as a salutation', (line) => {
    expect(isSalutation(line)).toBe(true)
  })

  it.each([
    'Thank you, Madam Chair.',
    'Mr. President, I have the honour to speak on behalf of the Group.',
    'The President of the Conference opened the meeting.',
    'Je vous remercie, Monsieur le Président.',
    'Muchas gracias, Señor Presidente.',
    'Thank you.',
    'السيدات والسادة في الميدان يعملون كل يوم.',
    '各位代表的发言很重要。',
  ])('does not read %j as a salutation', (line) => {
    expect(isSalutation(line)).toBe(false)
  })
})

describe('isPageNumber', () => {
  it.each(['3', '12', '- 3 -', '– 3 –', '3/7', '3 / 7', 'Page 3', 'Page 3 of 7', 'page 3 of 7', 'Página 3 de 7', 'Стр. 3', '\f3'])(
    'reads %j as a page number',
    (line) => {
      expect(isPageNumber(line)).toBe(true)
    },
  )

  it.each(['2025', '3 States', 'Article 3', 'Page 3 of the report says', '1.', '(a)', '3.5'])('does not read %j as a page number', (line) => {
    expect(isPageNumber(line)).toBe(false)
  })
})

describe('isEndMarker', () => {
  it.each(['+++', '###', '# # #', '***', '* * *', '-END-', '-ENDS-', '- ENDS -', '— END —', '[END]', 'ENDS', 'END', '-30-', '- FIN -'])(
    'reads %j as an end marker',
    (line) => {
      expect(isEndMarker(line)).toBe(true)
    },
  )

  it.each(['end', 'The end of the conflict', 'Ends and means', '++', '---', 'Thank you.'])('does not read %j as an end marker', (line) => {
    expect(isEndMarker(line)).toBe(false)
  })
})
