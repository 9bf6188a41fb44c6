import {Readability} from '@mozilla/readability'
import type {Element as HastElement, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import {parseHTML} from 'linkedom'
import type {Nodes as MdastNodes, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import rehypeSanitize from 'rehype-sanitize'
import {unified} from 'unified'
import {InputError} from '../../errors.ts'
import type {HeaderClues, NativeDocument, RemovedText} from '../native-document.ts'
import {writeBlocks} from '../write-blocks.ts'
import {decodeHtml} from './decode-html.ts'

/** Elements whose text is never a statement's words: code, styles, and what only scripts show. */
const NOT_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas'
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, figcaption, button, a, span, div, label'

const sanitize = unified().use(rehypeSanitize).freeze()

/**
 * Read a saved web page as the statement: its main content, extracted by Readability on linkedom
 * (a DOM that never runs a script nor loads a resource), sanitised, as Markdown blocks. The site's
 * chrome (navigation, banners, share bars, related links, footers) is left out and reported; the
 * page's `<h1>`, `<title>`, `lang` and first `<time datetime>` are header clues.
 */
export async function readHtml(bytes: Uint8Array, path: string): Promise<NativeDocument> {
  const html = decodeHtml(bytes)
  if (typeof html !== 'string') throw new InputError(path, html.reason, html.ruleId)
  const {document} = parseHTML(html)
  for (const element of Array.from(document.querySelectorAll(NOT_TEXT))) element.remove()
  const clues = headerClues(document)
  const pageTexts = textsOf(document.body)
  // Read before Readability, which rearranges the document it parses.
  const heading = normalised(document.querySelector('h1')?.textContent ?? '')

  const article = new Readability(document as unknown as Document).parse()
  if (!article?.content) throw new InputError(path, 'no statement found in this web page (its main content is empty)', 'empty-file')
  let content = fromHtml(article.content, {fragment: true})
  // Readability drops an <h1> that repeats the page title; for a statement it is the statement's own title.
  if (heading && !normalised(article.textContent ?? '').includes(heading)) {
    content = {type: 'root', children: [{type: 'element', tagName: 'h1', properties: {}, children: [{type: 'text', value: heading}]}, ...content.children]}
  }
  const figures = takeFigures(content)
  const tree = sanitize.runSync(content) as HastRoot
  // Remote images never pass into the statement.
  const mdast = toMdast(tree, {handlers: {img: () => undefined}})
  const blocks = ('children' in mdast ? mdast.children : []) as RootContent[]
  const {markdown} = writeBlocks(blocks, () => undefined)
  const kept = normalised(textWithBreaks(mdast))
  const chrome = pageTexts.filter((text) => !kept.includes(text) && !figures.some((figure) => figure.text.includes(text)))
  const removed = [...chrome.map((text): RemovedText => ({text, reason: 'web-page chrome', ruleId: 'drop-site-chrome'})), ...figures]
  return {format: 'html', markdown: markdown.normalize('NFC'), removed, origins: [], clues}
}

/** A photo and its caption are the site's, not the speaker's: taken out of the content and reported. */
function takeFigures(parent: HastRoot | HastElement): RemovedText[] {
  const figures: RemovedText[] = []
  parent.children = parent.children.filter((child) => {
    if (child.type !== 'element') return true
    if (child.tagName !== 'figure') {
      figures.push(...takeFigures(child))
      return true
    }
    const text = normalised(toString(toMdast(child)))
    if (text) figures.push({text, reason: 'figure caption', ruleId: 'drop-site-chrome'})
    return false
  })
  return figures
}

function headerClues(document: ReturnType<typeof parseHTML>['document']): HeaderClues {
  const clues: HeaderClues = {}
  const title = (document.querySelector('h1')?.textContent ?? document.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim()
  if (title) clues.title = title
  const lang = document.documentElement.getAttribute('lang')?.trim()
  if (lang) clues.lang = lang
  const date = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim()
  if (date) clues.date = date
  return clues
}

/**
 * The page's text, in reading order, one entry per outermost block that holds text of its own
 * (a paragraph with its links, a menu's links one by one).
 */
function textsOf(body: ReturnType<typeof parseHTML>['document']['body']): string[] {
  const texts: string[] = []
  const taken: Element[] = []
  for (const element of Array.from(body?.querySelectorAll(BLOCKS) ?? [])) {
    if (taken.some((outer) => outer.contains(element))) continue
    const ownText = Array.from(element.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')
    if (!ownText && element.querySelector(BLOCKS)) continue
    taken.push(element)
    const text = normalised(element.textContent ?? '')
    if (text && !texts.includes(text)) texts.push(text)
  }
  return texts
}

/** The text kept, a line break (`<br>`) read as the space that the page's own text has there. */
function textWithBreaks(node: MdastNodes): string {
  if (node.type === 'break') return ' '
  return 'children' in node ? node.children.map(textWithBreaks).join('') : toString(node)
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
