import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

const softHyphen = /\u00AD/g
/** A soft hyphen where a line was wrapped: the word continues on the next line. */
const wrappedSoftHyphen = /\u00AD[ \t]*\n[ \t]*/g

/** Removes invisible soft hyphens (U+00AD) inside words so the words read and search whole. */
export function removeSoftHyphens() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, 'text', (node) => {
      if (!node.value.includes('\u00AD')) return
      const count = node.value.match(softHyphen)?.length ?? 0
      node.value = node.value.replace(wrappedSoftHyphen, '').replace(softHyphen, '')
      reportChange(file, `Unexpected soft hyphen${count > 1 ? 's' : ''} (${count}) inside words, expected whole words`, node.position, 'remove-soft-hyphen')
    })
  }
}
