import ar from 'i18n-iso-countries/langs/ar.json' with {type: 'json'}
import en from 'i18n-iso-countries/langs/en.json' with {type: 'json'}
import es from 'i18n-iso-countries/langs/es.json' with {type: 'json'}
import fr from 'i18n-iso-countries/langs/fr.json' with {type: 'json'}
import ru from 'i18n-iso-countries/langs/ru.json' with {type: 'json'}
import zh from 'i18n-iso-countries/langs/zh.json' with {type: 'json'}
import {fold} from '../metadata/fold.ts'
import {forums, organisations} from './organisations.ts'
import {stateAliases, stateNames, stateNamesInUnLanguages} from './states.ts'

export interface EntityMatch {
  /** Canonical English name. */
  name: string
  /** A forum ("United Nations General Assembly") is only returned when asked for. */
  kind: 'state' | 'organisation' | 'forum'
  start: number
  end: number
}

interface Phrase {
  tokens: string[]
  name: string
  kind: EntityMatch['kind']
  /** Acronyms match exactly as written ("HI", "CMC"), names case- and accent-folded. */
  caseSensitive: boolean
  /** Russian names match their case forms: "Казахстан" → "Казахстана", "Бельгия" → "Бельгии". */
  inflected: boolean
}

// Letters and digits apart ("Chile1" with its footnote number), superscripts dropped ("Chile¹"), "&" a word ("Trinidad & Tobago").
const wordPattern = /[\p{L}\p{M}]+|\p{Nd}+|&/gu
const cyrillic = /\p{Script=Cyrillic}/u
const han = /\p{Script=Han}/u
// Folded ("й" → "и"): noun and adjective endings, longest first.
const russianEnding = /(?:ыми|ими|ого|его|ому|ему|ая|яя|ое|ее|ые|ие|ыи|ии|ои|еи|ую|юю|ью|ом|ем|ам|ям|ах|ях|а|я|о|е|ы|и|у|ю|ь)$/
const russianCaseEnding = /^(?:ыми|ими|ами|ями|ого|его|ому|ему|ая|яя|ое|ее|ые|ие|ыи|ии|ои|еи|ою|ею|ую|юю|ия|ию|ие|ья|ье|ьи|ью|ом|ем|ам|ям|ах|ях|ых|их|ым|им|ов|ев|ей|а|я|о|е|ы|и|у|ю|ь)?$/

/** Phrases by the first three folded characters of their first word. */
const phrasesByPrefix = new Map<string, Phrase[]>()
/** Chinese names, matched as substrings. */
const chinesePhrases: {text: string; name: string; kind: EntityMatch['kind']}[] = []

function prefixKey(token: string): string {
  return fold(token).slice(0, 3)
}

const foldToken = (word: string) => (word === '&' ? 'and' : fold(word))

function addPhrase(text: string, name: string, kind: EntityMatch['kind'], caseSensitive: boolean) {
  if (han.test(text)) {
    chinesePhrases.push({text, name, kind})
    return
  }
  const words = text.match(wordPattern)
  if (!words) return
  const inflected = cyrillic.test(text)
  const tokens = words.map((word) => {
    if (caseSensitive) return word
    const folded = foldToken(word)
    return inflected && folded.length >= 5 ? folded.replace(russianEnding, '') : folded
  })
  const phrase: Phrase = {tokens, name, kind, caseSensitive, inflected}
  const key = prefixKey(tokens[0] ?? '')
  const list = phrasesByPrefix.get(key) ?? []
  list.push(phrase)
  phrasesByPrefix.set(key, list)
}

const isAcronym = (text: string) => /^[\p{Lu}\d.&-]+$/u.test(text) && text.replace(/\W/g, '').length <= 7

/**
 * An index form's running-text forms: "Congo (República Democrática del)" → itself and
 * "República Democrática del Congo"; "КНДР (Корейская Народно-Демократическая Республика)" →
 * the acronym and the name. "Korea, Republic of" would read "Moldova, Republic of Korea" wrongly.
 */
function runningForms(item: string): string[] {
  if (/[,（]/.test(item)) return []
  const index = /^(.+?)\s*\((.+)\)$/.exec(item)
  if (!index?.[1] || !index[2]) return [item]
  const [, head, qualifier] = index
  if (isAcronym(head)) return [head, qualifier]
  // Arabic index forms mark where the head goes: "إيران (جمهورية - الإسلامية)".
  if (/\s-\s/.test(qualifier)) return [item, qualifier.replace(/\s-\s/, ` ${head} `)]
  return [item, `${qualifier} ${head}`]
}

for (const [code, name] of Object.entries(stateNames)) {
  const names = new Set<string>([name])
  for (const alias of [...(stateAliases[code] ?? []), ...(stateNamesInUnLanguages[code] ?? [])]) for (const form of runningForms(alias)) names.add(form)
  for (const locale of [en, fr, es, ru, ar, zh]) {
    const value = (locale.countries as Record<string, string | string[]>)[code]
    for (const item of Array.isArray(value) ? value : value ? [value] : []) for (const form of runningForms(item)) names.add(form)
  }
  for (const text of names) addPhrase(text, name, 'state', isAcronym(text))
}
/**
 * Arabic official names qualify a State noun with the country's adjective: "المملكة الأردنية
 * الهاشمية", "الجمهورية التونسية". The adjective of a one-word name: "الأردن" → "الأردنية",
 * "سوريا" → "السورية", "موريتانيا" → "الموريتانية". Adjectives two States share are left out.
 */
const arabicStateNouns = new Set(['الجمهورية', 'المملكة', 'الدولة', 'السلطنة', 'الامارة', 'الاتحاد'].map(fold))
const arabicQualifiers = new Set(
  ['العربية', 'الاسلامية', 'الديمقراطية', 'الشعبية', 'الاتحادية', 'الهاشمية', 'المتحدة', 'الفيدرالية', 'الاشتراكية', 'البوليفارية', 'التعاونية', 'المستقلة'].map(fold),
)
const arabicAdjectives = new Map<string, string | null>()
function addArabicAdjective(word: string, name: string) {
  let stem = fold(word).replace(/^ال/u, '')
  if (stem.length < 3) return
  if (stem.endsWith('ا')) stem = stem.slice(0, -1)
  const adjective = `ال${stem.endsWith('ي') ? `${stem}ة` : `${stem}ية`}`
  if (arabicQualifiers.has(adjective)) return
  const known = arabicAdjectives.get(adjective)
  arabicAdjectives.set(adjective, known === undefined || known === name ? name : null)
}
for (const [code, name] of Object.entries(stateNames)) {
  const value = (ar.countries as Record<string, string | string[]>)[code]
  for (const item of Array.isArray(value) ? value : value ? [value] : []) if (/^\p{Script=Arabic}+$/u.test(item)) addArabicAdjective(item, name)
}

for (const entry of forums) {
  for (const text of [entry.name, ...entry.names]) addPhrase(text, entry.name, 'forum', false)
  for (const acronym of entry.acronyms) addPhrase(acronym, entry.name, 'forum', true)
}
for (const entry of organisations) {
  addPhrase(entry.name, entry.name, 'organisation', false)
  for (const text of entry.names) addPhrase(text, entry.name, 'organisation', false)
  for (const acronym of entry.acronyms) addPhrase(acronym, entry.name, 'organisation', true)
}
// Longest name first; among Russian stems the longest stem ("нигери" for Nigeria before "нигер" for Niger).
const stemLength = (phrase: Phrase) => phrase.tokens.reduce((total, token) => total + token.length, 0)
for (const list of phrasesByPrefix.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || stemLength(b) - stemLength(a))
chinesePhrases.sort((a, b) => b.text.length - a.text.length)

interface Token {
  text: string
  folded: string
  /** An Arabic word without its attached conjunction or preposition: "وبلجيكا" → "بلجيكا". */
  bare: string | undefined
  start: number
  end: number
}

const arabicClitic = /^[وفبل](?=\p{Script=Arabic}{3})/u

function tokenMatches(phraseToken: string, token: Token, phrase: Phrase): boolean {
  if (phrase.caseSensitive) return token.text === phraseToken
  if (token.folded === phraseToken || token.bare === phraseToken) return true
  return phrase.inflected && token.folded.startsWith(phraseToken) && russianCaseEnding.test(token.folded.slice(phraseToken.length))
}

/**
 * States and organisations named in a text, in order of appearance, longest name
 * first at each place ("Equatorial Guinea", not "Guinea"). Names must be written
 * with a capital (or as acronyms) so that "chad" or "turkey" are not States.
 */
export function findEntities(text: string, options: {forums?: boolean} = {}): EntityMatch[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(wordPattern)) {
    const folded = foldToken(match[0])
    const bare = arabicClitic.test(folded) ? folded.slice(1) : undefined
    tokens.push({text: match[0], folded, bare, start: match.index, end: match.index + match[0].length})
  }
  const found: EntityMatch[] = []
  for (let index = 0; index < tokens.length; index++) {
    const first = tokens[index]
    if (!first || !/^[\p{Lu}\p{Lo}\d]/u.test(first.text)) continue
    const candidates = [
      ...(phrasesByPrefix.get(first.folded.slice(0, 3)) ?? []),
      ...(first.bare ? (phrasesByPrefix.get(first.bare.slice(0, 3)) ?? []) : []),
    ]
    const phrase = candidates.find((candidate) =>
      candidate.tokens.every((phraseToken, offset) => {
        const token = tokens[index + offset]
        return token !== undefined && tokenMatches(phraseToken, token, candidate)
      }),
    )
    if (!phrase) {
      const adjective = arabicStateNouns.has(first.bare ?? first.folded) ? arabicAdjective(tokens, index) : null
      if (adjective) {
        found.push({name: adjective.name, kind: 'state', start: first.start, end: adjective.end})
        index = adjective.index
      }
      continue
    }
    const last = tokens[index + phrase.tokens.length - 1] ?? first
    found.push({name: phrase.name, kind: phrase.kind, start: first.start, end: last.end})
    index += phrase.tokens.length - 1
  }
  if (han.test(text)) {
    const taken: [number, number][] = []
    for (const phrase of chinesePhrases) {
      let start = text.indexOf(phrase.text)
      while (start !== -1) {
        const end = start + phrase.text.length
        if (!taken.some(([from, to]) => start < to && end > from)) {
          taken.push([start, end])
          found.push({name: phrase.name, kind: phrase.kind, start, end})
        }
        start = text.indexOf(phrase.text, end)
      }
    }
    found.sort((a, b) => a.start - b.start)
  }
  return options.forums ? found : found.filter((entity) => entity.kind !== 'forum')
}

/** "الجمهورية العربية السورية": the State whose adjective follows a State noun and its qualifiers. */
function arabicAdjective(tokens: Token[], start: number): {name: string; end: number; index: number} | null {
  for (let index = start + 1; index <= start + 4 && index < tokens.length; index++) {
    const token = tokens[index]
    if (!token) return null
    const name = arabicAdjectives.get(token.folded)
    if (name) return {name, end: token.end, index}
    if (!arabicQualifiers.has(token.folded)) return null
  }
  return null
}
