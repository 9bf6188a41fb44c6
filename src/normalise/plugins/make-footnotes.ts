import type {FootnoteDefinition, FootnoteReference, Heading, Paragraph, PhrasingContent, Root, RootContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {linePosition, paragraphFromLines, sourceOf, splitLines, type Line} from './shared/lines.ts'
import {reportChange, reportDoubt} from './shared/report.ts'

const superscriptDigits: Record<string, string> = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}
const superscriptClass = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** The marker that opens a note at the foot of the text: "[1] …", "¹ …", "1. …" (after a separator), "* …". */
const noteStart = new RegExp(`^(?:\\[(\\d{1,3})\\]|([${superscriptClass}]{1,3})|(\\*{1,3}))[ \\t\\u00A0]*(?=\\S)`)
const numberedNoteStart = /^(\d{1,3})[.)]?[ \t\u00A0]+(?=\S)/
const separatorLine = /^[ \t]*(?:[-_*=]{3,}|[-_]{2,})[ \t]*$/

interface Note {
  id: string
  marker: string
  lines: Line[]
  /** Characters of the marker at the start of the first line, removed once the note is converted. */
  markerLength: number
}

/**
 * Turns footnotes written as text into Markdown footnotes: notes at the end of the statement
 * ("[1] …", "¹ …", "* …", usually after a "----" separator, which is dropped) become definitions,
 * and their markers in the text ("[1]", "¹", "*"; `<sup>1</sup>` is "¹" by now) become references.
 * Markers without a note, and notes without a marker, are left as written.
 */
export function makeFootnotes() {
  return function transform(tree: Root, file: VFile) {
    const {notes, firstNoteIndex, separatorIndex} = findNotes(tree, file)
    if (notes.length === 0) return
    const ids = new Set(notes.map((note) => note.id))
    const referenced = new Set<string>()

    const body = tree.children.slice(0, separatorIndex ?? firstNoteIndex)
    const linkMarkers = (apply: boolean) => {
      for (const block of body) {
        visit(block, 'text', (node, index, parent) => {
          if (!parent || index === undefined) return
          const replaced = replaceMarkers(node, ids, referenced)
          if (!replaced || !apply) return
          parent.children.splice(index, 1, ...replaced)
          return index + replaced.length
        })
      }
    }
    // Look first, change only when every note has its marker.
    linkMarkers(false)
    const unreferenced = notes.filter((note) => !referenced.has(note.id))
    if (unreferenced.length > 0) {
      // Notes that cannot be told from list items ("* …", "1. …") are left alone silently.
      for (const note of unreferenced) {
        const first = note.lines[0]
        if (/^[[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(note.marker)) reportDoubt(file, `Unexpected note \`${note.marker}\` without a marker in the text, expected a footnote reference`, first && linePosition(first), 'footnote-unreferenced', note.marker)
      }
      // Left as text, each note still keeps its own paragraph rather than running into the next.
      const start = separatorIndex === undefined ? firstNoteIndex : separatorIndex + 1
      if (tree.children.slice(start).every((block) => block.type === 'paragraph')) {
        tree.children.splice(start, tree.children.length, ...notes.map((note) => paragraphFromLines(note.lines)))
      }
      return
    }
    linkMarkers(true)

    const definitions: FootnoteDefinition[] = []
    for (const note of notes) {
      const first = note.lines[0]
      if (first) stripStart(first, note.markerLength)
      const paragraph = paragraphFromLines(note.lines)
      const definition: FootnoteDefinition = {type: 'footnoteDefinition', identifier: note.id, label: note.id, children: [paragraph]}
      if (paragraph.position) definition.position = paragraph.position
      definitions.push(definition)
      reportChange(file, `Unexpected footnote written as text \`${note.marker}\`, expected a Markdown footnote`, paragraph.position, 'make-footnote', note.marker)
    }
    const separator = separatorIndex === undefined ? undefined : tree.children[separatorIndex]
    tree.children.splice(separatorIndex ?? firstNoteIndex, tree.children.length, ...(separator ? keptOfSeparator(separator, file) : []), ...definitions)
  }
}

/** A rule before the notes is dropped (and reported); a Setext underline leaves its text; "Notes" stays. */
function keptOfSeparator(separator: RootContent, file: VFile): RootContent[] {
  const source = sourceOf(separator, file).trim()
  if (separator.type === 'thematicBreak') {
    reportChange(file, `Unexpected footnote separator \`${source}\`, expected body text`, separator.position, 'drop-footnote-separator', source)
    return []
  }
  if (separator.type !== 'heading' || !source.includes('\n')) return [separator]
  const underline = source.slice(source.lastIndexOf('\n') + 1).trim()
  const end = separator.position?.end
  reportChange(file, `Unexpected footnote separator \`${underline}\`, expected body text`, end && {line: end.line, column: 1}, 'drop-footnote-separator', underline)
  return [separatorHeadingAsParagraph(separator)]
}

function reference(id: string, position: RootContent['position']): FootnoteReference {
  const node: FootnoteReference = {type: 'footnoteReference', identifier: id, label: id}
  if (position) node.position = position
  return node
}

const markerInText = new RegExp(`\\[(\\d{1,3})\\]|(?<=[\\p{L}\\p{N}.,;:!?)’”"'])([${superscriptClass}]{1,3}|\\*{1,3})(?=$|[\\s.,;:!?)])`, 'gu')

function replaceMarkers(node: Text, ids: Set<string>, referenced: Set<string>): PhrasingContent[] | undefined {
  const result: PhrasingContent[] = []
  let last = 0
  for (const match of node.value.matchAll(markerInText)) {
    const marker = match[2] ?? ''
    const id = match[1] ?? (marker.startsWith('*') ? marker : [...marker].map((digit) => superscriptDigits[digit] ?? '').join(''))
    if (!ids.has(id)) continue
    // "survivors [1]" reads as "survivors[^1]": the reference sits on the word.
    const before = node.value.slice(last, match.index).replace(/[ \t]+$/, '')
    if (before) result.push({type: 'text', value: before})
    result.push(reference(id, undefined))
    referenced.add(id)
    last = match.index + match[0].length
  }
  if (result.length === 0) return undefined
  if (last < node.value.length) result.push({type: 'text', value: node.value.slice(last)})
  return result
}

/**
 * Notes at the end of the document, and the separator before them if there is one. Without a
 * separator only unmistakable notes count ("[1] …", "¹ …"); after one, "1. …" notes count too.
 */
function findNotes(tree: Root, file: VFile): {notes: Note[]; firstNoteIndex: number; separatorIndex: number | undefined} {
  const children = tree.children
  const trailing = (afterSeparator: boolean) => {
    let index = children.length
    while (index > 0 && isNoteBlock(children[index - 1] as RootContent, afterSeparator)) index--
    return index
  }
  let start = trailing(false)
  let separatorIndex: number | undefined
  const loose = trailing(true)
  const separator = children[loose - 1]
  if (loose < children.length && separator && isSeparator(separator, file)) {
    separatorIndex = loose - 1
    start = loose
  }
  const notes: Note[] = []
  for (const block of children.slice(start)) notes.push(...notesOf(block, file, separatorIndex !== undefined))
  const ids = new Set(notes.map((note) => note.id))
  if (ids.size !== notes.length) return {notes: [], firstNoteIndex: children.length, separatorIndex: undefined}
  return {notes, firstNoteIndex: start, separatorIndex}
}

/** A line that heads the notes: "Notes", "Footnotes:", "Notas", "Примечания". */
const notesHeading = /^(?:foot|end)?notes?:?$|^notas?:?$|^примечани[яе]:?$|^сноски:?$/i

function isSeparator(block: RootContent, file: VFile): boolean {
  if (block.type === 'thematicBreak') return true
  if ((block.type === 'paragraph' || (block.type === 'heading' && !sourceOf(block, file).includes('\n'))) && notesHeading.test(toString(block).trim())) return true
  if (block.type === 'heading') {
    const source = sourceOf(block, file)
    return separatorLine.test(source.slice(source.lastIndexOf('\n') + 1)) && source.includes('\n')
  }
  return false
}

function isNoteBlock(block: RootContent, afterSeparator: boolean): boolean {
  if (block.type === 'paragraph') return noteStart.test(toString(block)) || (afterSeparator && numberedNoteStart.test(toString(block)))
  // Notes written as a list ("* …", "1. …") are told from a closing list only by the separator above them.
  return block.type === 'list' && afterSeparator
}

function notesOf(block: RootContent, file: VFile, afterSeparator: boolean): Note[] {
  if (block.type === 'paragraph') return notesOfLines(splitLines(block, file), afterSeparator)
  if (block.type === 'list') {
    const notes: Note[] = []
    let number = block.start ?? 1
    for (const item of block.children) {
      const paragraph = item.children[0]
      if (paragraph?.type !== 'paragraph' || item.children.length !== 1) continue
      const lines = splitLines(paragraph, file)
      if (block.ordered) notes.push({id: String(number), marker: `[${number}]`, lines, markerLength: 0})
      else notes.push({id: '*'.repeat(number), marker: '*'.repeat(number), lines, markerLength: 0})
      number++
    }
    return notes
  }
  return []
}

/** A paragraph's notes: each starts on a line with its marker; other lines continue the note above. */
function notesOfLines(lines: Line[], afterSeparator: boolean): Note[] {
  const notes: Note[] = []
  for (const line of lines) {
    const numbered = afterSeparator ? numberedNoteStart.exec(line.text) : null
    // A wrapped line that starts with a number continues the note unless it is the next number.
    const nextNumber = numbered && (notes.length === 0 || Number(numbered[1]) === Number(notes.at(-1)?.id) + 1) ? numbered : null
    const match = noteStart.exec(line.text) ?? nextNumber
    if (!match) {
      notes.at(-1)?.lines.push(line)
      continue
    }
    const [whole, number, superscript, star] = match
    const marker = superscript ?? star ?? `[${number}]`
    const id = superscript ? [...superscript].map((digit) => superscriptDigits[digit] ?? '').join('') : (star ?? number ?? marker)
    notes.push({id, marker, lines: [line], markerLength: whole.length})
  }
  return notes
}

function stripStart(line: Line, length: number): void {
  const first = line.nodes[0]
  if (first?.type !== 'text') return
  first.value = first.value.slice(length)
  line.text = line.text.slice(length)
}

function separatorHeadingAsParagraph(heading: Heading): Paragraph {
  const paragraph: Paragraph = {type: 'paragraph', children: heading.children}
  if (heading.position) paragraph.position = heading.position
  return paragraph
}
