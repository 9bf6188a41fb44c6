import type {List, Paragraph, Parent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {mergeTexts, parents} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'
import {isSalutation} from './shared/salutation.ts'

/** A paragraph that stops here has not finished its sentence. */
const endsMidSentence = /[\p{L}\p{N},\-‐、，،：；]$/u
const startsLowercase = /^\p{Ll}/u
/** Chinese and Arabic have no lowercase: after a line of prose, any letter of theirs goes on with the sentence. */
const startsCaseless = /^\p{Lo}/u
const minimumProse = 20
/** Words a sentence never ends on: a paragraph ending on one continues, even before a capital ("…of the" / "Convention…"). */
const continuingWord =
  /(?:^|\s)(?:the|a|an|of|to|and|or|in|on|for|with|by|from|at|as|that|which|whose|its|their|our|this|these|le|la|les|de|des|du|et|ou|à|au|aux|en|par|pour|sur|dans|el|los|las|del|al|y|o|con|por|para|и|в|во|на|с|со|по|к|о|от|для|из)$/iu

/**
 * Re-joins a paragraph that a page break or a stray blank line split mid-sentence ("…has nearly" /
 * "doubled the…"): the first part ends without closing punctuation and the second starts in
 * lowercase (or the first ends on a word no sentence ends on). A list item cut that way takes the
 * paragraph after its list. Salutations and paragraphs that end a sentence are never joined.
 */
export function joinSplitParagraphs() {
  return function transform(tree: Root, file: VFile) {
    // A native document's paragraphs are the file's own, not a guess to undo.
    if (file.data.blocksWritten) return
    for (const parent of parents(tree)) {
      const children = parent.children as Parent['children']
      for (let index = children.length - 1; index > 0; index--) {
        const next = children[index]
        // A list item cut by a page break continues in the paragraph after its list.
        const before = children[index - 1]
        const previous = before?.type === 'list' ? lastParagraphOf(before) : before
        if (previous?.type !== 'paragraph' || next?.type !== 'paragraph' || !belongTogether(previous, next)) continue
        reportChange(file, 'Unexpected paragraph break inside a sentence, expected one paragraph', next.position, 'join-split-paragraph', `${tail(previous)} ¶ ${head(next)}`)
        previous.children = mergeTexts([...previous.children, {type: 'text', value: '\n'}, ...next.children])
        if (previous.position && next.position) previous.position = {start: previous.position.start, end: next.position.end}
        children.splice(index, 1)
      }
    }
  }
}

function lastParagraphOf(list: List): Paragraph | undefined {
  const last = list.children.at(-1)?.children.at(-1)
  return last?.type === 'paragraph' ? last : undefined
}

function belongTogether(previous: Paragraph, next: Paragraph): boolean {
  const before = toString(previous).trimEnd()
  const after = toString(next).trimStart()
  if (!endsMidSentence.test(before)) return false
  // Before a capital, only a paragraph long enough to be prose (not a title line) continues.
  const continues = continuingWord.test(before) && /^\p{Lu}/u.test(after) && before.split(/\s+/).length >= 8
  const caseless = startsCaseless.test(after) && before.length >= minimumProse
  if (!startsLowercase.test(after) && !caseless && !continues) return false
  const lastLine = before.slice(before.lastIndexOf('\n') + 1)
  return !isSalutation(lastLine) && !isSalutation(after.split('\n', 1)[0] ?? '')
}

function tail(paragraph: Paragraph): string {
  const text = toString(paragraph).trimEnd()
  const start = text.lastIndexOf(' ', text.length - 20)
  return text.slice(start === -1 ? 0 : start + 1)
}

function head(paragraph: Paragraph): string {
  const text = toString(paragraph).trimStart()
  const end = text.indexOf(' ', 20)
  return end === -1 ? text : text.slice(0, end)
}
