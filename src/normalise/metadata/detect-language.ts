/**
 * Detects the language of a statement from its script and, for Latin script,
 * from its commonest function words: statements are long, formal prose, so a
 * stop-word count separates English, French, Spanish, Portuguese, German and
 * Italian reliably, in microseconds. Returns a BCP 47 primary tag or null.
 */
const stopWords: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'we', 'this', 'are', 'be', 'by', 'as', 'have', 'has', 'its', 'our', 'it', 'their', 'which', 'will', 'from', 'all', 'not'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'sur', 'au', 'aux', 'nous', 'pas', 'ne', 'par', 'avec', 'ce', 'cette', 'sont', 'vous', 'leur', 'plus'],
  es: ['el', 'la', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'para', 'una', 'es', 'se', 'al', 'su', 'sus', 'como', 'lo', 'este', 'esta', 'sobre', 'nuestra', 'nuestro', 'ha', 'muy', 'señor', 'señora'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'em', 'que', 'para', 'com', 'uma', 'no', 'na', 'nos', 'não', 'ao', 'pelo', 'pela', 'são', 'mais', 'senhor', 'senhora'],
  de: ['der', 'die', 'das', 'und', 'in', 'den', 'von', 'zu', 'mit', 'ist', 'des', 'sich', 'auf', 'für', 'nicht', 'wir', 'eine', 'ein', 'dem', 'auch', 'es', 'an', 'werden'],
  it: ['il', 'lo', 'gli', 'della', 'delle', 'dei', 'e', 'di', 'che', 'per', 'con', 'una', 'sono', 'nel', 'nella', 'alla', 'non', 'anche', 'signor', 'signora', 'questa'],
}

const wordLists = new Map<string, string[]>()
for (const [language, words] of Object.entries(stopWords)) {
  for (const word of words) wordLists.set(word, [...(wordLists.get(word) ?? []), language])
}

const scripts: [RegExp, string][] = [
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Latin}/gu, 'latin'],
]

const sampleLength = 4000

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, sampleLength)
  const counts = new Map<string, number>()
  for (const [pattern, script] of scripts) counts.set(script, sample.match(pattern)?.length ?? 0)
  // Kana appear in every Japanese text; Han alone is Chinese.
  if ((counts.get('ja') ?? 0) > 20) counts.set('ja', (counts.get('ja') ?? 0) + (counts.get('zh') ?? 0))
  const [script, letters] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['latin', 0]
  if (letters < 20) return null
  if (script === 'ru') return /[іїєґ]/iu.test(sample) ? 'uk' : 'ru'
  if (script !== 'latin') return script
  const scores = new Map<string, number>()
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of wordLists.get(word) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1)
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1])
  const best = ranked[0]
  if (!best || best[1] < 3) return null
  return best[0]
}
