import {describe, expect, it} from 'vitest'
import {parseDates} from '../../src/normalise/metadata/parse-dates.ts'

describe('parseDates', () => {
  const cases: [string, string, string][] = [
    // English
    ['Siem Reap, 26 November 2024', '2024-11-26', '2024-11-26'],
    ['20–24 November 2023', '2023-11-20', '2023-11-24'],
    ['Convention 22nd Meeting of States Parties, 1-5th December 2025', '2025-12-01', '2025-12-05'],
    ['Geneva, 30th November – 4th December 2026', '2026-11-30', '2026-12-04'],
    ['30 December 2025 – 2 January 2026', '2025-12-30', '2026-01-02'],
    ['November 20-24, 2023', '2023-11-20', '2023-11-24'],
    ['December 1, 2025', '2025-12-01', '2025-12-01'],
    ['November 30 – December 4, 2026', '2026-11-30', '2026-12-04'],
    ['1st of December 2025', '2025-12-01', '2025-12-01'],
    ['Geneva, 15–18 September 2025', '2025-09-15', '2025-09-18'],
    ['from 2 to 6 Sept. 2024', '2024-09-02', '2024-09-06'],
    ['GENEVA, 24 OCTOBER 2025', '2025-10-24', '2025-10-24'],
    ['Geneva, 8 and 9 September 2025', '2025-09-08', '2025-09-09'],
    ['Human Rights Council, 60th session (8 September – 8 October 2025)', '2025-09-08', '2025-10-08'],
    // French
    ['1er – 5 décembre 2025', '2025-12-01', '2025-12-05'],
    ['Genève, 17 – 20 juin 2025', '2025-06-17', '2025-06-20'],
    ['du 30 novembre au 4 décembre 2026', '2026-11-30', '2026-12-04'],
    ['Genève, le 3 février 2025', '2025-02-03', '2025-02-03'],
    ['Genève, le 1ᵉʳ décembre 2025', '2025-12-01', '2025-12-01'],
    // Spanish
    ['15 al 19 de noviembre de 2021', '2021-11-15', '2021-11-19'],
    ['Ginebra, 2 al 6 de diciembre de 2024', '2024-12-02', '2024-12-06'],
    ['del 30 de noviembre al 4 de diciembre de 2026', '2026-11-30', '2026-12-04'],
    ['Ginebra, 15 de septiembre de 2025', '2025-09-15', '2025-09-15'],
    ['8 y 9 de septiembre de 2025', '2025-09-08', '2025-09-09'],
    ['1.º de diciembre de 2025', '2025-12-01', '2025-12-01'],
    // Russian
    ['Женева, 25 ноября 2025 года', '2025-11-25', '2025-11-25'],
    ['24–26 ноября 2025 г.', '2025-11-24', '2025-11-26'],
    ['с 1 по 5 декабря 2025 года', '2025-12-01', '2025-12-05'],
    ['Женева, 1-го дек. 2025 г.', '2025-12-01', '2025-12-01'],
    ['25 сент. 2025 г.', '2025-09-25', '2025-09-25'],
    // Arabic, with Arabic-Indic digits too
    ['القاهرة، 10 يونيه 2025', '2025-06-10', '2025-06-10'],
    ['تونس، 5 جويلية 2025', '2025-07-05', '2025-07-05'],
    ['الرباط، 12 دجنبر 2025', '2025-12-12', '2025-12-12'],
    ['جنيف، 25 نوفمبر/تشرين الثاني 2025', '2025-11-25', '2025-11-25'],
    ['جنيف، ٢٥ نوفمبر ٢٠٢٥', '2025-11-25', '2025-11-25'],
    // Chinese
    ['2025年11月24日至26日', '2025-11-24', '2025-11-26'],
    ['日内瓦，2025年12月1日', '2025-12-01', '2025-12-01'],
    // ISO and numeric
    ['2025-12-01', '2025-12-01', '2025-12-01'],
    ['2025-12-01 – 2025-12-05', '2025-12-01', '2025-12-05'],
    ['25.11.2025', '2025-11-25', '2025-11-25'],
  ]
  it.each(cases)('reads %j', (text, start, end) => {
    expect(parseDates(text)).toEqual({start, end})
  })

  it.each([
    ['31 February 2025'],
    ['Agenda item 7 (c)'],
    ['The 2025 Intersessional Meetings'],
    ['May we all agree'],
    ['Statement by the Republic of Ghana'],
  ])('finds no date in %j', (text) => {
    expect(parseDates(text)).toBeNull()
  })
})
