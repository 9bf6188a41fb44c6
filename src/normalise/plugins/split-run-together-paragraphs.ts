import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {dropLines, linePosition, mapParagraphs, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

const endsSentence = /[.!?:;…"”»)]$/u
const startsParagraph = /^["“«(]?[\p{Lu}\p{N}]/u
/** A line this much shorter than the paragraph's longest stopped early: the paragraph ended there. */
const shortLine = 0.75
const minimumWrapWidth = 50

/**
 * Splits paragraphs that text extraction ran together (no blank line between them): in hard-wrapped
 * text, a line that ends a sentence well short of the wrap width, followed by a capital, ends its
 * paragraph. Text pasted with one line per paragraph splits the same way.
 */
export function splitRunTogetherParagraphs() {
  return function transform(tree: Root, file: VFile) {
    mapParagraphs(tree, (paragraph) => {
      if (!paragraph.children.some((node) => node.type === 'text' && node.value.includes('\n'))) return undefined
      const lines = splitLines(paragraph, file)
      if (lines.length < 3) return undefined
      const width = Math.max(...lines.map((line) => line.text.length))
      if (width < minimumWrapWidth) return undefined
      return dropLines(paragraph, lines, (line, index) => {
        const previous = lines[index - 1]
        if (!previous || previous.ending !== 'newline') return false
        const text = previous.text.trimEnd()
        if (text.length >= width * shortLine || !endsSentence.test(text) || !startsParagraph.test(line.text.trimStart())) return false
        reportChange(file, 'Unexpected paragraphs run together, expected a blank line between them', linePosition(line), 'split-paragraph')
        return 'split'
      })
    })
  }
}
