import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {dropLines, linePosition, mapParagraphs, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

const endsSentence = /[.!?:;…"”»)]$/u
const startsParagraph = /^["“«(]?[\p{Lu}\p{N}]/u
const minimumWrapWidth = 50
/** PDF lines are set in proportional type: a full line may hold 10% fewer characters than the longest. */
const proportionalSlack = 0.9
/** Lines longer than any wrap width: the text has one line per paragraph. */
const unwrappedWidth = 110

/**
 * Splits paragraphs that text extraction ran together (no blank line between them). In hard-wrapped
 * text, a line that ends a sentence although the next line's first word would have fitted on it
 * was ended on purpose: its paragraph ends there. Text with one line per paragraph (lines longer
 * than any wrap width) splits at every sentence end followed by a capital.
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
        const next = line.text.trimStart()
        if (!endsSentence.test(text) || !startsParagraph.test(next)) return false
        const firstWord = next.split(/\s/, 1)[0] ?? ''
        if (width <= unwrappedWidth && text.length + 1 + firstWord.length > width * proportionalSlack) return false
        reportChange(file, 'Unexpected paragraphs run together, expected a blank line between them', linePosition(line), 'split-paragraph')
        return 'split'
      })
    })
  }
}
