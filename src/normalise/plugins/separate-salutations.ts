import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {dropLines, linePosition, mapParagraphs, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'
import {isSalutation} from './shared/salutation.ts'

/**
 * Keeps salutations ("Madam President,", "Señor Presidente:", "Уважаемый господин Председатель,")
 * as their own paragraphs when a hard-wrapped text runs them into the paragraph next to them.
 */
export function separateSalutations() {
  return function transform(tree: Root, file: VFile) {
    mapParagraphs(tree, (paragraph) => {
      const lines = splitLines(paragraph, file)
      if (lines.length < 2) return undefined
      const salutations = new Set<number>()
      lines.forEach((line, index) => {
        if (isSalutation(line.text)) salutations.add(index)
      })
      if (salutations.size === 0) return undefined
      return dropLines(paragraph, lines, (line, index) => {
        if (!salutations.has(index) && !salutations.has(index - 1)) return false
        if (index === 0) return false
        if (salutations.has(index)) {
          reportChange(file, `Unexpected salutation \`${line.text.trim()}\` inside a paragraph, expected its own paragraph`, linePosition(line), 'separate-salutation', line.text.trim())
        }
        return 'split'
      })
    })
  }
}
