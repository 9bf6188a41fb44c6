import {describe, expect, it} from 'vitest'
import {restoreNameCase} from '../../src/normalise/metadata/name-case.ts'
import {normalise} from '../../src/normalise/index.ts'

describe('a speaker written in capitals', () => {
  it.each([
    ['H.E. AMBASSADOR GRACE WANJIRU MUTUA', 'H.E. Ambassador Grace Wanjiru Mutua'],
    ["MR. SEAN O'NEILL, HEAD OF THE ICRC DELEGATION", "Mr. Sean O'Neill, Head of the ICRC Delegation"],
    ['S.E. M. JEAN-PIERRE DE LA TOUR, AMBASSADEUR', 'S.E. M. Jean-Pierre de la Tour, Ambassadeur'],
    ['SR. ORTEGA Y GASSET, REPRESENTANTE PERMANENTE ANTE LAS NACIONES UNIDAS', 'Sr. Ortega y Gasset, Representante Permanente ante las Naciones Unidas'],
    ['ПОСОЛ ИВАН ПЕТРОВ', 'Посол Иван Петров'],
    ['KING CHARLES III', 'King Charles III'],
  ])('writes %j as %j', (capitals, written) => {
    expect(restoreNameCase(capitals)).toBe(written)
  })

  it('leaves a name with any lower-case letter, and scripts without case, as written', () => {
    for (const name of ['Ms. Ana RUIZ', 'Dr. Amara Ndiaye-Kessler', 'السفير كريم جواد العبيدي', '王大使']) expect(restoreNameCase(name)).toBe(name)
  })

  it('gives the speaker of an all-capitals header as the person is written, and keeps the header as it is', () => {
    const {meta} = normalise('PERMANENT MISSION OF KENYA\n\nSTATEMENT BY H.E. AMBASSADOR GRACE WANJIRU MUTUA\nPERMANENT REPRESENTATIVE OF KENYA TO THE UNITED NATIONS\n\nMr. President,\n\nKenya thanks the Presidency for convening this debate.\n')
    expect(meta.speaker).toBe('H.E. Ambassador Grace Wanjiru Mutua')
    expect(meta.heading).toContain('STATEMENT BY H.E. AMBASSADOR GRACE WANJIRU MUTUA')
  })
})
