import type {DateRange} from '../normalise/meta.ts'
import {cacheByKey} from '../cache-by-key.ts'

/** Day month year in the statement's language: British order for English ("1 December 2025"). Made once per language: an archive dates thousands of lines. */
const formatter = cacheByKey((language) => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}))

function toDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

function primary(language: string | null | undefined): string {
  return (language ?? 'en').toLowerCase().split('-')[0] || 'en'
}

/** "1 December 2025", "1er décembre 2025", "2025年12月1日"; the ISO text itself when it is not a date. */
export function formatDate(iso: string | null | undefined, language?: string | null): string {
  if (!iso) return ''
  const date = toDate(iso)
  if (!date) return iso
  const lang = primary(language)
  const parts = formatter(lang).formatToParts(date)
  return parts.map((part) => (part.type === 'day' ? dayText(part.value, lang) : part.value)).join('')
}

/**
 * A date range the way the language writes it: "1–5 December 2025",
 * "1er–5 décembre 2025", "30 November – 2 December 2025", "2025年12月1日至5日".
 */
export function formatDateRange(range: DateRange | null | undefined, language?: string | null): string {
  if (!range) return ''
  // Every statement of a meeting shows its dates: ICU lays out each range once.
  return formattedRange(`${range.start}\0${range.end}\0${language ?? ''}`)
}

const formattedRange = cacheByKey((key) => {
  const [start, end, language] = key.split('\0') as [string, string, string]
  return layOutDateRange({start, end}, language || null)
})

function layOutDateRange(range: DateRange, language?: string | null): string {
  const start = toDate(range.start)
  const end = toDate(range.end)
  if (!start || !end) return [range.start, range.end].filter(Boolean).join(' – ')
  const lang = primary(language)
  if (range.start === range.end || end < start) return formatDate(range.start, lang)
  if (lang === 'zh') return chineseRange(start, end)
  const parts = formatter(lang).formatRangeToParts(start, end)
  const sharesMonth = start.getUTCFullYear() === end.getUTCFullYear() && start.getUTCMonth() === end.getUTCMonth()
  return parts
    .map((part) => {
      if (part.type === 'day') return dayText(part.value, lang)
      // Between two bare days an en dash is not spaced ("1–5 December"), across months it is.
      if (part.type === 'literal' && /[–-]/.test(part.value)) return sharesMonth ? '–' : ' – '
      return part.value
    })
    .join('')
}

function dayText(day: string, language: string): string {
  return language === 'fr' && day === '1' ? '1er' : day
}

function chineseRange(start: Date, end: Date): string {
  const [y1, m1, d1] = [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()]
  const [y2, m2, d2] = [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()]
  const head = `${y1}年${m1}月${d1}日`
  if (y1 !== y2) return `${head}至${y2}年${m2}月${d2}日`
  if (m1 !== m2) return `${head}至${m2}月${d2}日`
  return `${head}至${d2}日`
}
