import {venues} from '../vocabulary/venues.ts'
import {foldVariants} from './fold.ts'

const han = /\p{Script=Han}/u
const cyrillic = /\p{Script=Cyrillic}/u
const arabic = /\p{Script=Arabic}/u
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A Russian place name in its cases, from its nominative (folded: "й" → "и"):
 * "Женева" → "Женевы", "Женеве", "Женеву", "Женевой"; "Нью-Йорк" → "Нью-Йорке";
 * "Брюссель" → "Брюсселе"; "Претория" → "Претории". Names ending in another
 * vowel do not decline ("Осло", "Мапуту", "Найроби").
 */
export function russianCases(name: string): string[] {
  const last = name.at(-1) ?? ''
  const stem = name.slice(0, -1)
  if (last === 'а') return [name, ...['ы', 'и', 'е', 'у', 'ои', 'ою'].map((ending) => stem + ending)]
  if (last === 'я') return [name, ...['и', 'е', 'ю', 'еи', 'ею'].map((ending) => stem + ending)]
  if (last === 'ь') return [name, ...['я', 'ю', 'е', 'ем'].map((ending) => stem + ending)]
  if (/[бвгджзклмнпрстфхцчшщ]/u.test(last)) return [name, ...['а', 'у', 'е', 'ом'].map((ending) => name + ending)]
  return [name]
}

const venueByAlias = new Map<string, string>()
const words: string[] = []
const arabicNames: string[] = []
const chineseNames: string[] = []
for (const [venue, aliases] of Object.entries(venues)) {
  for (const alias of aliases) {
    const folded = foldVariants(alias)
    const forms = cyrillic.test(folded) ? russianCases(folded) : [folded]
    for (const form of forms) {
      if (!venueByAlias.has(form)) venueByAlias.set(form, venue)
      ;(han.test(form) ? chineseNames : arabic.test(form) ? arabicNames : words).push(form)
    }
  }
}
const alternation = (names: string[]) => [...new Set(names)].sort((a, b) => b.length - a.length).map(escape).join('|')
const wordPattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(words)})(?![\\p{L}\\p{N}])`, 'gu')
// Arabic joins "and", "in", "to" to the name: "وجنيف", "بجنيف", "بالقاهرة".
const arabicPattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:[وف]?[بل]|[وف])?(${alternation(arabicNames)})(?![\\p{L}\\p{N}])`, 'gu')
const chinesePattern = new RegExp(`(${alternation(chineseNames)})`, 'gu')

/**
 * A city that names a document, a process or an organisation is not where the
 * meeting is: "Ottawa Convention", "Convention d'Ottawa", "Oslo Action Plan",
 * "Siem Reap-Angkor Action Plan", "Geneva Conventions", "Geneva Call",
 * "اتفاقية أوتاوا", "خطة عمل أوسلو", "渥太华公约".
 */
const namesDocumentAfter =
  /^(?:'s)?[ \t]*(?:-[ \t]*angkor[ \t]+|\+[ \t]*\d+[ \t]+)?(?:action plan|plan of action|conventions?|treaty|treaties|declaration|process|protocols?|commitments?|document|principles|regulations|agreement|accord|consensus|rules|call|centre|center|international centre|academy|graduate institute|forum)(?![\p{L}])/u
// French and Spanish name the city after "de"; Russian and Arabic put it after the noun. Written folded ("й" → "и", "ة" → "ه").
const namesDocumentBefore = new RegExp(
  '(?:(?:conventions?|convenios?|convencion(?:es)?|treaty|traites?|tratados?|plan d\'action|plan de accion|action plan|declarations?|declaracion|' +
    "protocoles?|protocolos?|processus|proceso|documents?|documento|accords?|acuerdos?|engagements?|compromisos?|appel|llamamiento)[ \\t]*(?:de|of|du|del|d')[ \\t]*" +
    "(?:(?:la|l'|los|las|the)[ \\t]+)?|(?:конвенци|деклараци|план\\p{L}* деистви|протокол|договор|процесс)\\p{L}*[ \\t]+|" +
    '(?:اتفاقيه|اتفاقيات|معاهده|خطه عمل|اعلان|بروتوكول|عمليه)[ \\t]+)$',
  'u',
)
const chineseDocumentAfter = /^(?:四)?(?:公约|条约|行动计划|宣言|进程|议定书|承诺|呼吁)/u

/** The first meeting venue named in a line, by its canonical English name ("Genève", "в Женеве", "بجنيف" → "Geneva"). */
export function findVenue(text: string): string | null {
  const folded = foldVariants(text)
  let best: {index: number; venue: string} | undefined
  const consider = (pattern: RegExp, after: RegExp) => {
    pattern.lastIndex = 0
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      if (best && match.index >= best.index) return
      const name = match[1] ?? ''
      const end = match.index + match[0].length
      const start = end - name.length
      if (after.test(folded.slice(end, end + 40)) || namesDocumentBefore.test(folded.slice(Math.max(0, start - 40), start))) continue
      const venue = venueByAlias.get(name)
      if (venue) best = {index: match.index, venue}
      return
    }
  }
  consider(wordPattern, namesDocumentAfter)
  if (arabic.test(folded)) consider(arabicPattern, namesDocumentAfter)
  if (han.test(folded)) consider(chinesePattern, chineseDocumentAfter)
  return best?.venue ?? null
}
