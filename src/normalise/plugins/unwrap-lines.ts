import type {Paragraph, PhrasingContent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

const wrap = /[ \t\r]*(?:\n[ \t\r]*)+/g
const noBreakSpace = /[\u00A0\u202F]/
const spaceless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u

const continuesSentence = /^\p{Ll}/u
/** "b) …", "(ii) …": a sub-paragraph kept on its line, not a sentence going on. */
const letteredItem = /^\(?(?:[a-h]|[ivx]{1,4})[.)][ \t]/

/**
 * Unwraps hard-wrapped lines (e-mail at ~72 columns, PDF text at ~84) so each paragraph is one
 * line. Hard breaks written as Markdown (two trailing spaces, a backslash) stay, unless the next
 * line goes on with the sentence in lowercase: then the trailing spaces were an accident of extraction.
 */
export function unwrapLines() {
  return function transform(tree: Root, file: VFile) {
    const last = tree.children.filter((node) => node.type !== 'footnoteDefinition').at(-1)
    if (last?.type === 'paragraph' && isSignatureBlock(toString(last))) keepLines(last)
    visit(tree, 'paragraph', (paragraph) => {
      let joined = 0
      paragraph.children = paragraph.children.map((node, index, siblings): PhrasingContent => {
        const next = siblings[index + 1]
        if (node.type !== 'break') return node
        // A break that opens or closes the paragraph (its neighbour was a tag or a link) breaks nothing.
        if (index === 0 || !next) {
          const previous = siblings[index - 1]
          if (previous?.type === 'text') previous.value = previous.value.trimEnd()
          return {type: 'text', value: ''}
        }
        const nextText = toString(next)
        if (!continuesSentence.test(nextText) || letteredItem.test(nextText)) return node
        joined++
        const previous = siblings[index - 1]
        return {type: 'text', value: previous?.type === 'text' && /\s$/.test(previous.value) ? '' : ' '}
      })
      visit(paragraph, 'text', (node) => {
        if (!node.value.includes('\n')) return
        node.value = node.value.replace(wrap, (match: string, offset: number, value: string) => {
          joined++
          // Never put a space next to a no-break space: "«\u00A0Plan" must stay together.
          const before = value[offset - 1] ?? ''
          const after = value[offset + match.length] ?? ''
          // Chinese and Japanese put no space between words: a wrap there joins with nothing.
          return noBreakSpace.test(before) || noBreakSpace.test(after) || (spaceless.test(before) && spaceless.test(after)) ? '' : ' '
        })
      })
      if (joined > 0) {
        reportChange(file, `Unexpected hard-wrapped lines (${joined + 1}), expected one line per paragraph`, paragraph.position, 'unwrap-lines')
      }
    })
  }
}

/** A signature's line: a name, a function or an organisation, short and never a sentence. */
const signatureLine = /^[\p{Lu}\p{Lo}][^\n]{0,59}(?<![.!?…。！？:;,])$/u

/** The statement's closing block of two to five short lines, words apart (name, function, organisation): never wrapped text. */
function isSignatureBlock(text: string): boolean {
  const lines = text.split(/\n/).map((line) => line.trim())
  return lines.length >= 2 && lines.length <= 5 && lines.every((line) => signatureLine.test(line) && /\s/u.test(line) && line.split(/\s+/u).length <= 6)
}

/** Each newline of the block becomes a line break, which the unwrapping keeps. */
function keepLines(paragraph: Paragraph) {
  paragraph.children = paragraph.children.flatMap((node): PhrasingContent[] => {
    if (node.type !== 'text' || !node.value.includes('\n')) return [node]
    return node.value.split(wrap).flatMap((part, index): PhrasingContent[] => (index === 0 ? [{type: 'text', value: part}] : [{type: 'break'}, {type: 'text', value: part}]))
  })
}
