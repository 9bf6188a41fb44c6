import type {Element, ElementContent, Nodes as HastNodes, Root as HastRoot, RootContent as HastContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import type {Delete, Emphasis, Html, Link, Parent, PhrasingContent, Root, RootContent, Strong} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {mergeTexts, parents} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

/** Elements whose content is never statement text: dropped whole, and reported. */
const unsafe = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'frame', 'frameset', 'applet', 'svg', 'math', 'form', 'textarea', 'select', 'button', 'title', 'head', 'meta', 'link', 'base'])
const tag = /^<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>$/s
const comment = /^<!--[\s\S]*?-->$/
const anyTag = /<!--[\s\S]*?-->|<\/?[a-zA-Z][\w:-]*\b[^>]*>/g
const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * Turns stray HTML into text or Markdown: `<sup>th</sup>` → "th", `<b>`/`<strong>` → strong,
 * `<i>`/`<em>` → emphasis, `<br>` → a space, other tags → their text. An HTML block is parsed as
 * HTML (hast), with every entity decoded. Elements that are never text (`<script>`, `<style>`,
 * `<iframe>`…) and comments are dropped whole and reported with their content.
 */
export function stripHtml() {
  return function transform(tree: Root, file: VFile) {
    const dropped = (what: string, value: string, place: RootContent['position']) =>
      reportChange(file, `Unexpected ${what} \`${shorten(value)}\`, expected statement text; dropped`, place, 'drop-html', value)
    const stripped = (value: string, place: RootContent['position']) =>
      reportChange(file, `Unexpected HTML \`${shorten(value)}\`, expected Markdown; kept its text`, place, 'strip-html', value)

    // Children before parents: formatting emptied of its tags goes with them.
    for (const parent of [...parents(tree)].reverse()) {
      const blocks = parent.type !== 'paragraph' && parent.type !== 'heading' && parent.type !== 'tableCell' && !isInline(parent)
      if (blocks && parent.children.some((node) => node.type === 'html')) {
        parent.children = parent.children.flatMap((node) => (node.type === 'html' ? blockHtml(node, dropped, stripped) : [node])) as Parent['children']
      }
      if (!blocks && parent.children.some((node) => node.type === 'html' || (isInline(node) && node.children.length === 0))) {
        const children = inlineHtml(parent.children as PhrasingContent[], dropped, stripped)
        parent.children = mergeTexts(children.filter((node) => !isInline(node) || node.children.length > 0)) as Parent['children']
      }
    }
  }
}

/** Formatting that wraps text: emphasis, strong, strikethrough, links. */
function isInline(node: {type: string}): node is Emphasis | Strong | Delete | Link {
  return node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link'
}

type Report = (what: string, value: string, place: RootContent['position']) => void

/**
 * An HTML block is parsed as HTML (every entity decoded, as a browser would), what is never text
 * dropped and reported, and the rest turned into Markdown: paragraphs, lists, bold and italics.
 */
function blockHtml(node: Html, dropped: Report, stripped: (value: string, place: RootContent['position']) => void): RootContent[] {
  const value = node.value
  if (value.trim() === '') return []
  const hast = fromHtml(value, {fragment: true})
  const source = (child: HastNodes) => {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    return start === undefined || end === undefined ? '' : value.slice(start, end)
  }
  removeNonText(hast, (child) => dropped(child.type === 'comment' ? 'HTML comment' : 'HTML element', source(child), node.position))
  visit(hast, 'element', (element: Element) => {
    const only = element.children.length === 1 ? element.children[0] : undefined
    // A note number stays a superscript: "¹", which the footnote plugin links to its note.
    if (element.tagName === 'sup' && only?.type === 'text' && /^\d{1,3}$/.test(only.value)) {
      only.value = [...only.value].map((digit) => superscripts[Number(digit)]).join('')
    }
  })
  const hasText = /\S/.test(collectText(hast))
  if (hasText || hast.children.some((child) => child.type === 'element')) stripped(value, node.position)
  if (!hasText) return []
  // Inside a <div>, loose text becomes paragraphs rather than phrasing at the top of the document.
  const blocks = (toMdast({type: 'element', tagName: 'div', properties: {}, children: hast.children as ElementContent[]}) as Root).children
  visit({type: 'root', children: blocks} as Root, (child) => {
    if (node.position) child.position = node.position
  })
  return blocks
}

/** Removes, depth first, the elements whose content is never statement text, and comments. */
function removeNonText(parent: HastRoot | Element, report: (child: HastContent) => void): void {
  parent.children = parent.children.filter((child) => {
    if (child.type === 'comment' || (child.type === 'element' && unsafe.has(child.tagName))) {
      report(child)
      return false
    }
    if (child.type === 'element') removeNonText(child, report)
    return true
  }) as ElementContent[]
}

function collectText(node: HastNodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(collectText).join(' ') : ''
}

function inlineHtml(children: PhrasingContent[], dropped: Report, stripped: (value: string, place: RootContent['position']) => void): PhrasingContent[] {
  const result: PhrasingContent[] = []
  // Open formatting elements: where their content starts in `result`.
  const open: Array<{name: string; at: number}> = []
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as PhrasingContent
    if (node.type !== 'html') {
      result.push(node)
      continue
    }
    if (comment.test(node.value)) {
      dropped('HTML comment', node.value, node.position)
      continue
    }
    const match = tag.exec(node.value)
    const name = match?.[2]?.toLowerCase()
    if (!match || !name) {
      stripped(node.value, node.position)
      result.push({type: 'text', value: decodeEntities(node.value.replace(anyTag, tagSeparator))})
      continue
    }
    const closing = match[1] === '/'
    if (unsafe.has(name) && !closing) {
      // Drop everything up to the matching closing tag.
      let end = index + 1
      let content = node.value
      while (end < children.length) {
        const inner = children[end] as PhrasingContent
        content += inner.type === 'html' || inner.type === 'text' ? inner.value : ''
        if (inner.type === 'html' && new RegExp(`^</${name}\\s*>$`, 'i').test(inner.value)) break
        end++
      }
      dropped('HTML element', content, node.position)
      index = end
      continue
    }
    stripped(node.value, node.position)
    if (name === 'br') {
      result.push({type: 'text', value: ' '})
      continue
    }
    if (!closing && match[3] !== '/') {
      open.push({name, at: result.length})
      continue
    }
    const opened = open.findLastIndex((element) => element.name === name)
    if (opened === -1) continue
    const [element] = open.splice(opened, 1)
    if (!element) continue
    const content = result.splice(element.at)
    if (content.length === 0) continue
    const only = content.length === 1 ? content[0] : undefined
    if (name === 'sup' && only?.type === 'text' && /^\d{1,3}$/.test(only.value)) {
      // A note number stays a superscript: "¹", which the footnote plugin links to its note.
      result.push({...only, value: [...only.value].map((digit) => superscripts[Number(digit)]).join('')})
    } else if (name === 'b' || name === 'strong') result.push({type: 'strong', children: content} satisfies Strong)
    else if (name === 'i' || name === 'em') result.push({type: 'emphasis', children: content} satisfies Emphasis)
    else result.push(...content)
  }
  return mergeTexts(result).map((node) => (node.type === 'text' ? {...node, value: node.value.replace(/(?<=\S) {2,}(?=\S)/g, ' ')} : node))
}

/** What a removed tag leaves: inline tags nothing, a paragraph's tags a line break, others a space. */
function tagSeparator(found: string): string {
  if (/^<\/?(?:b|i|u|s|em|strong|span|font|sup|sub|small|mark|abbr|a|code|q|cite)\b/i.test(found)) return ''
  return /^<\/?(?:br|p|div|li|tr|h[1-6]|blockquote|section|article|ul|ol|table)\b/i.test(found) ? '\n' : ' '
}

/** Text of an HTML snippet, entities decoded as HTML does. */
function decodeEntities(value: string): string {
  return collectText(fromHtml(value, {fragment: true}))
}

function shorten(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}
