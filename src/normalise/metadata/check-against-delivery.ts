import {checkAgainstDeliveryPatterns} from '../vocabulary/check-against-delivery.ts'
import {foldLoose} from './fold.ts'

const anyForm = new RegExp(checkAgainstDeliveryPatterns.join('|'), 'u')
const leftover = /[\p{L}\p{N}]/u

/** Where a line says "Check against delivery" in any of its forms, if it does. */
export function findCheckAgainstDelivery(text: string): {index: number; length: number} | null {
  const match = anyForm.exec(foldLoose(text).replace(/\s+/g, ' '))
  return match ? {index: match.index, length: match[0].length} : null
}

/** True when the line is nothing but "Check against delivery" (with brackets, stars or punctuation). */
export function isCheckAgainstDeliveryLine(text: string): boolean {
  const folded = foldLoose(text).replace(/\s+/g, ' ')
  const match = anyForm.exec(folded)
  if (!match) return false
  return !leftover.test(folded.slice(0, match.index) + folded.slice(match.index + match[0].length))
}
