import {describe, expect, it} from 'vitest'
import type {HeaderLine} from '../../src/normalise/metadata/header-lines.ts'
import {findAgendaItem, parseAgendaLine, parseSubItem} from '../../src/normalise/metadata/parse-agenda-item.ts'
import {readHeader} from '../../src/normalise/metadata/read-header.ts'

describe('parseAgendaLine', () => {
  const cases: [string, string, string, string | null][] = [
    ['Agenda item 8a – Universalisation of the Convention and its norms', '8a', '8a', 'Universalisation of the Convention and its norms'],
    ['Item 9 (d)', '9 (d)', '9d', null],
    // Copied from a page that lost the space: "Item70(a) of the agenda".
    ['Item70(a) of the agenda', '70(a)', '70a', null],
    ['Agenda Item 9.d. - Preventing and suppressing prohibited activities', '9.d', '9d', 'Preventing and suppressing prohibited activities'],
    ['Agenda item 7 (c): Clearance and risk reduction education', '7 (c)', '7c', 'Clearance and risk reduction education'],
    ['Agenda item 11(c) – Assisting the victims', '11(c)', '11c', 'Assisting the victims'],
    ['Item 3: Promotion and protection of all human rights', '3', '3', 'Promotion and protection of all human rights'],
    ['AGENDA ITEM 10(B): COOPERATION AND ASSISTANCE', '10(B)', '10b', 'COOPERATION AND ASSISTANCE'],
    ['Agenda item 9: “Protocol III on Incendiary Weapons”', '9', '9', 'Protocol III on Incendiary Weapons'],
    ['Item 4.2 – Cooperation', '4.2', '42', 'Cooperation'],
    ['Point 10 b) de l’ordre du jour : Coopération et assistance', '10 b)', '10b', 'Coopération et assistance'],
    ['Point 6 a) de l’ordre du jour\u202f: Assistance aux victimes', '6 a)', '6a', 'Assistance aux victimes'],
    ['Point de l’ordre du jour 5 : Échange de vues général', '5', '5', 'Échange de vues général'],
    ['Tema 8 d) de la agenda: Asistencia a las víctimas', '8 d)', '8d', 'Asistencia a las víctimas'],
    ['Tema 9 c) del programa – Asistencia a las víctimas', '9 c)', '9c', 'Asistencia a las víctimas'],
    ['Punto 5 del orden del día: Intercambio general de opiniones', '5', '5', 'Intercambio general de opiniones'],
    ['Пункт 5 повестки дня: «Общий обмен мнениями»', '5', '5', 'Общий обмен мнениями'],
    ['Пункт 9 d) повестки дня – Сотрудничество', '9 d)', '9d', 'Сотрудничество'],
    ['البند 5 من جدول الأعمال: تبادل عام للآراء', '5', '5', 'تبادل عام للآراء'],
    ['议程项目5：一般性辩论', '5', '5', '一般性辩论'],
    // Bare openings, separators, sub-items
    ['Item 2:', '2', '2', null],
    ['Item 2 –', '2', '2', null],
    ['Item 2. General debate', '2', '2', 'General debate'],
    ['Tema 28.', '28', '28', null],
    ['Tema 28. Desarme general y completo', '28', '28', 'Desarme general y completo'],
    ['Tema 9 c) del programa', '9 c)', '9c', null],
    ["Point 9 d) de l'ordre du jour", '9 d)', '9d', null],
    ['Punto 5 del orden del día', '5', '5', null],
    ['Пункт 5 повестки дня', '5', '5', null],
    ['Пункт 5(c)', '5(c)', '5c', null],
    ['البند 5 من جدول الأعمال', '5', '5', null],
    ['البند ٥ من جدول الأعمال', '٥', '5', null],
    ['议程项目5', '5', '5', null],
    ['Agenda item 11 (a)', '11 (a)', '11a', null],
    ['Agenda Item 11(a)(ii): Stockpile destruction', '11(a)(ii)', '11aii', 'Stockpile destruction'],
  ]
  it.each(cases)('reads %j', (line, number, key, title) => {
    expect(parseAgendaLine(line)?.item).toEqual({number, key, title})
  })

  it.each([['Items of interest'], ['Point 3 is important.'], ['Punto 3 de nuestra lista'], ['Point 3.5 of the plan'], ['Statement by the Republic of Ghana'], ['Thematic discussion on conventional weapons']])(
    'finds no agenda item in %j',
    (line) => {
      expect(parseAgendaLine(line)).toBeNull()
    },
  )

  it('says when the title is still to come', () => {
    expect(parseAgendaLine('Agenda item 5')?.titlePending).toBe(true)
    expect(parseAgendaLine('Agenda item 5: General exchange of views')?.titlePending).toBe(false)
  })
})

describe('findAgendaItem', () => {
  it.each([
    ['Statement under agenda item 9 (d): Cooperation and assistance', {number: '9 (d)', key: '9d', title: 'Cooperation and assistance'}],
    ['Statement on agenda item 5 at the 22nd Meeting', {number: '5', key: '5', title: null}],
    ['Déclaration au titre du point 6 a) de l’ordre du jour', {number: '6 a)', key: '6a', title: null}],
    ['Выступление делегации по п.5 повестки дня «Универсализация», Женева', {number: '5', key: '5', title: 'Универсализация'}],
  ])('finds the agenda item inside %j', (line, item) => {
    expect(findAgendaItem(line)).toEqual(item)
  })

  it('needs the word “agenda” next to the number, or a topic before it and a separator after it', () => {
    expect(findAgendaItem('Statement on item 5 of our list')).toBeNull()
    expect(findAgendaItem('Coopération et assistance point 7 c) – intervention de la Suisse')).toEqual({number: '7 c)', key: '7c', title: 'Coopération et assistance'})
    expect(findAgendaItem('Asistencia a las víctimas punto 9 - intervención de Chile')).toEqual({number: '9', key: '9', title: 'Asistencia a las víctimas'})
    expect(findAgendaItem('We return to point 5 - it matters')).toBeNull()
    expect(findAgendaItem('Intervención de Chile, Primera Comisión, Tema 98. Desarme general y completo')).toEqual({number: '98', key: '98', title: 'Desarme general y completo'})
  })
})

describe('parseSubItem', () => {
  it.each([
    ['(a) Assisting the victims', '(a)', 'Assisting the victims'],
    ['d) Coopération et assistance', 'd)', 'Coopération et assistance'],
    ['(ii) – Stockpile destruction', '(ii)', 'Stockpile destruction'],
    ['(B) Clearance', '(B)', 'Clearance'],
  ])('reads %j', (line, marker, title) => {
    expect(parseSubItem(line)).toEqual({marker, title})
  })

  it.each([['(Check against delivery)'], ['(2025) Annual report'], ['Assisting the victims']])('finds no sub-item in %j', (line) => {
    expect(parseSubItem(line)).toBeNull()
  })
})

describe('an agenda item read from the header lines', () => {
  const lines = (text: string): HeaderLine[] =>
    text.split(/\n\s*\n/u).flatMap((block, index) => block.split('\n').map((line) => ({text: line.trim(), block: index, strong: null})))

  // The heading names the item, the next line the sub-item the statement is about: that is
  // the item a reader looks for ("11 (a)", grouped under "11a"), with the sub-item's title.
  it.each([
    ['Agenda item 11: Consideration of the general status and operation of the Convention\n(a) Assisting the victims', {number: '11 (a)', key: '11a', title: 'Assisting the victims'}],
    ['Agenda item 11\nConsideration of the general status and operation of the Convention\n(a) Assisting the victims', {number: '11 (a)', key: '11a', title: 'Assisting the victims'}],
    ['Agenda item 11 – Consideration of the general status and operation of the Convention\n\n(a) Assisting the victims', {number: '11 (a)', key: '11a', title: 'Assisting the victims'}],
    ['Point 9 de l’ordre du jour : Examen de l’état général\nd) Coopération et assistance', {number: '9 d)', key: '9d', title: 'Coopération et assistance'}],
    ['Agenda item 11 (a): Assisting the victims\n(ii) Rehabilitation', {number: '11 (a) (ii)', key: '11aii', title: 'Rehabilitation'}],
    ['Tema 28.\nDesarme general y completo', {number: '28', key: '28', title: 'Desarme general y completo'}],
    ['Пункт 5 повестки дня\n«Общий обмен мнениями»', {number: '5', key: '5', title: 'Общий обмен мнениями'}],
  ])('reads %j', (text, item) => {
    expect(readHeader(lines(text), '').agendaItem).toEqual(item)
  })

  it('reads no item from a heading and a sub-item without a number: its key would group nothing', () => {
    expect(readHeader(lines('Consideration of the general status and operation of the Convention\n(a) Assisting the victims'), '').agendaItem).toBeNull()
  })
})
