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
      if (!paragraph.children.some((node) => node.type === 'break' || (node.type === 'text' && node.value.includes('\n')))) return undefined
      const lines = splitLines(paragraph, file)
      if (lines.length < 2) return undefined
      const salutations = new Set<number>()
      lines.forEach((line, index) => {
        if (isSalutation(line.text)) salutations.add(index)
      })
      if (salutations.size === 0) return undefined
      for (const index of salutations) {
        const line = lines[index]
        if (!line) continue
        reportChange(file, `Unexpected salutation \`${line.text.trim()}\` inside a paragraph, expected its own paragraph`, linePosition(line), 'separate-salutation', line.text.trim())
      }
      return dropLines(paragraph, lines, (_line, index) => index > 0 && (salutations.has(index) || salutations.has(index - 1)) && 'split')
    })
  }
}
