import {isCheckAgainstDeliveryLine} from './check-against-delivery.ts'
import {fold} from './fold.ts'
import type {HeaderLine} from './header-lines.ts'
import {parseAgendaLine} from './parse-agenda-item.ts'
import {type DateMatch, findDates} from './parse-dates.ts'

/** What a header line is, by how it starts: read once, used by every reader of the header. */
export const titleStart = new RegExp(
  [
    String.raw`^(?:(?:joint|national|closing|opening|general|cross[- ]regional|concluding|final|oral)\s+)*(?:statement|declaration|intervention|remarks|speech|address)(?![\p{L}])`,
    String.raw`^(?:declaration|intervention|allocution|discours)(?![\p{L}])`,
    String.raw`^(?:intervencion|declaracion|discurso|palabras)(?![\p{L}])`,
    String.raw`^(?:совместное\s+)?(?:выступление|заявление)`,
    String.raw`^(?:كلمة|بيان)`,
    String.raw`(?:发言|声明|讲话)$`,
  ].join('|'),
  'u',
)
export const titleInside = /(?<![\p{L}])(?:statement\s+(?:by|of|on|from|to|delivered|at|for)|declaration conjointe|declaracion conjunta)(?![\p{L}])|(?<![\p{L}])statement$/u
export const deliveredBy =
  /(?<![\p{L}])(?:(?:delivered|presented|read out|read|pronounced|made)\s+by|speaker\s*:|orat(?:eur|rice)\s*:|orador(?:a)?\s*:|prononce\p{L}*\s+par|presente\p{L}*\s+par|pronunciad\p{L}*\s+por|presentad\p{L}*\s+por|зачитывает|выступает|оглашает|القاها|القاه|يلقيها|يلقيه|تلقيها)(?![\p{L}])\s*/u
export const onBehalfOf = /(?<![\p{L}])(?:on behalf of|au nom d(?:e|u|es)|en nombre d(?:e|el)|от имени|باسم)(?![\p{L}])\s*|代表/u
export const statementBy = /(?<![\p{L}])statement\s+(?:by|of|from)\s+(?:the\s+)?/u
/** "Intervention de M. …", "Intervención del Sr. …", "Выступление г-на …": who speaks, in any language. */
export const anyStatementBy =
  /(?<![\p{L}])(?:(?:statement|declaration|intervention|remarks|speech|address)\s+(?:by|of|from)|(?:declaration|intervention|allocution|discours)\s+(?:de|du|d')|(?:intervencion|declaracion|discurso|palabras)\s+(?:de|del)|(?:выступление|заявление))(?![\p{L}])\s*(?:(?:the|la|le|l'|el)\s+)?/u
export const honorific =
  /^(?:h\.\s?e\.|his excellency|her excellency|s\.\s?e\.|son excellence|su excelencia|excm[oa]\.?|ambassador|ambassadeur|ambassadrice|embajador|embajadora|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|professor|minister|ministre|ministro|ministra|m\.|mme|sr\.|sra\.|srta\.|senor|senora|г-н|г-жа|господин|госпожа|посол|министр|السيد|السيدة|سعادة|السفير|السفيرة|معالي|sir|dame|lord|lady|general|colonel|brigadier)(?:\s|$)/u
export const functionTitle =
  /^(?:permanent representative|deputy|ambassador|minister|head of|director|chair|president|vice|representative|counsellor|first secretary|second secretary|legal adviser|adviser|representant|ministre|chef de|directeur|directrice|representante|jefe|jefa|directora?|постоянн\p{L}* представител|министр|глава|директор|заместител|المندوب|الممثل|وزير|رئيس)/u
export const missionLine = /^(?:permanent mission|mission permanente|mision permanente|delegation|постоянное представительство|البعثة الدائمة)/u
export const continuesOnNextLine =
  /(?:(?<![\p{L}])(?:of|the|to|and|on|for|in|by|at|with|from|de|la|le|les|l'|du|des|del|los|las|y|et|en|a|au|aux|sur|o|ob|po|и|в|на|для|к|о|об|по|с|со)|[,:;–—&-])$/u

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
  else if (titleStart.test(folded) || titleInside.test(folded)) kind = 'title'
  else if (deliveredBy.exec(folded)?.index === 0) kind = 'delivered'
  else if (onBehalfOf.exec(folded)?.index === 0) kind = 'delivered'
  else if (honorific.test(folded) && /^\S+\s+\p{Lu}/u.test(line.text.replace(/^(?:H\.\s?E\.|S\.\s?E\.)\s+/u, ''))) kind = 'speaker'
  else if (dates) kind = 'date'
  return {...line, folded, kind, index, dates}
}

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

export const continues = (next: ClassifiedLine, sofar: string) => startsLowercase(next.text) || continuesOnNextLine.test(fold(sofar))

