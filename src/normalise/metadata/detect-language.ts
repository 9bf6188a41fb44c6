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

const scriptNames = ['latin', 'ru', 'ar', 'ja', 'ko', 'zh', 'he', 'el'] as const

/** Index into `scriptNames` of a letter's script by code point; -1 for anything else. */
function scriptOf(code: number): number {
  if (code < 0x41) return -1
  if ((code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 0
  if (code >= 0x400 && code <= 0x52f) return 1
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfeff)) return 2
  if (code >= 0x3040 && code <= 0x30ff) return 3
  if (code >= 0xac00 && code <= 0xd7af) return 4
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 5
  if (code >= 0x590 && code <= 0x5ff) return 6
  if (code >= 0x370 && code <= 0x3ff) return 7
  return -1
}

const sampleLength = 2000
const wordSeparator = /[^a-zà-ÿœ]+/

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, sampleLength)
  const counts = [0, 0, 0, 0, 0, 0, 0, 0]
  for (let index = 0; index < sample.length; index++) {
    const script = scriptOf(sample.charCodeAt(index))
    if (script >= 0) counts[script] = (counts[script] ?? 0) + 1
  }
  // Kana appear in every Japanese text; Han alone is Chinese.
  if ((counts[3] ?? 0) > 20) counts[3] = (counts[3] ?? 0) + (counts[5] ?? 0)
  let best = 0
  for (let script = 1; script < counts.length; script++) if ((counts[script] ?? 0) > (counts[best] ?? 0)) best = script
  if ((counts[best] ?? 0) < 20) return null
  const script = scriptNames[best] ?? 'latin'
  if (script === 'ru') return /[іїєґ]/iu.test(sample) ? 'uk' : 'ru'
  if (script !== 'latin') return script
  const scores = new Map<string, number>()
  for (const word of sample.toLowerCase().split(wordSeparator)) {
    const languages = wordLists.get(word)
    if (languages) for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1)
  }
  let language: string | null = null
  let score = 2
  for (const [candidate, value] of scores) {
    if (value > score) {
      language = candidate
      score = value
    }
  }
  return language
}
