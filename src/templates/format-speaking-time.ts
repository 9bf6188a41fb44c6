import {labelsFor} from './labels.ts'
import {cacheByKey} from '../cache-by-key.ts'

/**
 * "≈ 4 min 20 s" in the language's words and digits: an estimate rounded to 10 s, since a finer
 * figure would claim a precision that a delivery rate does not have.
 */
export function formatSpeakingTime(seconds: number, language: string | null | undefined): string {
  const labels = labelsFor(language)
  const rounded = Math.round(seconds / 10) * 10
  const minutes = Math.floor(rounded / 60)
  const rest = rounded % 60
  const number = numberFormat(language ?? 'en')
  const parts = [minutes > 0 ? labels.minutes.replace('{n}', number.format(minutes)) : '', rest > 0 || minutes === 0 ? labels.seconds.replace('{n}', number.format(rest)) : '']
  return `≈ ${parts.filter(Boolean).join(' ')}`
}

/** One number format per language, made once: an archive lists thousands of speaking times. */
const numberFormat = cacheByKey((language) => new Intl.NumberFormat(language))
