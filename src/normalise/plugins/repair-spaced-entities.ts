import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

const named: Record<string, string> = {apos: "'", quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0'}

/**
 * "d & apos; adaptation", "& quot;Échange": an HTML character reference with a blank put inside it,
 * as machine-translated pages carry them. No parser reads these as references.
 */
const spacedReference = /(\s*)&\s+(apos|quot|amp|lt|gt|nbsp|#\d{2,5}|#x[\da-f]{2,4})\s*;(\s*)/giu

function character(name: string): string | null {
  const lower = name.toLowerCase()
  if (lower in named) return named[lower]!
  const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1))
  return code >= 32 && code < 0xd800 ? String.fromCodePoint(code) : null
}

/** Reads the character references that a blank broke apart as the characters they stand for. */
export function repairSpacedEntities() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, 'text', (node) => {
      if (!node.value.includes('&')) return
      const found: string[] = []
      node.value = node.value.replace(spacedReference, (match: string, lead: string, name: string, trail: string, offset: number, whole: string) => {
        const value = character(name)
        if (value === null) return match
        found.push(match.trim())
        // An apostrophe between two letters joins them again: "d & apos; adaptation" → "d'adaptation".
        const joins = value === "'" && /\p{L}$/u.test(whole.slice(0, offset)) && /^\p{L}/u.test(whole.slice(offset + match.length))
        return joins ? value : `${lead}${value}${trail}`
      })
      if (found.length) reportChange(file, `Unexpected broken character reference${found.length > 1 ? 's' : ''} \`${found.join('`, `')}\`, expected the character`, node.position, 'repair-entity')
    })
  }
}
