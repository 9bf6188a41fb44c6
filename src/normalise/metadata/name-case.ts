import {forums, organisations} from '../vocabulary/organisations.ts'

/** Acronyms a speaker's function may hold ("Head of the ICRC Delegation"): kept in capitals. */
const acronyms = new Set([...organisations, ...forums].flatMap((entry) => entry.acronyms).concat(['SEM', 'NGO', 'OSCE', 'UNODA']))
/** Joining words of names and functions, in lower case after the first word. */
const joiningWords = new Set([
  'of', 'to', 'the', 'and', 'for', 'at', 'in', 'on',
  'de', 'du', 'des', 'la', 'le', 'les', 'et', 'auprès', 'del', 'las', 'los', 'y', 'ante', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den',
  'и', 'в', 'при', 'по',
])
const romanNumeral = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u

/**
 * "H.E. AMBASSADOR GRACE WANJIRU MUTUA, PERMANENT REPRESENTATIVE OF KENYA" as a person is written:
 * "H.E. Ambassador Grace Wanjiru Mutua, Permanent Representative of Kenya". Only a text without a
 * single lower-case letter is changed: a name written in capitals by a header's style, not by its owner.
 */
export function restoreNameCase(text: string): string {
  if (/\p{Ll}/u.test(text) || (text.match(/\p{Lu}/gu)?.length ?? 0) < 2) return text
  let first = true
  return text.replace(/[\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*\.?/gu, (word) => {
    const opening = first
    first = false
    // "H.E.", "S.E.", an initial "K.", an acronym or a numeral stays as it is.
    if (/\p{L}\.\p{L}/u.test(word) || /^\p{L}\.$/u.test(word) || acronyms.has(word.replace(/\.$/u, '')) || romanNumeral.test(word)) return word
    const lower = word.toLocaleLowerCase()
    if (!opening && joiningWords.has(lower)) return lower
    // "O'NEILL" → "O'Neill", "D'ALMEIDA" → "D'Almeida".
    return lower.replace(/^(\p{L})(['’]\p{L})?/u, (start) => start.toLocaleUpperCase())
  })
}
