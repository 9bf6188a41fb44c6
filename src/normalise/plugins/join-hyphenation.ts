import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

const lineEndHyphen = /(\p{L}+)-[ \t]*\n[ \t]*(\p{L}+)/gu
/** "2020-" / "2025", "pp. 12–" / "15": a range never takes a space. */
const lineEndRange = /(\p{N})([-–])[ \t]*\n[ \t]*(?=\p{N})/gu
const word = /\p{L}+(?:-\p{L}+)*/gu

/**
 * First parts that keep their hyphen: "anti-personnel", "non-technical", "self-reliance". Prefixes
 * English usually fuses ("inter", "co", "multi", "pre") are left to the statement's own usage.
 */
const compoundFirsts = new Set([
  'anti', 'non', 'self', 'ex', 'cross', 'well', 'long', 'short', 'full', 'high', 'low', 'mid', 'quasi', 'vice', 'follow', 'large',
  'small', 'mine', 'war', 'gender', 'evidence', 'community', 'state', 'country', 'region', 'life', 'age', 'decision', 'risk', 'so',
  'half', 'all', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'ten', 'scrap', 'near', 'sous', 'porte', 'demi',
])
/** Second parts that make real compounds: "evidence-based", "short-term", "conflict-affected". */
const compoundSeconds = new Set([
  'based', 'term', 'year', 'years', 'affected', 'related', 'led', 'up', 'making', 'level', 'scale', 'wide', 'free', 'specific',
  'owned', 'time', 'party', 'parties', 'state', 'states', 'sensitive', 'oriented', 'friendly', 'centred', 'centered', 'building',
  'keeping', 'bound', 'like', 'made', 'out', 'off', 'in', 'on', 'going', 'ranging', 'lasting', 'reaching', 'standing', 'term',
  'day', 'long', 'old', 'speaking', 'saving', 'threatening', 'induced', 'borne', 'delivered', 'launched', 'activated', 'metal',
  'personnel', 'vehicle', 'chair', 'chairs', 'chairmanship', 'operation', 'operative', 'ordinate', 'ordination', 'existing',
  'government', 'governmental', 'violence', 'technical', 'fledged', 'hand', 'scale', 'point', 'checking', 'laying',
])

/**
 * Removes line-end hyphenation ("humani-" / "tarian" → "humanitarian") and keeps real compounds on
 * one line ("scrap-" / "metal" → "scrap-metal"). The statement itself is the dictionary: the
 * joined word appearing elsewhere decides for joining, the hyphenated form elsewhere for keeping;
 * capitalised parts (names, "Co-Chairs") and known compound parts keep their hyphen.
 */
export function joinHyphenation() {
  return function transform(tree: Root, file: VFile) {
    let words: Set<string> | undefined
    const known = () => {
      if (!words) {
        words = new Set()
        visit(tree, 'text', (node) => {
          // The halves of a hyphenated line end are not evidence of themselves.
          for (const match of node.value.replace(lineEndHyphen, ' ').matchAll(word)) {
            const found = match[0].toLowerCase()
            words?.add(found)
            if (found.includes('-')) for (const part of found.split('-')) words?.add(part)
          }
        })
      }
      return words
    }
    visit(tree, 'text', (node) => {
      if (!/[-–][ \t]*\n/.test(node.value)) return
      node.value = node.value.replace(lineEndRange, '$1$2')
      const start = node.position?.start
      node.value = node.value.replace(lineEndHyphen, (whole, left: string, right: string, offset: number) => {
        const keep = keepsHyphen(left, right, known())
        const lineBreaks = node.value.slice(0, offset).split('\n').length - 1
        const place = start && {line: start.line + lineBreaks, column: lineBreaks === 0 ? start.column + offset : offset - node.value.lastIndexOf('\n', offset)}
        if (!keep) reportChange(file, `Unexpected hyphenation \`${left}-\` at a line end, expected \`${left}${right}\``, place, 'join-hyphenation', whole)
        return keep ? `${left}-${right}` : left + right
      })
    })
  }
}

function keepsHyphen(left: string, right: string, words: Set<string>): boolean {
  if (/^\p{Lu}/u.test(left) || /^\p{Lu}/u.test(right)) return true
  const joined = `${left}${right}`.toLowerCase()
  const hyphenated = `${left}-${right}`.toLowerCase()
  const lastLeft = left.toLowerCase()
  const firstRight = right.toLowerCase()
  if (words.has(joined)) return false
  if (words.has(hyphenated)) return true
  if (compoundFirsts.has(lastLeft) || compoundSeconds.has(firstRight)) return true
  // Two words the statement uses on their own make a compound; syllables of one word do not.
  return lastLeft.length > 2 && firstRight.length > 2 && words.has(lastLeft) && words.has(firstRight)
}
