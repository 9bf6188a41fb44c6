import type {Delete, Emphasis, Html, Link, Paragraph, Parent, PhrasingContent, Root, RootContent, Strong} from 'mdast'
import type {VFile} from 'vfile'
import {mergeTexts, parents} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

/** Elements whose content is never statement text: dropped whole, and reported. */
const unsafe = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'frame', 'frameset', 'applet', 'svg', 'math', 'form', 'textarea', 'select', 'button', 'title', 'head', 'meta', 'link', 'base'])
const tag = /^<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>$/s
const comment = /^<!--[\s\S]*?-->$/
const anyTag = /<!--[\s\S]*?-->|<\/?[a-zA-Z][\w:-]*\b[^>]*>/g
const unsafeElement = /<(script|style|iframe|object|embed|noscript|template|frame|frameset|applet|svg|math|form|textarea|select|button|title|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…'}

/**
 * Turns stray HTML into text or Markdown: `<sup>th</sup>` → "th", `<b>`/`<strong>` → strong,
 * `<i>`/`<em>` → emphasis, `<br>` → a space, other tags → their text. Elements that are never text
 * (`<script>`, `<style>`, `<iframe>`…) and comments are dropped whole and reported with their content.
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

function blockHtml(node: Html, dropped: Report, stripped: (value: string, place: RootContent['position']) => void): RootContent[] {
  let value = node.value
  if (comment.test(value.trim())) {
    dropped('HTML comment', value, node.position)
    return []
  }
  value = value.replace(unsafeElement, (element) => {
    dropped('HTML element', element, node.position)
    return ' '
  })
  const opening = /^<\/?([a-zA-Z][\w:-]*)/.exec(value.trim())?.[1]?.toLowerCase()
  if (opening && unsafe.has(opening)) {
    dropped('HTML element', value, node.position)
    return []
  }
  const text = decodeEntities(value.replace(anyTag, tagSeparator))
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()
  if (value.trim() !== '') stripped(value, node.position)
  if (text === '') return []
  return text.split(/\n{2,}/).map((part): Paragraph => {
    const paragraph: Paragraph = {type: 'paragraph', children: [{type: 'text', value: part}]}
    if (node.position) paragraph.position = node.position
    return paragraph
  })
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

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    return (name && entities[name.toLowerCase()]) ?? whole
  })
}

function shorten(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 57)}…` : line
}
