import {venues} from '../vocabulary/venues.ts'
import {fold} from './fold.ts'

const han = /\p{Script=Han}/u
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const venueByAlias = new Map<string, string>()
const chineseAliases: [string, string][] = []
for (const [venue, aliases] of Object.entries(venues)) {
  for (const alias of aliases) {
    if (han.test(alias)) chineseAliases.push([alias, venue])
    else venueByAlias.set(fold(alias), venue)
  }
}
const aliasPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...venueByAlias.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
)

/** The first meeting venue named in a line, by its canonical English name ("Genève" → "Geneva"). */
export function findVenue(text: string): string | null {
  const match = aliasPattern.exec(fold(text))
  let best = match ? {index: match.index, venue: venueByAlias.get(match[1] ?? '') ?? null} : null
  if (han.test(text)) {
    for (const [alias, venue] of chineseAliases) {
      const index = text.indexOf(alias)
      if (index !== -1 && (!best || index < best.index)) best = {index, venue}
    }
  }
  return best?.venue ?? null
}
