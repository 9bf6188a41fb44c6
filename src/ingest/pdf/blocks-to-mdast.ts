import type {FootnoteDefinition, List, Paragraph, PhrasingContent, RootContent} from 'mdast'
import type {Block} from './build-blocks.ts'
import type {Footnote} from './find-footnotes.ts'
import type {PdfLine, Run} from './group-lines.ts'
import {joinsWithoutSpace} from './scripts.ts'

/** A top-level node with the page of each of the lines it is written on. */
export interface PlacedNode {
  node: RootContent
  pages: number[]
}

/** Paragraphs, lists and footnotes as mdast: bold and italic from the fonts, markers as footnote references. */
export function blocksToMdast(blocks: Block[], notes: Footnote[]): PlacedNode[] {
  const labels = new Set(notes.map((note) => note.label))
  const placed: PlacedNode[] = blocks.map((block): PlacedNode => {
    if (block.type === 'paragraph') return {node: paragraph(block.lines, labels), pages: linePages(block.lines)}
    const list: List = {
      type: 'list',
      ordered: block.ordered,
      start: block.ordered ? block.start : null,
      spread: false,
      children: block.items.map((lines) => ({type: 'listItem', spread: false, children: [paragraph(lines, labels)]})),
    }
    return {node: list, pages: block.items.flatMap(linePages)}
  })
  for (const note of notes) {
    const definition: FootnoteDefinition = {type: 'footnoteDefinition', identifier: note.label, label: note.label, children: [paragraph(note.lines, labels)]}
    placed.push({node: definition, pages: linePages(note.lines)})
  }
  return placed
}

function paragraph(lines: PdfLine[], labels: Set<string>): Paragraph {
  return {type: 'paragraph', children: phrasing(joinLines(lines), labels)}
}

/**
 * The runs of a paragraph's lines, one after the other: a space between lines, none between CJK
 * characters, none after a soft hyphen (taken out). A word broken by a hyphen keeps its line break,
 * for the normaliser to tell "humani-" / "tarian" from "anti-" / "personnel" as it does in text.
 */
function joinLines(lines: PdfLine[]): Run[] {
  const runs: Run[] = []
  for (const line of lines) {
    const last = runs.at(-1)
    if (last) {
      last.text = last.text.trimEnd()
      if (last.text.endsWith('\u00AD')) last.text = last.text.slice(0, -1)
      else if (breaksWord(last.text, line.text)) last.text += '\n'
      else if (!last.text.endsWith('-') && !joinsWithoutSpace(last.text, line.text)) last.text += ' '
    }
    for (const run of line.runs) {
      const previous = runs.at(-1)
      if (previous && sameStyle(previous, run)) previous.text += run.text
      else runs.push({...run})
    }
  }
  return runs
}

function breaksWord(before: string, after: string): boolean {
  return /\p{L}-$/u.test(before.trimEnd()) && /^\s*\p{L}/u.test(after)
}

/** The page of each line the paragraph is written on: its first, and each after a broken word. */
function linePages(lines: PdfLine[]): number[] {
  return lines.flatMap((line, index) => (index === 0 || breaksWord(lines[index - 1]!.text, line.text) ? [line.page] : []))
}

function sameStyle(a: Run, b: Run): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.superscript === b.superscript
}

function phrasing(runs: Run[], labels: Set<string>): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  for (const run of runs) {
    const label = run.text.trim()
    if (run.superscript && labels.has(label)) {
      nodes.push({type: 'footnoteReference', identifier: label, label})
      continue
    }
    // Spaces at the edges of a styled run belong outside its emphasis.
    const [, before = '', inner = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? []
    if (before) nodes.push({type: 'text', value: before})
    if (inner) nodes.push(styled(inner, run))
    if (after) nodes.push({type: 'text', value: after})
  }
  return mergeTexts(nodes)
}

function styled(value: string, run: Run): PhrasingContent {
  let node: PhrasingContent = {type: 'text', value}
  if (run.italic) node = {type: 'emphasis', children: [node]}
  if (run.bold) node = {type: 'strong', children: [node]}
  return node
}

function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (node.type === 'text' && last?.type === 'text') last.value += node.value
    else merged.push(node)
  }
  return merged
}
