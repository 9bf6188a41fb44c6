/**
 * Sub-item letters in the scripts that number them in order: Arabic in abjad order (أ ب ج د هـ و ز ح
 * ط ي), Russian in alphabet order (а б в г д е ж з и к), so "9 (ج)" and "9 c)" share a key.
 */
const letterKeys = new Map<string, string>([
  ...[...'ابجدهوزحطي'].map((letter, index): [string, string] => [letter, String.fromCharCode(97 + index)]),
  ['أ', 'a'],
  ['إ', 'a'],
  ...[...'абвгдежзик'].map((letter, index): [string, string] => [letter, String.fromCharCode(97 + index)]),
])

/**
 * The agenda item's key for ordering and grouping: "9.d" → "9d", "10 b)" → "10b", "11(a)(ii)" →
 * "11aii", "9 (ج)" → "9c". Written once, used by the header reader, front matter and pack selection.
 */
export function agendaKey(number: string): string {
  const compact = number.toLowerCase().replace(/[^\p{L}\p{N}]+|\u0640/gu, '')
  // A letter after a number is a sub-item; "ه" written "هـ" (with its tatweel) is one letter.
  return compact.replace(/(?<=\p{N})(\p{L})$/u, (letter) => letterKeys.get(letter) ?? letter)
}
