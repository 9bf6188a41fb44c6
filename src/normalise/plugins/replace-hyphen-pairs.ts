import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

/** A hyphen doubled by PDF copying: ASCII "-" next to U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN. */
const hyphenPair = /(.?)(?:-[\u2010\u2011]|[\u2010\u2011]-|[\u2010\u2011]{2}|\u2010(?=\p{L}))(.?)/gu
const letter = /\p{L}/u

/**
 * Makes the hyphen pairs of PDF copies one character again: "Anti-‐Personnel" → "Anti-Personnel",
 * "3-‐7 December" → "3–7 December" (a range takes an en dash), "text -‐ text" → "text – text"; a
 * lone U+2010 in a word becomes "-", so names and words read and search as typed.
 */
export function replaceHyphenPairs() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, 'text', (node) => {
      if (!/[\u2010\u2011]/.test(node.value)) return
      let count = 0
      node.value = node.value.replace(hyphenPair, (_match, before: string, after: string) => {
        count++
        const joined = letter.test(before) && letter.test(after) ? '-' : '–'
        return `${before}${joined}${after}`
      })
      if (!count) return
      const plural = count > 1 ? 's' : ''
      reportChange(file, `Unexpected doubled or typographic hyphen${plural} (${count}), expected "-" or a dash`, node.position, 'replace-hyphen-pair')
    })
  }
}
