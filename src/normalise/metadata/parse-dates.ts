import type {DateRange} from '../meta.ts'
import {monthNames} from '../vocabulary/months.ts'
import {fold} from './fold.ts'

const monthByName = new Map<string, number>()
for (const [month, names] of Object.entries(monthNames)) for (const name of names) monthByName.set(name.normalize('NFD').replace(/\p{M}/gu, ''), Number(month))

const monthAlternation = [...monthByName.keys()].sort((a, b) => b.length - a.length).join('|')
// A month, optionally doubled as Arabic headers write it ("نوفمبر/تشرين الثاني").
const MONTH = `(${monthAlternation})\\.?(?:\\s*/\\s*(?:${monthAlternation}))?(?![\\p{L}])`
// "1st", "1er", "1ᵉʳ", "1.º", "1-го"
const DAY = `(\\d{1,2})(?:st|nd|rd|th|er|re|ere|eme|e|ᵉʳ|ᵉ|\\.?º|\\.?ª|°|-го|-е)?(?![\\p{L}\\d])\\.?`
const YEAR = `(\\d{4})(?!\\d)`
const TO = `\\s*(?:[-–—‐‑/]|to|until|and|au|jusqu'au|et|al|a|hasta|y|по|до|и|الى|إلى)\\s*`
// Between day and month ("1er décembre", "2 de diciembre", "1st of December") and between month and year.
const OF = `(?:\\s*,)?\\s+(?:de(?:l)?\\s+|of\\s+)?`
const OF_YEAR = `(?:\\s*,)?\\s*(?:de(?:l)?\\s+|of\\s+)?`
const FROM = `(?:(?:from|du|del|de|с|من)\\s+)?`
const between = `(?<![\\p{L}\\d])`

/** Start year, month, day, then end year, month, day. */
type Builder = (match: RegExpExecArray) => [number, number, number, number, number, number]

const patterns: [RegExp, Builder][] = [
  // 2025-12-01 – 2025-12-05, 2025-12-01
  [new RegExp(`${between}(\\d{4})-(\\d{2})-(\\d{2})(?:${TO}(\\d{4})-(\\d{2})-(\\d{2}))?(?!\\d)`, 'u'), (m) => {
    const start: [number, number, number] = [n(m[1]), n(m[2]), n(m[3])]
    return m[4] ? [...start, n(m[4]), n(m[5]), n(m[6])] : [...start, ...start]
  }],
  // 2025年11月24日至26日
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|-|–|—)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/u, (m) => [
    n(m[1]), n(m[2]), n(m[3]), n(m[1]), m[4] ? n(m[4]) : n(m[2]), m[5] ? n(m[5]) : n(m[3]),
  ]],
  // 30 November 2026 – 4 December 2027
  [new RegExp(`${between}${FROM}${DAY}${OF}${MONTH}${OF_YEAR}${YEAR}${TO}${DAY}${OF}${MONTH}${OF_YEAR}${YEAR}`, 'u'), (m) => [
    n(m[3]), month(m[2]), n(m[1]), n(m[6]), month(m[5]), n(m[4]),
  ]],
  // 30th November – 4th December 2026, 30 de noviembre al 4 de diciembre de 2026
  [new RegExp(`${between}${FROM}${DAY}${OF}${MONTH}${TO}${DAY}${OF}${MONTH}${OF_YEAR}${YEAR}`, 'u'), (m) => [
    n(m[5]), month(m[2]), n(m[1]), n(m[5]), month(m[4]), n(m[3]),
  ]],
  // 1-5th December 2025, 2 al 6 de diciembre de 2024, 24–26 ноября 2025 года
  [new RegExp(`${between}${FROM}${DAY}${TO}${DAY}${OF}${MONTH}${OF_YEAR}${YEAR}`, 'u'), (m) => [
    n(m[4]), month(m[3]), n(m[1]), n(m[4]), month(m[3]), n(m[2]),
  ]],
  // 26 November 2024, 25 ноября 2025 года, 15 de junio de 2025
  [new RegExp(`${between}${DAY}${OF}${MONTH}${OF_YEAR}${YEAR}`, 'u'), (m) => [
    n(m[3]), month(m[2]), n(m[1]), n(m[3]), month(m[2]), n(m[1]),
  ]],
  // November 30 – December 4, 2026
  [new RegExp(`${between}${MONTH}\\s+${DAY}${TO}${MONTH}\\s+${DAY}\\s*,?\\s*${YEAR}`, 'u'), (m) => [
    n(m[5]), month(m[1]), n(m[2]), n(m[5]), month(m[3]), n(m[4]),
  ]],
  // November 20-24, 2023
  [new RegExp(`${between}${MONTH}\\s+${DAY}${TO}${DAY}\\s*,?\\s*${YEAR}`, 'u'), (m) => [
    n(m[4]), month(m[1]), n(m[2]), n(m[4]), month(m[1]), n(m[3]),
  ]],
  // November 20, 2023
  [new RegExp(`${between}${MONTH}\\s+${DAY}\\s*,?\\s*${YEAR}`, 'u'), (m) => [
    n(m[3]), month(m[1]), n(m[2]), n(m[3]), month(m[1]), n(m[2]),
  ]],
  // 25.11.2025
  [new RegExp(`${between}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)`, 'u'), (m) => [
    n(m[3]), n(m[2]), n(m[1]), n(m[3]), n(m[2]), n(m[1]),
  ]],
]

function n(text: string | undefined): number {
  return Number(text)
}

function month(name: string | undefined): number {
  return monthByName.get(name ?? '') ?? 0
}

export interface DateMatch extends DateRange {
  /** Where the date was found in the text. */
  index: number
  length: number
}

/**
 * The first date or date range in a line, as ISO dates: "1-5th December 2025",
 * "30th November – 4th December 2026", "1er – 5 décembre 2025",
 * "15 al 19 de noviembre de 2021", "25 ноября 2025 года", "November 20-24, 2023",
 * "2025-12-01", "2025年11月25日". Impossible dates are not dates.
 */
export function findDates(text: string): DateMatch | null {
  if (!/[\d٠-٩۰-۹０-９]/u.test(text)) return null
  const folded = fold(text)
  let best: DateMatch | null = null
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(folded)
    if (!match) continue
    const [startYear, startMonth, startDay, endYear, endMonth, endDay] = build(match)
    const start = isoDate(startYear, startMonth, startDay)
    const end = isoDate(endYear, endMonth, endDay)
    // "30 December – 2 January 2026": the start is in the year before.
    let startIso = start
    if (start && end && start > end && startYear === endYear) startIso = isoDate(startYear - 1, startMonth, startDay)
    if (!startIso || !end || startIso > end) continue
    if (!best || match.index < best.index) best = {start: startIso, end, index: match.index, length: match[0].length}
  }
  return best
}

/** Just the range: see `findDates`. */
export function parseDates(text: string): DateRange | null {
  const match = findDates(text)
  return match ? {start: match.start, end: match.end} : null
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!year || month < 1 || month > 12 || day < 1) return undefined
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
