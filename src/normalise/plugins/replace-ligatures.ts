import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

const ligatures: Record<string, string> = {
  'ﬀ': 'ff',
  'ﬁ': 'fi',
  'ﬂ': 'fl',
  'ﬃ': 'ffi',
  'ﬄ': 'ffl',
  'ﬅ': 'st',
  'ﬆ': 'st',
}
const ligaturePattern = /[ﬀ-ﬆ]/g

/** Expands typographic ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) that PDF extraction leaves in words, so the words are searchable. */
export function replaceLigatures() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, 'text', (node) => {
      const matches = node.value.match(ligaturePattern)
      if (!matches) return
      const found = [...new Set(matches)].join(' ')
      node.value = node.value.replace(ligaturePattern, (ligature) => ligatures[ligature] ?? ligature)
      const plural = matches.length > 1 ? 's' : ''
      reportChange(file, `Unexpected ligature${plural} \`${found}\` (${matches.length}), expected separate letters`, node.position, 'replace-ligature', found)
    })
  }
}
