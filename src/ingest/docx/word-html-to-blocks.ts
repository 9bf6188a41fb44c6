import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast, type Handle} from 'hast-util-to-mdast'
import type {FootnoteDefinition, Nodes, RootContent} from 'mdast'
import type {Origin, RemovedText} from '../native-document.ts'

/** mammoth's note markers: `<sup><a href="#footnote-2">[1]</a></sup>`, and the notes' `<li id="footnote-2">`. */
const noteId = /^(foot|end)note-(\d+)$/
const paragraphTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'])

export interface WordBlocks {
  blocks: RootContent[]
  /** The Word paragraph (1-based, among those with text) a block or list item comes from. */
  originOf: (node: Nodes) => Origin | undefined
  removed: RemovedText[]
}

/**
 * mammoth's HTML of a Word document → mdast blocks: the paragraphs, headings and lists the
 * document knew, bold and italic, and footnotes as GFM footnotes with their definitions at the end.
 * Images are left out (alt text reported); links keep their text.
 */
export function wordHtmlToBlocks(html: string): WordBlocks {
  const tree = fromHtml(html, {fragment: true})
  const labels = new Map<string, string>()
  const removed: RemovedText[] = []
  const noteMarker: Handle = (state, element) => {
    const link = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a')
    const target = String(link?.properties.href ?? '').replace(/^#/, '')
    const note = noteId.exec(target)
    if (!link || !note) return state.all(element)
    const label = `${note[1] === 'end' ? 'e' : ''}${textOf(link).replace(/[[\]\s]/g, '') || note[2]}`
    labels.set(target, label)
    return {type: 'footnoteReference', identifier: label.toLowerCase(), label}
  }
  const image: Handle = (_, element) => {
    const alt = String(element.properties.alt ?? '').trim()
    if (alt) removed.push({text: alt, reason: 'image', ruleId: 'drop-image'})
  }
  const handlers = {sup: noteMarker, img: image}

  const notes = takeNotes(tree)
  const paragraphs = numberParagraphs(tree)
  const body = toMdast(tree, {handlers})
  const blocks = 'children' in body ? ([...body.children] as RootContent[]) : []
  for (const note of notes) {
    const id = String(note.properties.id)
    const label = labels.get(id)
    if (!label) continue
    const content = toMdast({type: 'root', children: withoutBackLinks(note.children)}, {handlers})
    const children = ('children' in content ? content.children : []) as FootnoteDefinition['children']
    blocks.push({type: 'footnoteDefinition', identifier: label.toLowerCase(), label, children})
  }
  const originOf = (node: Nodes): Origin | undefined => {
    const paragraph = paragraphs.get(node.position?.start.offset ?? -1)
    return paragraph === undefined ? undefined : {paragraph}
  }
  return {blocks, originOf, removed}
}

/** Takes the footnote and endnote lists out of the tree, returning their items. */
function takeNotes(tree: HastRoot): Element[] {
  const notes: Element[] = []
  const visit = (parent: HastRoot | Element) => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== 'element') return true
      const items = child.children.filter((item): item is Element => item.type === 'element' && item.tagName === 'li')
      if (child.tagName === 'ol' && items.length > 0 && items.every((item) => noteId.test(String(item.properties.id ?? '')))) {
        notes.push(...items)
        return false
      }
      visit(child)
      return true
    })
  }
  visit(tree)
  return notes
}

/** The start offset of each element that is a Word paragraph → its number. */
function numberParagraphs(tree: HastRoot): Map<number, number> {
  const numbers = new Map<number, number>()
  let count = 0
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      // A list item holding paragraphs is counted by them.
      const holdsParagraphs = child.children.some((inner) => inner.type === 'element' && inner.tagName === 'p')
      if (paragraphTags.has(child.tagName) && !(child.tagName === 'li' && holdsParagraphs)) {
        count++
        if (child.position?.start.offset !== undefined) numbers.set(child.position.start.offset, count)
      }
      visit(child)
    }
  }
  visit(tree)
  return numbers
}

/** The note's content without the link back to its marker ("↑") that mammoth ends it with. */
function withoutBackLinks(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .filter((node) => !(node.type === 'element' && node.tagName === 'a' && /^#(foot|end)note-ref-/.test(String(node.properties.href ?? ''))))
    .map((node) => (node.type === 'element' ? {...node, children: withoutBackLinks(node.children)} : node))
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  return node.type === 'element' ? node.children.map(textOf).join('') : ''
}
