import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {dropLines, linePosition, mapParagraphs, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

/**
 * Removes form feeds (page breaks in text extracted from PDF). A paragraph is split where a page
 * broke; whether the parts are one paragraph is for `joinSplitParagraphs` to decide.
 */
export function dropFormFeeds() {
  return function transform(tree: Root, file: VFile) {
    mapParagraphs(tree, (paragraph) => {
      const lines = splitLines(paragraph, file)
      if (!lines.some((line) => line.text.includes('\f'))) return undefined
      return dropLines(paragraph, lines, (line) => {
        if (!line.text.includes('\f')) return false
        reportChange(file, 'Unexpected form feed, expected continuous text', linePosition(line), 'drop-form-feed')
        // A form feed inside a line (not where a page starts) stood between two words.
        for (const node of line.nodes) if (node.type === 'text') node.value = node.value.replace(/^\f+/, '').replace(/\f+/g, ' ')
        line.text = line.text.replace(/^\f+/, '').replace(/\f+/g, ' ')
        if (line.text.trim() === '') return true
        // The rest of the line starts a new page: split before it.
        return 'split'
      })
    })
  }
}
