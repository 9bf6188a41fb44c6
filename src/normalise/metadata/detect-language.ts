/**
 * Detects the language of a statement from its script and, for Latin script,
 * from its commonest function words: statements are long, formal prose, so a
 * stop-word count separates English, French, Spanish, Portuguese, German and
 * Italian reliably, in microseconds. Returns a BCP 47 primary tag, or null when
 * the text is too short to tell or no language has a majority.
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
const latin = 0
const kana = 3
const han = 5

/** Index into `scriptNames` of a letter's script by code point; -1 for anything else. */
function scriptOf(code: number): number {
  if (code < 0x41) return -1
  if ((code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return latin
  if (code >= 0x400 && code <= 0x52f) return 1
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfeff)) return 2
  if (code >= 0x3040 && code <= 0x30ff) return kana
  if (code >= 0xac00 && code <= 0xd7af) return 4
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return han
  if (code >= 0x590 && code <= 0x5ff) return 6
  if (code >= 0x370 && code <= 0x3ff) return 7
  return -1
}

const sampleLength = 2000
/** Below this many words a language is a guess: the README's language rule. */
export const minLanguageWords = 20
/** Written without spaces, two Han or kana characters count as one word. */
const charactersPerWord = 2

/**
 * Words per script: a word is a run of letters between spaces and counts for the script most of
 * its letters are in; Chinese and Japanese, written without spaces, count by characters.
 */
function wordsByScript(sample: string): number[] {
  const words = [0, 0, 0, 0, 0, 0, 0, 0]
  for (const token of sample.split(/\s+/)) {
    const letters = [0, 0, 0, 0, 0, 0, 0, 0]
    for (let index = 0; index < token.length; index++) {
      const script = scriptOf(token.charCodeAt(index))
      if (script >= 0) letters[script] = (letters[script] ?? 0) + 1
    }
    const cjk = (letters[han] ?? 0) + (letters[kana] ?? 0)
    if (cjk) {
      // Kana appear in every Japanese text; Han alone is Chinese.
      const script = letters[kana] ? kana : han
      words[script] = (words[script] ?? 0) + Math.max(1, Math.round(cjk / charactersPerWord))
    }
    let best = -1
    letters.forEach((count, script) => {
      if (script !== han && script !== kana && count > 0 && (best < 0 || count > (letters[best] ?? 0))) best = script
    })
    if (best >= 0) words[best] = (words[best] ?? 0) + 1
  }
  // A Japanese text has Han words too: they count for Japanese once kana show it is Japanese.
  if ((words[kana] ?? 0) >= minLanguageWords / 2) {
    words[kana] = (words[kana] ?? 0) + (words[han] ?? 0)
    words[han] = 0
  }
  return words
}

/**
 * The language whose function words are a clear majority of those found: more than half, and twice
 * as many as the next language's (a word shared by n languages counts 1/n for each).
 */
function latinLanguage(sample: string): string | null {
  const scores = new Map<string, number>()
  let total = 0
  for (const word of sample.toLowerCase().split(/[^a-zà-ÿœ]+/)) {
    const languages = wordLists.get(word)
    if (!languages) continue
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length)
    total++
  }
  const [best, second] = [...scores].sort((a, b) => b[1] - a[1])
  if (!best || best[1] < 3 || best[1] <= total / 2 || (second && best[1] < 2 * second[1])) return null
  return best[0]
}

/** How many words a text gives a language detector to go on. */
export function languageEvidence(text: string): number {
  return wordsByScript(text.slice(0, sampleLength)).reduce((sum, count) => sum + count, 0)
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, sampleLength)
  const words = wordsByScript(sample)
  const total = words.reduce((sum, count) => sum + count, 0)
  if (total < minLanguageWords) return null
  let best = 0
  for (let script = 1; script < words.length; script++) if ((words[script] ?? 0) > (words[best] ?? 0)) best = script
  // A statement quoting another language is still in its own; one that is half in each is in neither.
  if ((words[best] ?? 0) <= total / 2) return null
  const script = scriptNames[best] ?? 'latin'
  if (script === 'ru') return /[іїєґ]/iu.test(sample) ? 'uk' : 'ru'
  if (script !== 'latin') return script
  return latinLanguage(sample)
}
