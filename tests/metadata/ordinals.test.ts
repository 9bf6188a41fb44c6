import {describe, expect, it} from 'vitest'
import {englishOrdinal, ordinalAtEnd, ordinalAtStart, ordinalGrammars, readOrdinal, romanNumber} from '../../src/normalise/vocabulary/ordinals.ts'
import {foldVariants} from '../../src/normalise/metadata/fold.ts'

describe('ordinals', () => {
  const cases: [string, number][] = [
    // English
    ['first', 1], ['Second', 2], ['third', 3], ['ninth', 9], ['tenth', 10], ['Eleventh', 11], ['twelfth', 12], ['nineteenth', 19],
    ['twentieth', 20], ['twenty-first', 21], ['Twenty-Second', 22], ['twenty second', 22], ['TWENTY-THIRD', 23], ['fortieth', 40],
    ['fourty-fourth', 44], ['seventy-seventh', 77], ['eightieth', 80], ['ninety-ninth', 99], ['hundredth', 100], ['one hundredth', 100],
    ['1st', 1], ['2nd', 2], ['3rd', 3], ['11th', 11], ['22nd', 22], ['22d', 22], ['80th', 80], ['100th', 100], ['2ⁿᵈ', 2],
    // French
    ['premier', 1], ['Première', 1], ['deuxième', 2], ['second', 2], ['seconde', 2], ['troisième', 3], ['dixième', 10], ['onzième', 11],
    ['dix-septième', 17], ['vingtième', 20], ['vingt et unième', 21], ['vingt-et-unième', 21], ['vingt-deuxième', 22], ['Vingt-Deuxième', 22],
    ['trente-troisième', 33], ['soixantième', 60], ['soixante-neuvième', 69], ['soixante-dixième', 70], ['soixante et onzième', 71],
    ['soixante-douzième', 72], ['soixante-dix-neuvième', 79], ['quatre-vingtième', 80], ['quatre-vingt-unième', 81],
    ['quatre-vingt-deuxième', 82], ['quatre-vingt-dixième', 90], ['quatre-vingt-onzième', 91], ['quatre-vingt-dix-neuvième', 99],
    ['septantième', 70], ['septante et unième', 71], ['huitante-deuxième', 82], ['octantième', 80], ['nonante-deuxième', 92],
    ['centième', 100], ['1er', 1], ['1re', 1], ['1ère', 1], ['22e', 22], ['22ème', 22], ['22ᵉ', 22], ['22ieme', 22], ['1ʳᵉ', 1],
    // Spanish
    ['primero', 1], ['primera', 1], ['primer', 1], ['segunda', 2], ['tercer', 3], ['tercera', 3], ['séptimo', 7], ['sétima', 7],
    ['noveno', 9], ['décima', 10], ['undécima', 11], ['duodécima', 12], ['decimoprimera', 11], ['decimotercera', 13], ['décima tercera', 13],
    ['Decimonovena', 19], ['decimonona', 19], ['vigésima', 20], ['vigésima segunda', 22], ['Vigésima Segunda', 22], ['vigesimosegunda', 22],
    ['vigésimo segundo', 22], ['vigésimo primera', 21], ['vigesimoprimera', 21], ['vigésimo primer', 21], ['trigésimo tercero', 33],
    ['sexagésimo', 60], ['septuagésima quinta', 75], ['octogésimo', 80], ['nonagésima novena', 99], ['centésima', 100], ['centésimo', 100],
    ['22.ª', 22], ['22ª', 22], ['22a.', 22], ['22.º', 22], ['22º', 22], ['22°', 22], ['13va', 13], ['5ta', 5], ['1ra', 1], ['3er', 3],
    // Russian: every gender, number and case
    ['первый', 1], ['первая', 1], ['первое', 1], ['первого', 1], ['второй', 2], ['вторая', 2], ['третий', 3], ['третья', 3],
    ['третье', 3], ['третьего', 3], ['четвёртый', 4], ['четвертой', 4], ['седьмое', 7], ['десятая', 10], ['одиннадцатое', 11],
    ['девятнадцатая', 19], ['двадцатый', 20], ['двадцать первое', 21], ['двадцать второе', 22], ['двадцать второй', 22],
    ['двадцать второго', 22], ['двадцать вторая', 22], ['двадцать второму', 22], ['двадцать вторую', 22], ['двадцать третьей', 23],
    ['сороковой', 40], ['сорок пятая', 45], ['шестидесятая', 60], ['восьмидесятой', 80], ['девяностая', 90], ['девяносто девятое', 99],
    ['сотая', 100], ['сотое', 100], ['22-е', 22], ['22-го', 22], ['22-я', 22], ['22-й', 22], ['80-я', 80],
    // Arabic: gender, case, hamza and ta marbuta variants
    ['الأول', 1], ['الاول', 1], ['الأولى', 1], ['الاولي', 1], ['الثاني', 2], ['الثانى', 2], ['الثانية', 2], ['الثانيه', 2],
    ['العاشر', 10], ['العاشرة', 10], ['الحادي عشر', 11], ['الحادية عشرة', 11], ['الحاديه عشره', 11], ['الحادية عشر', 11],
    ['الثاني عشر', 12], ['الثالثة عشرة', 13], ['العشرون', 20], ['العشرين', 20], ['الحادي والعشرون', 21], ['الواحد والعشرون', 21],
    ['الثاني والعشرين', 22], ['الثاني والعشرون', 22], ['الثانية والعشرون', 22], ['الثانية و العشرين', 22], ['الأربعون', 40],
    ['الاربعين', 40], ['الستون', 60], ['الثمانون', 80], ['التاسع والتسعون', 99], ['المائة', 100], ['المئة', 100], ['الـ22', 22], ['الـ 60', 60],
    // Chinese
    ['第一', 1], ['第二届', 2], ['第十一届', 11], ['第二十二届', 22], ['第二十二次', 22], ['第六十届', 60], ['第一百', 100], ['第一百届', 100],
    ['第22届', 22], ['第２２届', 22],
  ]
  it.each(cases)('reads %j as %i', (text, value) => {
    expect(readOrdinal(text)).toBe(value)
  })

  it.each([['twenty'], ['vingt'], ['session'], ['2025'], ['المؤتمر'], ['двадцать'], ['第'], ['a'], ['22']])('reads no ordinal in %j', (text) => {
    expect(readOrdinal(text)).toBeNull()
  })

  it.each(Object.entries(ordinalGrammars))('writes every ordinal 1–100 in %s, each spelling for one value only', (_language, grammar) => {
    const seen = new Map<string, number>()
    for (let value = 1; value <= 100; value++) {
      const spellings = grammar(value)
      expect(spellings.length, `spellings of ${value}`).toBeGreaterThan(0)
      for (const spelling of spellings) {
        expect(seen.get(spelling) ?? value, spelling).toBe(value)
        seen.set(spelling, value)
        expect(readOrdinal(spelling), spelling).toBe(value)
      }
    }
  })

  it.each([
    ['the twenty-second', 22],
    ['the 22nd', 22],
    ['Decimotercera', 13],
    ['《禁止杀伤人员地雷公约》缔约国第二十二次', 22],
    ['twenty second', 22],
  ])('reads the ordinal at the end of %j', (text, value) => {
    expect(ordinalAtEnd(foldVariants(text))).toBe(value)
  })

  it.each([
    ['الثاني والعشرون للدول الأطراف', 22],
    ['الحادية عشرة لمجلس', 11],
    ['第十一届会议', 11],
    ['soixante-dixième session', 70],
  ])('reads the ordinal at the start of %j', (text, value) => {
    expect(ordinalAtStart(foldVariants(text))).toBe(value)
  })

  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [11, '11th'], [12, '12th'], [13, '13th'], [22, '22nd'], [101, '101st'], [111, '111th']])(
    'writes %i as %j',
    (value, text) => {
      expect(englishOrdinal(value)).toBe(text)
    },
  )

  it.each([['i', 1], ['III', 3], ['iv', 4], ['IX', 9], ['xiv', 14], ['XXII', 22], ['xlix', 49], ['LXXX', 80], ['xcix', 99], ['C', 100]])(
    'reads the Roman numeral %j as %i',
    (text, value) => {
      expect(romanNumber(text)).toBe(value)
    },
  )

  it.each([['iiii'], ['vx'], ['session'], [''], ['mm']])('reads no Roman numeral in %j', (text) => {
    expect(romanNumber(text)).toBeNull()
  })
})
