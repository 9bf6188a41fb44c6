/**
 * Ordinal numbers 1–100 in the six UN languages, as words and as figures, read
 * from text folded with `foldVariants` (lower case, no accents, "ё" → "е",
 * "й" → "и", "أ" → "ا", "ة" → "ه", "ى" → "ي").
 *
 * The words are generated once, at load, from each language's grammar: its
 * units, teens and tens, how it joins them ("vingt et unième", "vigesimosegunda",
 * "الحادي والعشرون"), and its gender and case endings ("двадцать второго").
 * Figures are read by rule: "22nd", "22e", "22ème", "22ᵉ", "22.ª", "22va", "22-е",
 * "الـ22"; Chinese by its number grammar: "第二十二届", "第一百", "第22次".
 */
import {foldVariants} from '../metadata/fold.ts'

export type OrdinalLanguage = 'en' | 'fr' | 'es' | 'ru' | 'ar'

const cross = (left: string[], right: string[], join = '') => left.flatMap((a) => right.map((b) => `${a}${join}${b}`))

// English: "twenty-second"; "fourty", "twelveth", "nineth" are written often enough to read.
const englishUnits = [[], ['first'], ['second'], ['third'], ['fourth'], ['fifth'], ['sixth'], ['seventh'], ['eighth'], ['ninth', 'nineth']]
const englishTeens = [['tenth'], ['eleventh'], ['twelfth', 'twelveth'], ['thirteenth'], ['fourteenth'], ['fifteenth'], ['sixteenth'], ['seventeenth'], ['eighteenth'], ['nineteenth']]
const englishTens = [[], [], ['twenty'], ['thirty'], ['forty', 'fourty'], ['fifty'], ['sixty'], ['seventy'], ['eighty'], ['ninety']]

function english(value: number): string[] {
  if (value === 100) return ['hundredth', 'one hundredth']
  const tens = Math.floor(value / 10)
  const unit = value % 10
  if (value < 10) return englishUnits[unit] ?? []
  if (value < 20) return englishTeens[unit] ?? []
  const tensWords = englishTens[tens] ?? []
  // "twenty" → "twentieth"
  if (unit === 0) return tensWords.map((word) => `${word.slice(0, -1)}ieth`)
  return cross(tensWords, englishUnits[unit] ?? [], ' ')
}

// French: "vingt-deuxième", "vingt et unième", "soixante-dix-septième", "quatre-vingt-unième",
// and the Belgian and Swiss "septante", "huitante", "octante", "nonante".
const frenchUnits = ['', 'unieme', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme', 'septieme', 'huitieme', 'neuvieme']
const frenchTeens = ['dixieme', 'onzieme', 'douzieme', 'treizieme', 'quatorzieme', 'quinzieme', 'seizieme', 'dix septieme', 'dix huitieme', 'dix neuvieme']
const frenchTens = [[], [], ['vingt'], ['trente'], ['quarante'], ['cinquante'], ['soixante'], ['septante'], ['huitante', 'octante'], ['nonante']]
/** "vingt" → "vingtième", "trente" → "trentième". */
const frenchTensOrdinal = (word: string) => `${word.replace(/e$/, '')}ieme`

function french(value: number): string[] {
  if (value === 100) return ['centieme']
  if (value === 1) return ['premier', 'premiere']
  if (value === 2) return ['deuxieme', 'second', 'seconde']
  const tens = Math.floor(value / 10)
  const unit = value % 10
  if (value < 10) return [frenchUnits[unit] ?? '']
  if (value < 20) return [frenchTeens[unit] ?? '']
  const forms: string[] = []
  // Counting in tens: "vingt-deuxième", "septante et unième"
  for (const word of frenchTens[tens] ?? []) {
    if (unit === 0) forms.push(frenchTensOrdinal(word))
    else if (unit === 1) forms.push(`${word} et unieme`, `${word} unieme`)
    else forms.push(`${word} ${frenchUnits[unit]}`)
  }
  // Counting in twenties from 60 and 80: "soixante et onzième", "quatre-vingt-dix-septième"
  if (tens >= 7) {
    const base = tens < 8 ? 'soixante' : 'quatre vingt'
    const rest = value - (tens < 8 ? 60 : 80)
    if (rest === 0) forms.push('quatre vingtieme')
    else if (rest < 10) forms.push(`${base} ${frenchUnits[rest]}`)
    else if (rest === 11 && base === 'soixante') forms.push('soixante et onzieme')
    else forms.push(`${base} ${frenchTeens[rest - 10]}`)
  }
  return forms
}

// Spanish: stems take -o/-a for gender; "primer", "tercer" before a masculine noun; compounds in
// two words ("vigésima segunda", "vigésimo primera") or one ("vigesimosegunda", "decimotercera").
const spanishUnits = [[], ['primer'], ['segund'], ['tercer'], ['cuart'], ['quint'], ['sext'], ['septim', 'setim'], ['octav'], ['noven', 'non']]
const spanishTens = [[], ['decim'], ['vigesim'], ['trigesim'], ['cuadragesim'], ['quincuagesim'], ['sexagesim'], ['septuagesim', 'setuagesim'], ['octogesim'], ['nonagesim']]
const gendered = (stems: string[]) => cross(stems, ['o', 'a'])
const shortened = new Set(['primer', 'tercer'])

function spanishUnit(unit: number): string[] {
  const stems = spanishUnits[unit] ?? []
  return [...gendered(stems), ...stems.filter((stem) => shortened.has(stem))]
}

function spanish(value: number): string[] {
  if (value === 100) return gendered(['centesim'])
  const tens = Math.floor(value / 10)
  const unit = value % 10
  if (value < 10) return spanishUnit(unit)
  const tensStems = spanishTens[tens] ?? []
  if (unit === 0) return gendered(tensStems)
  const units = spanishUnit(unit)
  const forms = [...cross(gendered(tensStems), units, ' '), ...cross(tensStems.map((stem) => `${stem}o`), units)]
  if (value === 11) forms.push(...gendered(['undecim']))
  if (value === 12) forms.push(...gendered(['duodecim']))
  return forms
}

// Russian: ordinal stems with every adjective ending (gender, number, case); from 21 the tens
// stay cardinal: "двадцать второе", "двадцать второго". Folded: "й" → "и", "ё" → "е".
const russianUnits = ['', 'перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят']
const russianTeens = [['десят'], ['одиннадцат', 'одинадцат'], ['двенадцат'], ['тринадцат'], ['четырнадцат'], ['пятнадцат'], ['шестнадцат'], ['семнадцат'], ['восемнадцат'], ['девятнадцат']]
const russianTensOrdinal = ['', '', 'двадцат', 'тридцат', 'сороков', 'пятидесят', 'шестидесят', 'семидесят', 'восьмидесят', 'девяност']
const russianTens = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто']
const russianHard = ['ыи', 'ои', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ом', 'ую', 'ых', 'ыми']
/** "третий, третья, третье, третьего…" */
const russianSoft = ['ии', 'ья', 'ье', 'ьи', 'ьего', 'ьему', 'ьим', 'ьем', 'ью', 'ьеи', 'ьих', 'ьими']
const russianForms = (stem: string) => cross([stem], stem === 'трет' ? russianSoft : russianHard)

function russian(value: number): string[] {
  if (value === 100) return russianForms('сот')
  const tens = Math.floor(value / 10)
  const unit = value % 10
  if (value < 10) return russianForms(russianUnits[unit] ?? '')
  if (value < 20) return (russianTeens[unit] ?? []).flatMap(russianForms)
  if (unit === 0) return russianForms(russianTensOrdinal[tens] ?? '')
  return russianForms(russianUnits[unit] ?? '').map((form) => `${russianTens[tens]} ${form}`)
}

// Arabic: masculine and feminine ("الثاني"/"الثانية"), "الحادي"/"الحادية" in compounds, teens
// with "عشر"/"عشرة" (mixed up often enough to read both), tens in the nominative and the
// oblique ("والعشرون"/"والعشرين"). Hamza and ta marbuta variants fold away (see `foldVariants`).
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
const arabicTensStems = ['', '', 'عشر', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع']

function arabic(value: number): string[] {
  if (value === 100) return ['المائة', 'المئة']
  const tens = Math.floor(value / 10)
  const unit = value % 10
  if (value < 10) return arabicUnits[unit] ?? []
  if (value === 10) return ['العاشر', 'العاشرة']
  const units = unit === 1 ? ['الحادي', 'الحادية'] : (arabicUnits[unit] ?? [])
  if (tens === 1) return cross(units, ['عشر', 'عشرة'], ' ')
  const stem = arabicTensStems[tens] ?? ''
  const tensWords = [`ال${stem}ون`, `ال${stem}ين`]
  if (unit === 0) return tensWords
  const compoundUnits = unit === 1 ? [...units, 'الواحد', 'الواحدة'] : units
  return cross(compoundUnits, tensWords.map((word) => `و${word}`), ' ')
}

export const ordinalGrammars: Record<OrdinalLanguage, (value: number) => string[]> = {en: english, fr: french, es: spanish, ru: russian, ar: arabic}

/** Superscript letters of "22ᵉ", "1ʳᵉ", "2ⁿᵈ". */
const superscripts: Record<string, string> = {ᵉ: 'e', ʳ: 'r', ˢ: 's', ᵗ: 't', ʰ: 'h', ⁿ: 'n', ᵈ: 'd', ᵃ: 'a', ᵒ: 'o', ᵐ: 'm', ᵛ: 'v', ᶦ: 'i'}
const superscript = /[ᵉʳˢᵗʰⁿᵈᵃᵒᵐᵛᶦ]/gu
const numericOrdinal =
  /^(\d{1,5})(?:\.?(?:st|nd|rd|th|d|er|ere|re|eme|ieme|e|o|a|º|ª|°|ra|da|ta|ma|va|na|ro|do|to|mo|vo|no|era|ero)|-(?:[а-я]{1,3}|eme|ieme|e|er|ere|re))\.?$/u
/** Arabic "الـ22" (tatweel folds away). */
const arabicNumeric = /^ال(\d{1,3})$/u

/** Splits folded text into words, keeping figures whole ("22-е", "22.ª") and "و" with the word it joins. */
function words(folded: string): string[] {
  const list: string[] = []
  let pendingAnd = false
  for (const raw of folded.split(/[^\p{L}\p{N}ºª°.-]+/u)) {
    const trimmed = raw.replace(/^[.-]+|[.-]+$/g, '')
    if (!trimmed) continue
    for (const word of /^\d/.test(trimmed) ? [trimmed] : trimmed.split('-')) {
      if (!word) continue
      if (word === 'و') {
        pendingAnd = true
        continue
      }
      list.push(pendingAnd ? `و${word}` : word)
      pendingAnd = false
    }
  }
  return list
}

/** Folded ordinal phrase (words joined by single spaces) → its value. */
const ordinalWords = new Map<string, number>()
for (let value = 1; value <= 100; value++) {
  for (const grammar of Object.values(ordinalGrammars)) {
    for (const phrase of grammar(value)) ordinalWords.set(words(foldVariants(phrase)).join(' '), value)
  }
}
const maxWords = Math.max(...[...ordinalWords.keys()].map((phrase) => phrase.split(' ').length))

function wordValue(word: string): number | undefined {
  if (/^\d/.test(word)) {
    const numeric = numericOrdinal.exec(word.replace(superscript, (char) => superscripts[char] ?? char))
    return numeric && Number(numeric[1]) > 0 ? Number(numeric[1]) : undefined
  }
  const arabicFigure = arabicNumeric.exec(word)
  if (arabicFigure) return Number(arabicFigure[1]) || undefined
  return ordinalWords.get(word)
}

function phraseValue(list: string[]): number | undefined {
  if (list.length === 1) return wordValue(list[0] ?? '')
  // "الـ 22"
  if (list.length === 2 && list[0] === 'ال' && /^\d{1,3}$/.test(list[1] ?? '')) return Number(list[1]) || undefined
  return ordinalWords.get(list.join(' '))
}

const chineseNumeral = '[〇零一二两三四五六七八九十百\\d]+'
const chineseAtEnd = new RegExp(`第\\s*(${chineseNumeral})\\s*[届次]?\\s*$`, 'u')
const chineseAtStart = new RegExp(`^\\s*第\\s*(${chineseNumeral})`, 'u')
const chineseWhole = new RegExp(`^\\s*第\\s*(${chineseNumeral})\\s*[届次]?\\s*$`, 'u')

/** The ordinal the folded text ends with ("… the twenty-second", "duodecima", "22nd", "第二十二届"), if any. */
export function ordinalAtEnd(folded: string): number | null {
  const chinese = chineseAtEnd.exec(folded)
  if (chinese?.[1]) return chineseNumber(chinese[1])
  const list = words(folded).slice(-maxWords)
  for (let size = list.length; size >= 1; size--) {
    const value = phraseValue(list.slice(-size))
    if (value !== undefined) return value
  }
  return null
}

const englishCardinalUnits = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const englishCardinalTeens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const englishCardinals = new Map<string, number>()
for (let value = 2; value <= 99; value++) {
  const unit = englishCardinalUnits[value % 10]!
  const tens = englishTens[Math.floor(value / 10)] ?? []
  const phrases = value < 10 ? [unit] : value < 20 ? [englishCardinalTeens[value - 10]!] : unit ? cross(tens, [unit], ' ') : tens
  for (const phrase of phrases) englishCardinals.set(phrase, value)
}

/**
 * An English cardinal the folded text ends with, from two to ninety-nine ("… twelve", "twenty two"):
 * read where a heading writes a number word for an ordinal, as in "Twelve Meeting of States Parties".
 */
export function cardinalAtEnd(folded: string): number | null {
  const list = words(folded).slice(-2)
  const pair = list.length === 2 ? englishCardinals.get(list.join(' ')) : undefined
  return pair ?? englishCardinals.get(list[list.length - 1] ?? '') ?? null
}

/** The ordinal the folded text starts with (Arabic puts it after the noun: "الاجتماع الثاني والعشرون"). */
export function ordinalAtStart(folded: string): number | null {
  const chinese = chineseAtStart.exec(folded)
  if (chinese?.[1]) return chineseNumber(chinese[1])
  const list = words(folded).slice(0, maxWords)
  for (let size = list.length; size >= 1; size--) {
    const value = phraseValue(list.slice(0, size))
    if (value !== undefined) return value
  }
  return null
}

/** The value of a text that is one ordinal and nothing else, in any UN language: "vingt et unième" → 21. */
export function readOrdinal(text: string): number | null {
  const folded = foldVariants(text)
  const chinese = chineseWhole.exec(folded)
  if (chinese?.[1]) return chineseNumber(chinese[1])
  const list = words(folded)
  return (list.length <= maxWords && phraseValue(list)) || null
}

const romanDigits = new Map([['i', 1], ['v', 5], ['x', 10], ['l', 50], ['c', 100]])
const romanNumeral = /^(?=[ivxlc])c?(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/u

/** A Roman numeral up to 100, folded ("iii" → 3, "xxii" → 22), as sessions and PrepComs are numbered. */
export function romanNumber(text: string): number | null {
  const folded = text.trim().toLowerCase()
  if (!romanNumeral.test(folded)) return null
  let total = 0
  for (let index = 0; index < folded.length; index++) {
    const value = romanDigits.get(folded.charAt(index)) ?? 0
    const next = romanDigits.get(folded.charAt(index + 1)) ?? 0
    total += value < next ? -value : value
  }
  return total >= 1 && total <= 100 ? total : null
}

const chineseDigits = new Map([['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]])

/** "二十二" → 22, "六十" → 60, "十三" → 13, "一百" → 100, "一百零二" → 102, "22" → 22. */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) || null
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
