import {isCheckAgainstDeliveryLine} from './check-against-delivery.ts'
import {fold} from './fold.ts'
import type {HeaderLine} from './header-lines.ts'
import {parseAgendaLine} from './parse-agenda-item.ts'
import {type DateMatch, findDates} from './parse-dates.ts'

/** What a header line is, by how it starts: read once, used by every reader of the header. */
export const titleStart = new RegExp(
  [
    // "Secretary-General's message", "UK statement", "Joint closing statement"
    String.raw`^(?:[\p{L}.-]+(?:'s|’s)\s+|(?:uk|us|eu|[\p{L}-]+an)\s+)?(?:(?:joint|national|closing|opening|general|cross[- ]regional|concluding|final|oral|video|welcome|welcoming|keynote)\s+)*(?:statement|declaration|intervention|remarks|speech|address|message)(?![\p{L}])`,
    String.raw`^(?:declaration|intervention|allocution|discours|message)(?![\p{L}])`,
    String.raw`^(?:intervencion|declaracion|discurso|palabras|mensaje)(?![\p{L}])`,
    String.raw`^(?:совместное\s+)?(?:выступление|заявление|послание|обращение)`,
    String.raw`^(?:كلمة|بيان|رسالة)`,
    String.raw`(?:发言|声明|讲话|致辞|贺词)$`,
  ].join('|'),
  'u',
)
export const titleInside =
  /(?<![\p{L}])(?:statement\s+(?:by|of|on|from|to|delivered|at|for)|declaration conjointe|declaracion conjunta)(?![\p{L}])|(?<![\p{L}])statement$|\s[–—-]\s+(?:statement|remarks|intervention|declaration|allocution|discours|intervencion|declaracion|discurso|выступление|заявление)\s+(?:by|of|de|du|del|d')(?![\p{L}])/u
export const deliveredBy =
  /(?<![\p{L}])(?:^(?:by|par|por)(?=\s+\p{L})|(?:delivered|presented|read out|read|pronounced|made)\s+by|speaker\s*:|orat(?:eur|rice)\s*:|orador(?:a)?\s*:|prononce\p{L}*\s+par|presente\p{L}*\s+par|pronunciad\p{L}*\s+por|presentad\p{L}*\s+por|зачитывает|выступает|оглашает|القاها|القاه|القتها|القته|يلقيها|يلقيه|تلقيها|تلقيه)(?![\p{L}])\s*/u
/** "Statement delivered by Dr. X": says who delivers, not what the statement is called. */
const statementDeliveredBy =
  /^(?:statement|remarks|intervention|declaration|intervencion|declaracion|discurso|выступление|заявление)\s+(?:delivered|presented|read|made|prononcee?|presentee?|pronunciad[oa]|presentad[oa]|зачитанное|сделанное)\s+(?:by|par|por)(?![\p{L}])/u
export const onBehalfOf = /(?<![\p{L}])(?:on behalf of|au nom d(?:e|u|es)|en nombre d(?:e|el)|от имени|باسم)(?![\p{L}])\s*|代表/u
export const statementBy = /(?<![\p{L}])statement\s+(?:by|of|from)\s+(?:the\s+)?/u
/** "Intervention de M. …", "Intervención del Sr. …", "Выступление г-на …": who speaks, in any language. */
export const anyStatementBy =
  /(?<![\p{L}])(?:(?:statement|declaration|intervention|remarks|speech|address|message)\s+(?:by|of|from)|(?:declaration|intervention|allocution|discours|message)\s+(?:de|du|d')|(?:intervencion|declaracion|discurso|palabras|mensaje)\s+(?:de|del)|(?:выступление|заявление|послание|обращение))(?![\p{L}])\s*(?:(?:the|la|le|l'|el)\s+)?|^(?:كلمة|بيان|رسالة)\s+/u
/** Titles and forms of address before a name, folded; each ends a word ("Mr", "Mr.", "H.E."). */
const honorificWords = [
  String.raw`h\.\s?e\.`, 'his excellency', 'her excellency', String.raw`s\.\s?e\.m(?:me)?\.`, 'sem', 'semme', String.raw`s\.\s?e\.`, 'son excellence', 'su excelencia', String.raw`excm[oa]\.?`, String.raw`exc\.`,
  'ambassador', String.raw`amb\.`, 'ambassadeur', 'ambassadrice', 'embajador', 'embajadora',
  String.raw`mr\.?`, String.raw`mrs\.?`, String.raw`ms\.?`, 'miss', String.raw`dr\.?`, String.raw`dra\.`, String.raw`prof\.?`, 'professor', 'professeur', 'profesor', 'profesora',
  'minister', 'ministre', 'ministro', 'ministra', String.raw`m\.`, String.raw`mme\.?`, String.raw`mlle\.?`, 'monsieur', 'madame',
  String.raw`sr\.`, String.raw`sra\.`, String.raw`srta\.`, 'senor', 'senora', 'dona',
  String.raw`(?:the\s+)?(?:right\s+)?honou?rable`, String.raw`(?:the\s+)?(?:rt\.?\s+)?hon\.?`,
  'г-н', 'г-жа', 'г-на', 'г-жи', 'г-ну', 'г-же', 'господин', 'госпожа', 'господина', 'госпожи', 'посол', 'посла', 'министр', 'министра',
  'его превосходительство', 'ее превосходительство',
  'السيد', 'السيدة', 'سعادة', 'السفير', 'السفيرة', 'معالي', 'الدكتور', 'الدكتورة', 'الاستاذ', 'الاستاذة', 'فخامة', 'سمو',
  'sir', 'dame', 'lord', 'lady', 'general', 'colonel', 'brigadier', 'admiral', String.raw`gen\.`, String.raw`col\.`,
]
const honorificSource = `(?:${honorificWords.join('|')})`
export const honorific = new RegExp(`^${honorificSource}(?:\\s|$)`, 'u')
/** One or more titles at the start of a folded text: "h.e. mr. ", "s.e. sra. ", "his excellency ambassador ". */
export const honorifics = new RegExp(`^(?:${honorificSource}(?:\\s+|$))+`, 'u')
export const functionTitle =
  /^(?:permanent representative|permanent observer|observateur permanent|observatrice permanente|observador(?:a)? permanente|постоянн\p{L}* наблюдател|المراقب الدائم|permanent secretary|secretary of state|deputy|ambassador|minister|head of|director|chair|president|vice|representative|counsellor|counselor|first secretary|second secretary|third secretary|legal adviser|adviser|advisor|high representative|under-secretary|secretary-general|charge d'affaires|representant|ministre|ministro|ministra|presidente|presidenta|chef de|directeur|directrice|ambassadeur|ambassadrice|conseiller|conseillere|haut representant|haute representante|representante|jefe|jefa|directora?|embajador|embajadora|consejer[oa]|encargad[oa] de negocios|alt[oa] representante|постоянн\p{L}* представител|министр|глава|директор|заместител|посол|советник|высок\p{L}* представител|المندوب|الممثل|وزير|رييس|سفير|مستشار|نايب)/u
export const missionLine = /^(?:permanent mission|mission permanente|mision permanente|delegation|постоянное представительство|البعثة الدايمة)/u
/** "New Zealand Ministry of Foreign Affairs & Trade", "Cancillería de Colombia": the government a statement comes from. */
export const ministryLine =
  /(?<![\p{L}])(?:ministry|ministere|ministerio|министерство|мид|cancilleria|foreign office|foreign, commonwealth|department of foreign affairs|global affairs)(?![\p{L}])|وزارة|外交部/u
export const continuesOnNextLine =
  /(?:(?<![\p{L}])(?:of|the|to|and|on|for|in|by|at|with|from|de|la|le|les|l'|du|des|del|los|las|y|et|en|a|au|aux|sur|o|ob|po|и|в|на|для|к|о|об|по|с|со)|[,:;–—&-])$/u

/** The end of a sentence, closing quotes and brackets after it included. */
export const sentenceEnd = /[.!?…。！？]["'”’»)」』]*$/u
const han = /\p{Script=Han}/gu

/** Words in a text; Chinese, written without blanks, counts a word for two characters. */
export function wordCount(text: string): number {
  return Math.max(text.split(/\s+/).filter(Boolean).length, Math.floor((text.match(han)?.length ?? 0) / 2))
}

/** A web page's headline: a few words (four to twenty-five) and no sentence ("Disarmament saves lives and fosters peace"). */
export function isHeadline(text: string): boolean {
  const count = wordCount(text)
  return count >= 4 && count <= 25 && !sentenceEnd.test(text)
}

export type LineKind = 'cad' | 'agenda' | 'title' | 'delivered' | 'speaker' | 'date' | 'plain'

export interface ClassifiedLine extends HeaderLine {
  folded: string
  kind: LineKind
  index: number
  dates: DateMatch | null
}

export function classify(line: HeaderLine, index: number): ClassifiedLine {
  const folded = fold(line.text)
  const dates = findDates(line.text)
  let kind: LineKind = 'plain'
  if (isCheckAgainstDeliveryLine(line.text)) kind = 'cad'
  else if (parseAgendaLine(line.text)) kind = 'agenda'
  else if (statementDeliveredBy.test(folded) || deliveredBy.exec(folded)?.index === 0) kind = 'delivered'
  else if (titleStart.test(folded) || titleInside.test(folded)) kind = 'title'
  else if (onBehalfOf.exec(folded)?.index === 0) kind = 'delivered'
  else if (isSpeakerLine(line.text, folded)) kind = 'speaker'
  else if (dates) kind = 'date'
  return {...line, folded, kind, index, dates}
}

/**
 * Words a name is never made of: what a header line is about ("General Debate",
 * "Minister for Foreign Affairs"), so that a title of address before them is no speaker.
 */
const notNameWord =
  /^(?:debate|exchange|discussion|segment|session|meeting|conference|committee|council|assembly|convention|treaty|protocol|statement|item|agenda|views|plenary|affairs|assistance|cooperation|cluster|thematic|general|president|presidente|presidenta|chair|chairperson|co-chairs?|colleagues|delegates|excellencies|ladies|gentlemen|distinguished|dear|thank|thanks|le|la|les|el|los|las|the|of|and|for|pour|para|de|del|des|du)$/u
const nameParticle = /^(?:de|da|das|do|dos|del|della|di|du|la|le|van|von|der|den|ter|ten|zu|af|bin|ibn|bint|al|el|y|e|st\.?|mc|mac|d'\p{L}+|al-\p{L}+|el-\p{L}+)$/u
const casedScript = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u
const nameWord = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.(?:\s?\p{Lu}\.)*|[\p{Lu}][\p{Ll}]*-\p{Lu}[\p{L}]*)[,]?$/u

/**
 * A person's name as written, in any script: "Kari Nordheim", "KARI NORDHEIM",
 * "María de los Ángeles López", "И.И. Иванова", "Jean-Marc Dupont". In scripts without
 * capitals ("محمد عبد الله", "李松") only after a title (`afterTitle`).
 */
export function looksLikeName(text: string, afterTitle: boolean): boolean {
  const words = text.trim().split(/\s+/u).filter(Boolean)
  if (!words.length || words.length > 7) return false
  if (!casedScript.test(text)) return afterTitle && words.length <= 5 && !/[\d:;!?]/u.test(text)
  let named = 0
  for (const [index, word] of words.entries()) {
    const folded = fold(word).replace(/[.,]+$/u, '')
    if (notNameWord.test(folded) && !(index > 0 && nameParticle.test(folded))) return false
    if (nameWord.test(word)) named++
    else if (!(index > 0 && index < words.length - 1 && nameParticle.test(folded))) return false
  }
  return named >= (afterTitle ? 1 : 2)
}

const leadingTitles = (folded: string) => honorifics.exec(folded)?.[0].length ?? 0

/** "H.E. Mr. Seán Murphy", "Ambassador Kari Nordheim, Permanent Representative", "السيد محمد عبد الله": a title of address and a name. */
function isSpeakerLine(text: string, folded: string): boolean {
  const titles = leadingTitles(folded)
  if (!titles) return false
  const rest = text.slice(titles).split(/\s*[,،(;:]\s*|\s+[–—-]\s+/u)[0] ?? ''
  // "Ambassador Jo Vale reaffirmed…": the name is the words before the first one in lower case.
  const beforeVerb = rest.split(/\s+(?=\p{Ll}{3})/u)[0] ?? rest
  const nameOnly = beforeVerb.split(/\s+/u).slice(0, 4).join(' ')
  return looksLikeName(rest, true) || looksLikeName(nameOnly, true)
}

/**
 * Abbreviations and initials with their full stop replaced by "․" (one dot leader), so that
 * "H.E. Mr. J. Smith" or "S.E. Sra. López" never reads as the end of a sentence. Same length
 * as the text, so indexes found in it hold in the original.
 */
export function maskAbbreviations(text: string): string {
  let masked = text
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const word = abbreviationBefore.exec(text.slice(Math.max(0, dot - 8), dot))
    if (!word) continue
    const start = dot - word[0].length
    // Not the end of a longer word ("Plan." is no "n."), and an initial only before a capital ("J. Smith").
    if (start > 0 && /[\p{L}\p{M}]/u.test(text.charAt(start - 1))) continue
    if (word[1] === undefined && !/^\s?\p{Lu}/u.test(text.slice(dot + 1, dot + 3))) continue
    masked = `${masked.slice(0, start)}${word[0].replaceAll('.', '\u2024')}\u2024${masked.slice(dot + 1)}`
  }
  return masked
}
// The word before a full stop: a known abbreviation (group 1) or a single capital, an initial.
const abbreviationBefore =
  /(?:((?:[Hh]\.\s?[Ee]|[Ss]\.\s?[Ee]|Mr|Mrs|Ms|Dr|Dra|Drs|Prof|Amb|Hon|Rt|Mme|Mlle|Sr|Sra|Srta|Sres|Excm[oa]|Exc|St|Ste|Gen|Col|Lt|Capt|Rev|Jr|No|Nos|Art|Arts|Para|Paras|Op|Vol|[Pp]p?|etc|vs|cf|e\.g|i\.e|[Uu]\.[SsKkNn]))|\p{Lu})$/u

export const startsLowercase = (text: string) => /^\p{Ll}/u.test(text)

/** Joins a line with the lines of its block that continue it (a wrapped title or list). */
export function extend(lines: ClassifiedLine[], start: number, accept: (next: ClassifiedLine, sofar: string) => boolean): {text: string; end: number} {
  const first = lines[start]
  let text = first?.text ?? ''
  let end = start
  for (let index = start + 1; index < lines.length; index++) {
    const next = lines[index]
    if (!next || next.block !== first?.block || !accept(next, text)) break
    // "Statement by" / "H.E. Mr. …": a speaker's line can finish a title that ends in "by".
    if (next.kind !== 'plain' && !(next.kind === 'speaker' && continuesOnNextLine.test(fold(text)))) break
    text += ` ${next.text}`
    end = index
  }
  return {text, end}
}

/** "…on behalf of the Arab Group" over "before the First Committee…": a line that opens with a preposition goes on. */
const opensWithPreposition = /^(?:at|to|before|during|in|on|au|aux|a|devant|lors|ante|en|durante|на|в|перед|امام|أمام|في|لدى|خلال)\s/u
export const continues = (next: ClassifiedLine, sofar: string) => startsLowercase(next.text) || continuesOnNextLine.test(fold(sofar)) || opensWithPreposition.test(next.folded)

