import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

/**
 * Zero-width spaces (U+200B) and stray byte order marks (U+FEFF) that
 * Word and PDF copies leave inside words. Joiners (U+200C, U+200D, U+2060) and
 * direction marks (U+200E, U+200F) are meaningful and stay.
 */
const zeroWidth = /[\u200B\uFEFF]/g

/** Removes invisible zero-width characters so words read and search whole. */
export function removeZeroWidthSpaces() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, 'text', (node) => {
      const matches = node.value.match(zeroWidth)
      if (!matches) return
      node.value = node.value.replace(zeroWidth, '')
      reportChange(file, `Unexpected zero-width character${matches.length > 1 ? 's' : ''} (${matches.length}), expected none`, node.position, 'remove-zero-width-space')
    })
  }
}
