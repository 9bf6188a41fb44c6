const foldCache = new Map<string, string>()
/** Header lines are folded by several readers in turn: remember the last few hundred. */
const recentFolds = new Map<string, string>()
const maxRecentFolds = 512
// No "`" either: it folds to "'".
const asciiOnly = /^[\x00-\x5f\x61-\x7f]*$/

/**
 * Case- and accent-folds text for matching while keeping every character at its
 * index, so a match found in the folded text can be cut from the original:
 * "É" → "e", "ё" → "е", "أ" → "ا", "’" → "'", no-break spaces → " ", Arabic-Indic
 * and full-width digits → ASCII.
 */
export function fold(text: string): string {
  if (asciiOnly.test(text)) return text.toLowerCase()
  const known = recentFolds.get(text)
  if (known !== undefined) return known
  let folded = ''
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    let mapped = foldCache.get(char)
    if (mapped === undefined) {
      mapped = foldChar(char)
      foldCache.set(char, mapped)
    }
    folded += mapped
  }
  if (recentFolds.size >= maxRecentFolds) recentFolds.clear()
  recentFolds.set(text, folded)
  return folded
}

function foldChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 0x41) return char
  if (char === '\u2019' || char === '\u2018' || char === '\u02BC' || char === '`' || char === '\u00B4') return "'"
  if (char === '\u00A0' || char === '\u202F' || char === '\u2007' || char === '\u2009') return ' '
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660)
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0)
  if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10)
  const base = char.normalize('NFD').replace(/\p{M}+/gu, '')
  const lower = (base.length === 1 ? base : char).toLowerCase()
  return lower.length === 1 ? lower : char
}

const arabicMarks = /[\u0610-\u061a\u064b-\u065f\u0670\u0640]/g
const hasArabicMarks = /[\u0610-\u061a\u064b-\u065f\u0670\u0640]/

/** `fold`, and Arabic short vowels and tatweel removed: for matching where indexes into the original do not matter. */
export function foldLoose(text: string): string {
  const folded = fold(text)
  return hasArabicMarks.test(folded) ? folded.replace(arabicMarks, '') : folded
}

const arabicVariants = /[\u0629\u0649\u06cc\u06a9]/g
const hasArabicVariants = /[\u0629\u0649\u06cc\u06a9]/
const arabicVariantOf: Record<string, string> = {'\u0629': '\u0647', '\u0649': '\u064a', '\u06cc': '\u064a', '\u06a9': '\u0643'}

/**
 * `foldLoose`, and the spellings Arabic writers use interchangeably merged, one
 * character for one: ta marbuta → ha ("الحادية"/"الحاديه"), alif maqsura → ya
 * ("الثانى"/"الثاني"), Persian ya and kaf → Arabic. For vocabulary matching: fold
 * the patterns and the text with it alike.
 */
export function foldVariants(text: string): string {
  const loose = foldLoose(text)
  return hasArabicVariants.test(loose) ? loose.replace(arabicVariants, (char) => arabicVariantOf[char] ?? char) : loose
}
