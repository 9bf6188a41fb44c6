import {pointInText} from './position.ts'
import type {Refusal} from './refusal.ts'

/** Replacement characters, controls (other than tab, line feed, form feed) and unassigned code points: what a wrong decoding leaves. */
const GARBAGE = /[\ufffd\p{Cn}]|[^\P{Cc}\t\n\f]/gu

/** Share of garbage among visible characters above which the text is not worth reading. */
const MAX_GARBAGE_SHARE = 0.05

/** Refuse text that decoded to garbage: bytes in another encoding than the one used, or damaged beyond repair. */
export function detectGarbage(text: string): Refusal | null {
  let garbage = 0
  let first = -1
  for (const match of text.matchAll(GARBAGE)) {
    if (garbage++ === 0) first = match.index
  }
  if (garbage === 0) return null
  const visible = text.replace(/\s+/g, '').length
  if (garbage / visible <= MAX_GARBAGE_SHARE) return null
  return {
    reason: `the text decodes to garbage (${garbage} of ${visible} characters are replacement characters, controls or unassigned); check its encoding, or name it with --encoding`,
    ruleId: 'garbled-text',
    place: pointInText(text, first),
  }
}
