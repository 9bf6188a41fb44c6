/**
 * Ordinal numbers as words (1st–99th) in English, French, Spanish, Russian and
 * Arabic, and as numerals ("22nd", "22e", "22.ª", "22-е"), read from folded text
 * (see `fold`): lower case, no accents, "ё" → "е", "й" → "и", "أ" → "ا".
 */
import {fold} from '../metadata/fold.ts'

const englishUnits = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
const englishTeens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']
const englishTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const englishTensOrdinal = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth']

const frenchUnits = ['', 'unieme', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'huitieme', 'neuvieme']
const frenchTeens = ['dixieme', 'onzieme', 'douzieme', 'treizieme', 'quatorzieme', 'quinzieme', 'seizieme', 'dix septieme', 'dix huitieme', 'dix neuvieme']
const frenchTens = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']
const frenchTensOrdinal = ['', '', 'vingtieme', 'trentieme', 'quarantieme', 'cinquantieme', 'soixantieme']

const spanishUnits = ['', 'primer', 'segund', 'tercer', 'cuart', 'quint', 'sext', 'septim', 'octav', 'noven']
const spanishTens = ['', 'decim', 'vigesim', 'trigesim', 'cuadragesim', 'quincuagesim', 'sexagesim', 'septuagesim', 'octogesim', 'nonagesim']

const arabicUnits: [string, string][] = [
  ['', ''],
  ['الاول', 'الاولى'],
  ['الثاني', 'الثانية'],
  ['الثالث', 'الثالثة'],
  ['الرابع', 'الرابعة'],
  ['الخامس', 'الخامسة'],
  ['السادس', 'السادسة'],
  ['السابع', 'السابعة'],
  ['الثامن', 'الثامنة'],
  ['التاسع', 'التاسعة'],
]
const arabicTens: [string, string][] = [
  ['', ''],
  ['العاشر', 'العاشرة'],
  ['العشرون', 'العشرين'],
  ['الثلاثون', 'الثلاثين'],
  ['الاربعون', 'الاربعين'],
  ['الخمسون', 'الخمسين'],
  ['الستون', 'الستين'],
  ['السبعون', 'السبعين'],
  ['الثمانون', 'الثمانين'],
  ['التسعون', 'التسعين'],
]

/** Folded ordinal phrase (words joined by single spaces) → its value. */
const ordinalWords = new Map<string, number>()

function add(phrase: string, value: number) {
  ordinalWords.set(fold(phrase).replace(/[\s-]+/g, ' '), value)
}

function addSpanish(stem: string, value: number) {
  for (const ending of ['a', 'o']) add(stem + ending, value)
}

for (let value = 1; value < 100; value++) {
  const tens = Math.floor(value / 10)
  const unit = value % 10
  // English
  if (value < 10) add(englishUnits[unit] ?? '', value)
  else if (value < 20) add(englishTeens[unit] ?? '', value)
  else if (unit === 0) add(englishTensOrdinal[tens] ?? '', value)
  else add(`${englishTens[tens]} ${englishUnits[unit]}`, value)
  // French
  if (value === 1) {
    add('premier', 1)
    add('premiere', 1)
  } else if (value === 2) {
    add('deuxieme', 2)
    add('second', 2)
    add('seconde', 2)
  } else if (value < 10) add(frenchUnits[unit] ?? '', value)
  else if (value < 20) add(frenchTeens[unit] ?? '', value)
  else if (value < 70) {
    if (unit === 0) add(frenchTensOrdinal[tens] ?? '', value)
    else if (unit === 1) add(`${frenchTens[tens]} et unieme`, value)
    else add(`${frenchTens[tens]} ${frenchUnits[unit]}`, value)
  } else if (value < 80) {
    if (unit === 1) add('soixante et onzieme', value)
    else add(`soixante ${frenchTeens[unit]}`, value)
  } else if (value === 80) add('quatre vingtieme', value)
  else if (value < 90) add(`quatre vingt ${frenchUnits[unit]}`, value)
  else add(`quatre vingt ${frenchTeens[unit]}`, value)
  // Spanish: "vigésima segunda", "vigesimosegunda", "decimotercera", "undécima", "duodécima"
  if (value < 10) addSpanish(spanishUnits[unit] ?? '', value)
  else if (unit === 0) addSpanish(spanishTens[tens] ?? '', value)
  else {
    const tensStem = spanishTens[tens] ?? ''
    const unitStem = spanishUnits[unit] ?? ''
    for (const ending of ['a', 'o']) {
      add(`${tensStem}${ending} ${unitStem}${ending}`, value)
      add(`${tensStem}o${unitStem}${ending}`, value)
    }
  }
  // Arabic: "الثاني والعشرون", "الحادية عشرة"
  for (const gender of [0, 1] as const) {
    if (value < 10) add(arabicUnits[unit]?.[gender] ?? '', value)
    else if (unit === 0) {
      add(arabicTens[tens]?.[gender] ?? '', value)
      if (tens > 1) add(arabicTens[tens]?.[1 - gender] ?? '', value)
    } else {
      const unitWord = unit === 1 ? (gender === 0 ? 'الحادي' : 'الحادية') : (arabicUnits[unit]?.[gender] ?? '')
      if (tens === 1) add(`${unitWord} ${gender === 0 ? 'عشر' : 'عشرة'}`, value)
      else for (const tensWord of arabicTens[tens] ?? []) add(`${unitWord} و${tensWord}`, value)
    }
  }
}
addSpanish('undecim', 11)
addSpanish('duodecim', 12)
add('primer', 1)
add('tercer', 3)
add('1er', 1)
add('1re', 1)
add('1ere', 1)

const russianStems: [string, number][] = [
  ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8],
  ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14],
  ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19],
  ['двадцат', 20], ['тридцат', 30], ['сороков', 40], ['пятидесят', 50], ['шестидесят', 60], ['семидесят', 70],
  ['восьмидесят', 80], ['девяност', 90],
]
const russianTens = new Map([
  ['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70],
  ['восемьдесят', 80], ['девяносто', 90],
])
// Adjective endings in folded form ("й" is folded to "и").
const russianOrdinal = new RegExp(
  `^(${russianStems.map(([stem]) => stem).sort((a, b) => b.length - a.length).join('|')})` +
    '(ыми|ими|ого|его|ому|ему|ьего|ьеи|ьему|ьем|ьих|ьим|ыи|ии|ои|ая|яя|ое|ее|ые|ие|ом|ем|ых|их|ым|им|ую|юю|еи|ья|ье|ьи|ью)$',
)
const russianStemValue = new Map(russianStems)

const numericOrdinal = /^(\d{1,3})(?:\.?(?:st|nd|rd|th|er|re|ere|e|eme|o|a|º|ª|°)|-(?:[a-zа-я]{1,3}))\.?$/

/** The value of one folded word if it is an ordinal numeral or a one-word ordinal. */
function wordValue(word: string): number | undefined {
  const numeric = numericOrdinal.exec(word)
  if (numeric) return Number(numeric[1])
  const known = ordinalWords.get(word)
  if (known !== undefined) return known
  const russian = russianOrdinal.exec(word)
  return russian ? russianStemValue.get(russian[1] ?? '') : undefined
}

/** Splits folded text into words, keeping hyphenated numerals ("22-е") together. */
function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}ºª°.-]+/u).flatMap((word) => {
    const trimmed = word.replace(/^[.-]+|[.-]+$/g, '')
    if (!trimmed) return []
    return /^\d/.test(trimmed) ? [trimmed] : trimmed.split('-')
  })
}

/** The ordinal the folded text ends with ("… the twenty-second", "duodecima", "22nd"), if any. */
export function ordinalAtEnd(folded: string): number | null {
  const list = words(folded).slice(-4)
  for (let size = Math.min(4, list.length); size >= 1; size--) {
    const tail = list.slice(-size)
    const value = phraseValue(tail)
    if (value !== undefined) return value
  }
  return null
}

/** The ordinal the folded text starts with (Arabic puts it after the noun: "الاجتماع الثاني والعشرون"). */
export function ordinalAtStart(folded: string): number | null {
  const list = words(folded).slice(0, 4)
  for (let size = Math.min(4, list.length); size >= 1; size--) {
    const value = phraseValue(list.slice(0, size))
    if (value !== undefined) return value
  }
  return null
}

function phraseValue(list: string[]): number | undefined {
  if (list.length === 1) return wordValue(list[0] ?? '')
  const known = ordinalWords.get(list.join(' '))
  if (known !== undefined) return known
  // Russian "двадцать второе"
  if (list.length === 2) {
    const tens = russianTens.get(list[0] ?? '')
    const unit = wordValue(list[1] ?? '')
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit
  }
  return undefined
}

const chineseDigits = new Map([['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]])

/** "二十二" → 22, "六十" → 60, "十三" → 13, "22" → 22. */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  let total = 0
  let current = 0
  for (const char of text) {
    if (char === '十') {
      total += (current || 1) * 10
      current = 0
    } else if (char === '百') {
      total += (current || 1) * 100
      current = 0
    } else {
      const digit = chineseDigits.get(char)
      if (digit === undefined) return null
      current = digit
    }
  }
  return total + current || null
}

/** 22 → "22nd", 13 → "13th". */
export function englishOrdinal(value: number): string {
  const lastTwo = value % 100
  const last = value % 10
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'
  return `${value}${suffix}`
}

const englishCommittees = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth']
/** 1 → "First" (UN General Assembly Main Committees are named in words). */
export function committeeName(value: number): string {
  return `${englishCommittees[value] ?? englishOrdinal(value)} Committee`
}
