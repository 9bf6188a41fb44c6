import {describe, expect, it} from 'vitest'
import {findHeader, hasHeaderEvidence, isProse} from '../../../src/normalise/parse/find-header.ts'
import {readSourceLines} from '../../../src/normalise/parse/source-lines.ts'

/** Each line its own block, as the parser makes of short header lines. */
function header(text: string, chrome: number[] = []) {
  const lines = readSourceLines(text)
  const blocks = lines.flatMap((line, index) => (line.blank ? [] : [[index]]))
  const found = findHeader(lines, blocks, (index) => chrome.includes(index))
  return found && {lines: found.lines.map((index) => lines[index]?.text), body: lines[found.bodyStart]?.text}
}

describe('hasHeaderEvidence', () => {
  it.each([
    'Check against delivery',
    'Agenda item 7 (c): Clearance and risk reduction education',
    'Geneva, 15–18 September 2025',
    'THIRTEENTH MEETING OF STATES PARTIES TO THE',
    'Statement by the Republic of Ghana',
    'Delivered by Mr. Kwabena Asante-Darko, Minister-Counsellor',
    'Permanent Mission of Ghana to the United Nations Office at Geneva',
    'International Committee of the Red Cross',
    'New Zealand Ministry of Foreign Affairs & Trade.',
    'Cancillería de Colombia',
  ])('%s', (text) => {
    expect(hasHeaderEvidence(text)).toBe(true)
  })

  it.each(['We thank you for your leadership.', 'Delegation states that the report is late', 'Survivors need support'])('not: %s', (text) => {
    expect(hasHeaderEvidence(text)).toBe(false)
  })
})

describe('isProse', () => {
  it('does not take an abbreviation for the end of a sentence', () => {
    expect(isProse('Statement by H.E. Dr. Kwame Mensah, Ambassador and Permanent Representative of Ghana', true)).toBe(false)
    expect(isProse('Ghana congratulates you on your election. We welcome the report of the working group.', false)).toBe(true)
  })

  it('reads a sentence someone speaks as prose even when it names the meeting', () => {
    expect(isProse('I send my greetings to all participants in this Tenth Meeting of States Parties to the Convention.', true)).toBe(true)
    expect(isProse('Nous saluons la tenue de la Dixième Assemblée des États parties à la Convention.', true)).toBe(true)
    expect(isProse('Statement by Norway at the Twenty-First Meeting of the States Parties to the Convention on Cluster Munitions.', true)).toBe(false)
    expect(isProse('Intervención de la Embajadora Ana Gil, Representante Permanente de Chile ante las Naciones Unidas, Primera Comisión, 80º período de sesiones, Tema 98. Desarme general y completo', true)).toBe(false)
    expect(isProse('Amended Protocol II to the Convention on Certain Conventional Weapons: Twenty-Seventh Annual Conference.', true)).toBe(false)
  })
})

describe('findHeader', () => {
  it('reads header lines separated by single newlines up to the salutation', () => {
    expect(header('Statement by Chile\nTwelfth Meeting of States Parties\nGeneva, 10-13 September 2024\nMr. President,\nChile welcomes the report.')).toEqual({
      lines: ['Statement by Chile', 'Twelfth Meeting of States Parties', 'Geneva, 10-13 September 2024'],
      body: 'Mr. President,',
    })
  })

  it('ends where the speaker thanks the room, even when the thanks names an organisation', () => {
    const thanks = 'Thank you, Mr President, for giving the floor to the International Committee of the Red Cross (ICRC).'
    for (const opening of [thanks, 'Merci, Monsieur le Président.', 'Gracias, Señora Presidenta.']) {
      expect(header(`Statement by the IFRC\n\nThird Committee, New York, 3 October 2024\n\n${opening}\n\nWe speak for survivors.`)).toEqual({
        lines: ['Statement by the IFRC', 'Third Committee, New York, 3 October 2024'],
        body: opening,
      })
    }
  })

  it('reads a header of one line', () => {
    const line = 'Statement by H.E. Ms. Ana Ruiz, Permanent Representative, at the Fifth Meeting of States Parties, Lusaka, 2 September 2014'
    expect(header(`${line}\n\nAllow me first to thank the Government of Zambia for hosting this Meeting. We are confident of success.`)?.lines).toEqual([line])
  })

  it('skips site chrome above the header', () => {
    expect(header('Print page\nStatement by Chile\nGeneva, 10 September 2024\nMr. President,', [0])?.lines).toEqual(['Statement by Chile', 'Geneva, 10 September 2024'])
  })

  it('ends at a rule, and never crosses a page break', () => {
    expect(header('Statement by Chile\n---\nA title without evidence')?.body).toBe('---')
    expect(header('A short title\n\fStatement of Testland – Agenda item 5\nText goes on.')).toBeNull()
  })

  it('finds no header where no line reads as one', () => {
    expect(header('A short title\nAnother short line\nMr. President,')).toBeNull()
    expect(header('Three short words\nMr. President,')).toBeNull()
  })

  it('takes a headline alone above the salutation as the header, as a web page gives it', () => {
    expect(header('Protecting civilians must come first in every conflict\n\nMadam Chair, Excellencies,\n\nText.')).toEqual({lines: ['Protecting civilians must come first in every conflict'], body: 'Madam Chair, Excellencies,'})
    // A sentence is the statement, not a headline.
    expect(header('We thank the Presidency for its work this year.\n\nMr. President,\n\nText.')).toBeNull()
  })
})
