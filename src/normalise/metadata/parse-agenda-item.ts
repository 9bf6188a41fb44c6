import type {AgendaItem} from '../meta.ts'
import {agendaKey} from './agenda-key.ts'
import {fold} from './fold.ts'

// "8a", "9.d.", "9 (d)", "11(c)", "10 b)", "4.2", "5", "11(a)(ii)".
const NUMBER = String.raw`(\d{1,3}(?:\.\d{1,2})*(?:\s?\(?[\p{L}]\)(?:\s?\((?:[ivx]{1,4}|\d)\))?|\.?[a-zа-я](?![\p{L}\p{N}])\.?|\s[a-zа-я](?=\s*[.:–—-]))?)`
const AGENDA = String.raw`(?:ordre du jour|agenda|programa|orden del dia|повестк\p{L}* дня|جدول الاعمال)`

/** Agenda-item openings in the UN languages; group 1 is the number as written. */
const openings = [
  String.raw`(?:provisional\s+)?(?:agenda\s+)?item\s*(?:no\.?\s*|number\s+)?${NUMBER}(?:\s+of\s+the\s+(?:provisional\s+)?agenda)?`,
  String.raw`agenda\s+item\s*:\s*${NUMBER}`,
  String.raw`point\s+(?:n[°o]\s*)?${NUMBER}(?:\s+de\s+l'ordre\s+du\s+jour(?:\s+provisoire)?)?`,
  String.raw`point\s+de\s+l'ordre\s+du\s+jour\s*:?\s*${NUMBER}`,
  String.raw`(?:tema|punto)\s+${NUMBER}(?:\s+(?:de\s+la\s+agenda|del\s+(?:programa|orden\s+del\s+dia))(?:\s+provisional)?)?`,
  String.raw`(?:tema|punto)\s+del\s+(?:programa|orden\s+del\s+dia)\s*:?\s*${NUMBER}`,
  String.raw`(?:пункт\s+|п\.\s*)${NUMBER}(?:\s+(?:предварительнои\s+)?повестки(?:\s+дня)?)?`,
  String.raw`пункт\s+повестки\s+дня\s*:?\s*${NUMBER}`,
  String.raw`البند\s+${NUMBER}(?:\s+من\s+جدول\s+الاعمال(?:\s+المؤقت)?)?`,
  String.raw`(?:临时)?议程项目\s*${NUMBER}`,
]
const opening = new RegExp(`^\\s*(?:${openings.map((source) => `(?:${source})`).join('|')})`, 'u')
const anywhere = new RegExp(`(?<![\\p{L}])(?:${openings.map((source) => `(?:${source})`).join('|')})`, 'gu')
const agendaWord = new RegExp(AGENDA, 'u')
const quotePairs = /^(["'«“„‘‹「『](?:\s)?)([^]*?)((?:\s)?["'»”“’›」』])$/u

export interface AgendaLine {
  item: AgendaItem
  /** The title was not on the line ("Agenda item 5" alone): it may follow on the next line. */
  titlePending: boolean
}

/**
 * Reads a header line that opens with an agenda item: "Agenda item 8a – …",
 * "Item 9 (d)", "Agenda Item 9.d. - …", "Point 10 b) de l'ordre du jour : …",
 * "Tema 8 d) de la agenda: …", "Tema 9 c) del programa – …",
 * "Пункт 5 повестки дня: «…»", "البند 5 من جدول الأعمال".
 */
export function parseAgendaLine(line: string): AgendaLine | null {
  const folded = fold(line)
  const match = opening.exec(folded)
  if (!match) return null
  const groupIndex = match.slice(1).findIndex((group) => group !== undefined)
  const group = match[groupIndex + 1]
  if (group === undefined) return null
  // Nothing before the number in an opening is a digit, so the number starts at the first one.
  const numberStart = match.index + match[0].search(/\d/u)
  const number = line.slice(numberStart, numberStart + group.length).replace(/[\s.:,;–—-]+$/u, '')
  // Without "agenda" in it, "Item 3" still counts, but "Point 3 is…" is a sentence: "Tema 28." and
  // "Пункт 5(c)" alone on their line, or followed by a separator ("Tema 28. Desarme"), are items.
  const after = folded.slice(match.index + match[0].length)
  if (/^\s*(?:point|tema|punto|пункт)/u.test(folded) && !agendaWord.test(folded) && !/^\s?[.:–—-]|^\s*$/u.test(after)) return null
  const title = cleanTitle(line.slice(match.index + match[0].length))
  return {
    // `fold` turns Arabic-Indic digits into ASCII for the key.
    item: {number, key: agendaKey(fold(number)), title: title || null},
    titlePending: !title,
  }
}

/**
 * An agenda item named inside a line that is about something else:
 * "Statement under agenda item 9 (d): Cooperation and assistance". Only
 * with the word "agenda" (or its translation) next to the number.
 */
export function findAgendaItem(line: string): AgendaItem | null {
  const folded = fold(line)
  for (const match of folded.matchAll(anywhere)) {
    const numberStart = match.index + match[0].search(/\d/u)
    const group = match.slice(1).find((value) => value !== undefined) ?? ''
    const number = line.slice(numberStart, numberStart + group.length).replace(/[\s.:,;–—-]+$/u, '')
    const rest = line.slice(match.index + match[0].length)
    const separated = /^\s*[:：–—-]/u.test(rest)
    if (agendaWord.test(match[0])) {
      // "по п.8 повестки дня «Общий обмен мнениями», Женева…": the title in quotes, right after.
      const quoted = /^\s*[«"“„]([^«»"“”„]{2,150})[»"”“]/u.exec(rest)
      const title = quoted ? (quoted[1] as string).trim() : separated ? cleanTitle(rest) : ''
      return {number, key: agendaKey(fold(number)), title: title || null}
    }
    // "…, Cuarta Comisión, Tema 51. Asistencia…": an item of its own among a line's clauses.
    if (/^\s*[.:：–—-]\s/u.test(rest) && /[,;]\s*$/u.test(line.slice(0, match.index))) return {number, key: agendaKey(fold(number)), title: cleanTitle(rest) || null}
    // "Universalisation point 10 d) – intervention de …": the topic is the item's title.
    const topic = line.slice(0, match.index).trim()
    if ((separated || !rest.trim()) && itemTopic.test(topic) && !endsOnFunctionWord.test(fold(topic))) return {number, key: agendaKey(fold(number)), title: topic}
  }
  return null
}
/** "We return to point 5": a sentence leads to the number; a topic is a name. */
const endsOnFunctionWord = /(?<![\p{L}])(?:to|at|on|of|in|under|the|a|an|is|are|de|du|des|la|le|les|a|au|aux|en|sur|el|los|las|del|al|con|por|para|в|на|по|к|о)$/u
/** A few words that open a header line and name a topic: "Universalisation", "Victim assistance". */
const itemTopic = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}$/u

/** Strips the separator before an agenda title, the quotes around it and the punctuation after it. */
export function cleanTitle(text: string): string {
  let title = text.replace(/^[\s:：–—\-.,、]+/u, '').replace(/[\s:;,]+$/u, '').trim()
  const quoted = quotePairs.exec(title)
  if (quoted?.[2] && !/["«“»”]/u.test(quoted[2])) title = quoted[2].trim()
  return title
}

/**
 * A sub-item on the line after an agenda item's heading: "(a) Assisting the victims",
 * "d) Coopération et assistance", "(ii) – Stockpile destruction". `marker` is the
 * sub-item as written ("(a)", "d)"), `title` what follows it.
 */
export function parseSubItem(line: string): {marker: string; title: string | null} | null {
  const match = subItem.exec(line)
  if (!match?.[1]) return null
  return {marker: match[1], title: cleanTitle(line.slice(match[0].length)) || null}
}
const subItem = /^\s*(\(?(?:[a-zа-я]|[ivx]{1,4})\))(?:\s*[.:–—-])?(?:\s+|$)/ui
