import type {Paragraph, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {dropLines, linePosition, mapParagraphs, splitLines} from '../plugins/shared/lines.ts'
import {reportChange} from '../plugins/shared/report.ts'
import {isSalutation} from '../plugins/shared/salutation.ts'
import {isDisclaimerStart, isEmailHeaderLine, isGreetingLine, isSendingLine, isSentFromLine, isSignatureDelimiter, isValediction} from '../vocabulary/email-furniture.ts'
import {neighbourChromeKind, siteChromeKind} from '../vocabulary/site-chrome.ts'
import {sentenceEnd, wordCount} from '../metadata/classify-lines.ts'
import {findHeader, hasHeaderEvidence} from './find-header.ts'
import {checkInputLimits} from './limits.ts'
import {type Boundary, decideBoundaries, isFurnitureLine, readLayout} from './layout.ts'
import {readMarkdownEvidence} from './markdown-evidence.ts'
import {isQuotedDocument, readSourceLines, type SourceLine} from './source-lines.ts'

declare module 'vfile' {
  interface DataMap {
    /** Offset in the source where the statement proper starts, after its header block (set by the parser). */
    headerEnd: number
  }
}

/**
 * Statements are never code (four spaces are Word's first-line indent or PDF layout), and "---"
 * under a line separates or ends a statement, it does not underline a heading.
 */
const statementConstructs = {disable: {null: ['codeIndented', 'setextUnderline']}}

/**
 * The statement parser, used after remark-parse and its syntax extensions: raw text → lines →
 * decisions → mdast. The questions that matter for raw statements are about lines — is a newline a
 * wrap or a paragraph break, is this line header, site chrome or body — so they are decided first,
 * with the evidence of the whole document. remark-parse then reads block and inline Markdown, with
 * positions into the source, and the line decisions are applied to that tree. A source that is
 * really Markdown keeps the paragraphs its writer made, and so does a native document (its reader
 * wrote them from the file's own blocks).
 */
export function statementParser(this: Processor) {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), statementConstructs]
  const parseMarkdown = this.parser
  if (!parseMarkdown) throw new Error('statementParser needs remark-parse before it')
  this.parser = function parse(document: string, file: VFile): Root {
    checkInputLimits(document, file)
    const lines = readSourceLines(document)
    const evidence = readMarkdownEvidence(lines)
    const tree = parseMarkdown(document, file) as Root
    // A native reader (Word, web page, PDF) wrote its Markdown from the blocks the file knew.
    const native = file.data.blocksWritten === true
    if (evidence.markdown && !native) {
      reportChange(file, `Read as Markdown (${evidence.found.join(', ')}), not as raw text`, {line: 1, column: 1}, 'parse-as-markdown')
    }
    const frontMatterEnd = tree.children[0]?.type === 'yaml' ? (tree.children[0].position?.end.line ?? 0) : 0
    const quoted = isQuotedDocument(lines)
    if (quoted) unwrapQuotes(tree)
    const chrome = findChrome(lines, frontMatterEnd, quoted)
    const salutations = new Set<number>()
    // First the run-together parts, so that chrome run into a line leaves alone, not with the line.
    splitRunTogether(tree, lines, file, salutations, chrome)
    dropChrome(tree, lines, chrome, file)

    const layout = readLayout(lines.slice(frontMatterEnd))
    const boundaries = evidence.markdown || native ? new Map<number, Boundary>() : decideBoundaries(lines, layout, (index) => chrome.has(index))
    lines.forEach((line, index) => {
      if (line.runTogether) boundaries.set(index, 'break')
    })
    const header = findHeader(lines, blocksOf(lines, boundaries, frontMatterEnd), (index) => chrome.has(index))
    if (header) {
      // The header's own lines stay as written; the statement starts on a paragraph of its own.
      for (const index of boundaries.keys()) if (index <= header.bodyStart) boundaries.delete(index)
      boundaries.set(header.bodyStart, 'break')
      file.data.headerEnd = (lines[header.bodyStart] as SourceLine).offset
    }
    splitParagraphs(tree, lines, boundaries, file, salutations)
    return tree
  }
}

/** The document's blocks as line-index ranges: blank lines and decided breaks end a block. */
function blocksOf(lines: SourceLine[], boundaries: Map<number, Boundary>, from: number): number[][] {
  const blocks: number[][] = []
  let current: number[] = []
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as SourceLine
    if (line.blank || isFurnitureLine(line) || boundaries.get(index) === 'break') {
      if (current.length) blocks.push(current)
      current = []
    }
    if (!line.blank && !isFurnitureLine(line)) current.push(index)
  }
  if (current.length) blocks.push(current)
  return blocks
}

/** The index of the line (or the part of a run-together line) a point of the tree is on. */
function lineIndexAt(lines: SourceLine[], point: {offset?: number} | undefined): number {
  const offset = point?.offset
  if (offset === undefined) return -1
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lines[middle] as SourceLine).offset <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** A document-sharing site's name for the document, above its banner, is a line or two. */
const maxSiteTitleLines = 2

/** What wraps the statement and is not part of it: web-page chrome, an e-mail's header and covering note. */
type Chrome = 'covering-message' | 'e-mail-header' | string

/**
 * The lines that are chrome, by kind: web-page chrome anywhere, an e-mail's header lines at the top,
 * and, when the statement is quoted in a forwarded e-mail, the covering note around the quote.
 */
function findChrome(lines: SourceLine[], from: number, quoted: boolean): Map<number, Chrome> {
  const chrome = new Map<number, Chrome>()
  let top = true
  lines.forEach((line, index) => {
    if (index < from) return
    // A lone ">" outside a quoted message is a stray quote marker.
    if (!quoted && /^[ \t]*>[ \t]*$/.test(line.raw)) chrome.set(index, 'quote-marker')
    if (line.blank) return
    if (top && isEmailHeaderLine(line.text)) {
      chrome.set(index, 'e-mail-header')
      return
    }
    top &&= chrome.has(index)
    if (quoted && !line.quoted) {
      chrome.set(index, siteChromeKind(line.text) ?? 'covering-message')
      return
    }
    const kind = siteChromeKind(line.text)
    if (kind !== null) chrome.set(index, kind)
  })
  addChromeNeighbours(lines, from, chrome)
  addDocumentSiteTitle(lines, from, chrome)
  addBreadcrumbEchoes(lines, from, chrome)
  addRelatedLinks(lines, from, chrome)
  if (!quoted) addEmailWrapping(lines, from, chrome)
  return chrome
}

/** How far into the text a covering note reaches, and how near its end a signature starts (lines with text). */
const coveringNoteLines = 10
const signatureLines = 12
/** The sender's name and function under a valediction: a few short lines. */
const isSenderLine = (text: string) => wordCount(text) <= 8 && text.length <= 80 && !sentenceEnd.test(text)

/**
 * A statement pasted into an e-mail: the covering note above it (a greeting, "Please find below…",
 * a valediction and the sender's name), and below it the sender's signature after "-- ",
 * "Sent from my iPhone" and the mail server's legal notice.
 */
function addEmailWrapping(lines: SourceLine[], from: number, chrome: Map<number, Chrome>) {
  const textOf = (index: number) => (lines[index] as SourceLine).text
  const content: number[] = []
  for (let index = from; index < lines.length; index++) if (!(lines[index] as SourceLine).blank && !chrome.has(index)) content.push(index)

  const top = content.slice(0, coveringNoteLines)
  const end = coveringNoteEnd(lines, top)
  if (end > 0 && top.slice(0, end + 1).some((index) => isSendingLine(textOf(index)))) {
    let last = end
    if (isValediction(textOf(top[end] as number))) while (last - end < 3 && top[last + 1] === (top[last] as number) + 1 && isSenderLine(textOf(top[last + 1] as number))) last++
    for (const index of top.slice(0, last + 1)) chrome.set(index, 'covering-message')
  }

  const tail = content.slice(-signatureLines)
  for (const index of tail) if (isSentFromLine(textOf(index))) chrome.set(index, 'e-mail-signature')
  const delimiter = tail.find((index) => isSignatureDelimiter((lines[index] as SourceLine).raw))
  const disclaimer = tail.find((index) => isDisclaimerStart(textOf(index)))
  for (const [start, kind] of [[delimiter, 'e-mail-signature'], [disclaimer, 'e-mail-disclaimer']] as const) {
    if (start === undefined) continue
    for (const index of content) if (index >= start && !chrome.has(index)) chrome.set(index, kind)
  }
}

/**
 * Where a covering note ends among the first lines with text (their positions in `top`): at its
 * valediction, or, without one, after the greeting and the short paragraph below it, which a blank
 * line sets apart from the statement; -1 when the text opens with no such note.
 */
function coveringNoteEnd(lines: SourceLine[], top: number[]): number {
  const valediction = top.findIndex((index) => isValediction((lines[index] as SourceLine).text))
  if (valediction > 0) return valediction
  if (top.length < 2 || !isGreetingLine((lines[top[0] as number] as SourceLine).text)) return -1
  let end = 1
  while (end + 1 < top.length && top[end + 1] === (top[end] as number) + 1) end++
  return end <= 3 && lines[(top[end] as number) + 1]?.blank === true ? end : -1
}

/** The longest line read as a link's title under "Related content". */
const maxLinkWords = 25

/**
 * "Related content" and what follows it to the end of the page, when that is only links (titles and
 * dates, no sentence): other pages of the site, never the statement's text.
 */
function addRelatedLinks(lines: SourceLine[], from: number, chrome: Map<number, Chrome>) {
  const headings = [...chrome].filter(([index, kind]) => kind === 'related' && index >= from).map(([index]) => index)
  for (const heading of headings.sort((a, b) => a - b)) {
    const links: number[] = []
    for (let index = heading + 1; index < lines.length; index++) if (!(lines[index] as SourceLine).blank && !chrome.has(index)) links.push(index)
    if (!links.length || !links.every((index) => isLinkTitle((lines[index] as SourceLine).text))) continue
    for (const index of links) chrome.set(index, 'related-link')
    return
  }
}

const isLinkTitle = (text: string) => wordCount(text) <= maxLinkWords && !sentenceEnd.test(text)

const crumbName = (text: string) => text.toLocaleLowerCase().replace(/[\s:：]+$/u, '').trim()

/**
 * A page repeats the section it is in as a heading ("Home > … > Statements & Speeches", then
 * "Statements & Speeches:"): a line that only names a link of the breadcrumb, and reads as no header
 * line (the last link may be the statement's own title), is chrome.
 */
function addBreadcrumbEchoes(lines: SourceLine[], from: number, chrome: Map<number, Chrome>) {
  const crumbs = new Set<string>()
  for (const [index, kind] of chrome) {
    if (kind !== 'breadcrumb') continue
    for (const crumb of (lines[index] as SourceLine).text.split(/\s*[>»›/]\s*/u)) if (crumb) crumbs.add(crumbName(crumb))
  }
  if (!crumbs.size) return
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as SourceLine
    if (!line.blank && !chrome.has(index) && crumbs.has(crumbName(line.text)) && !hasHeaderEvidence(line.text)) chrome.set(index, 'section-heading')
  }
}

/** Section names and lone share targets ("Statements", "X", "Email") are chrome in a run of chrome lines. */
function addChromeNeighbours(lines: SourceLine[], from: number, chrome: Map<number, Chrome>) {
  let added = true
  while (added) {
    added = false
    for (let index = from; index < lines.length; index++) {
      const line = lines[index] as SourceLine
      if (line.blank || chrome.has(index) || !(chrome.has(index - 1) || chrome.has(index + 1))) continue
      const kind = neighbourChromeKind(line.text)
      if (kind === null) continue
      chrome.set(index, kind)
      added = true
    }
  }
}

/**
 * A document-sharing site puts its own name for the document above the banner it opens with
 * ("Upload: …", "Total Page: 2"): the lines above the banner at the top of the page are the site's.
 */
function addDocumentSiteTitle(lines: SourceLine[], from: number, chrome: Map<number, Chrome>) {
  const top = lines.slice(from, from + maxSiteTitleLines + 1).findIndex((line, offset) => chrome.get(from + offset) === 'document-site')
  if (top <= 0) return
  const banner = lines.slice(from + top).filter((line, offset) => !line.blank && chrome.get(from + top + offset) === 'document-site')
  if (banner.length < 2) return
  for (let index = from; index < from + top; index++) if (!(lines[index] as SourceLine).blank && !chrome.has(index)) chrome.set(index, 'document-site')
}

/** The statement of a forwarded e-mail is the quote: its blocks become the document's. */
function unwrapQuotes(tree: Root) {
  tree.children = tree.children.flatMap((node): RootContent[] => (node.type === 'blockquote' ? node.children : [node]))
}

function reportChrome(file: VFile, line: SourceLine, kind: Chrome) {
  const place = {
    start: {line: line.line, column: 1, offset: line.offset},
    end: {line: line.line, column: line.raw.length + 1, offset: line.offset + line.raw.length},
  }
  const text = line.text || line.raw.trim()
  if (kind === 'covering-message') {
    reportChange(file, `Unexpected covering note \`${text}\` of an e-mail, expected statement text`, place, 'drop-covering-message', text)
    return
  }
  const what = kind.startsWith('e-mail-') ? `e-mail ${kind.slice('e-mail-'.length)}` : `web-page ${kind.replace(/-/g, ' ')}`
  reportChange(file, `Unexpected ${what} \`${text}\`, expected statement text`, place, 'drop-site-chrome', text)
}

/** Site chrome leaves the text, reported line by line: whole blocks of it, and lines inside paragraphs. */
function dropChrome(tree: Root, lines: SourceLine[], chrome: Map<number, Chrome>, file: VFile) {
  if (!chrome.size) return
  const reported = new Set<number>()
  const report = (index: number) => {
    if (reported.has(index)) return
    reported.add(index)
    reportChrome(file, lines[index] as SourceLine, chrome.get(index) ?? 'chrome')
  }
  tree.children = tree.children.filter((node) => {
    const start = lineIndexAt(lines, node.position?.start)
    const end = lineIndexAt(lines, node.position?.end)
    if (start < 0) return true
    const spanned = lines.slice(start, end + 1)
    const allChrome = spanned.every((line, offset) => line.blank || chrome.has(start + offset))
    if (!allChrome || node.type === 'yaml') return true
    spanned.forEach((line, offset) => {
      if (!line.blank) report(start + offset)
    })
    return false
  })
  mapParagraphs(tree, (paragraph) => {
    const paragraphLines = splitLines(paragraph, file)
    const parts = dropLines(paragraph, paragraphLines, (line) => {
      const index = lineIndexAt(lines, line.start)
      // Text and links only ("www.example.org" is a link): the report then holds every word dropped.
      if (!chrome.has(index) || line.nodes.some((node) => node.type !== 'text' && node.type !== 'link')) return false
      report(index)
      return true
    })
    return parts.length === 1 && parts[0] === paragraph ? undefined : parts
  })
  fitToChildren(tree)
}

/** A list or quote that lost its last lines to chrome ends where its content now ends. */
function fitToChildren(node: Parent): void {
  for (const child of node.children) if ('children' in child) fitToChildren(child)
  const last = node.children.at(-1)?.position?.end
  if (node.type !== 'root' && node.position && last && (last.offset ?? 0) < (node.position.end.offset ?? 0)) node.position = {start: node.position.start, end: last}
}

/** Splits the paragraphs whose text ran blocks together at each place they did. */
function splitRunTogether(tree: Root, lines: SourceLine[], file: VFile, salutations: Set<number>, chrome: Map<number, Chrome>) {
  const cuts = lines.filter((line) => line.runTogether).map((line) => line.offset)
  if (!cuts.length) return
  mapParagraphs(tree, (paragraph) => {
    const inside = cuts.filter((cut) => cut > (paragraph.position?.start.offset ?? Infinity) && cut < (paragraph.position?.end.offset ?? -1))
    if (!inside.length) return undefined
    const parts = splitAtOffsets(paragraph, inside, String(file.value))
    if (parts.length === 1) return undefined
    parts.slice(1).forEach((part, index) => {
      const before = toString(parts[index] as Paragraph).split('\n').at(-1)?.trim() ?? ''
      const start = part.position?.start
      // Chrome run into the line is reported as chrome when it is dropped.
      if (start && chrome.has(lineIndexAt(lines, start) - 1)) return
      if (isSalutation(before) && start) {
        salutations.add(lineIndexAt(lines, start))
        reportChange(file, `Unexpected salutation \`${before}\` run into the text, expected its own paragraph`, start, 'separate-salutation', before)
      } else reportChange(file, 'Unexpected sentences run together with no break, expected a new line', part.position, 'split-paragraph', toString(part).slice(0, 40))
    })
    return parts
  })
}

/** Cuts a paragraph's top-level text at source offsets; a cut inside emphasis or a link is left alone. */
function splitAtOffsets(paragraph: Paragraph, offsets: number[], document: string): Paragraph[] {
  const parts: Paragraph[] = []
  let current: PhrasingContent[] = []
  const close = () => {
    const first = current[0]?.position?.start
    const last = current.at(-1)?.position?.end
    if (current.length) parts.push({type: 'paragraph', children: current, ...(first && last ? {position: {start: first, end: last}} : {})})
    current = []
  }
  for (const child of paragraph.children) {
    let node = child
    for (;;) {
      const position = node.position
      const start = position?.start.offset
      const value = node.type === 'text' ? node.value : ''
      const cut = offsets.find((offset) => start !== undefined && offset > start && offset < start + value.length)
      if (node.type !== 'text' || cut === undefined || start === undefined || !position) break
      const at = cut - start
      const lineStart = document.lastIndexOf('\n', cut - 1) + 1
      const middle = {line: position.start.line + countNewlines(value.slice(0, at)), column: cut - lineStart + 1, offset: cut}
      current.push({type: 'text', value: value.slice(0, at), position: {start: position.start, end: middle}})
      close()
      node = {type: 'text', value: value.slice(at), position: {start: middle, end: position.end}}
    }
    current.push(node)
  }
  close()
  return parts
}

function countNewlines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}

/** Starts a new paragraph at every line the layout says begins one. */
function splitParagraphs(tree: Root, lines: SourceLine[], boundaries: Map<number, Boundary>, file: VFile, salutations: Set<number>) {
  if (![...boundaries.values()].some((boundary) => boundary !== 'wrap')) return
  const children: RootContent[] = []
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      children.push(node)
      continue
    }
    children.push(...splitParagraph(node, lines, boundaries, file, salutations))
  }
  tree.children = children
}

function splitParagraph(paragraph: Paragraph, lines: SourceLine[], boundaries: Map<number, Boundary>, file: VFile, salutations: Set<number>): Paragraph[] {
  const start = lineIndexAt(lines, paragraph.position?.start)
  const end = lineIndexAt(lines, paragraph.position?.end)
  let any = false
  for (let index = start + 1; index <= end; index++) if ((boundaries.get(index) ?? 'wrap') !== 'wrap') any = true
  if (!any) return [paragraph]
  const paragraphLines = splitLines(paragraph, file)
  return dropLines(paragraph, paragraphLines, (line, position) => {
    const index = lineIndexAt(lines, line.start)
    const boundary = boundaries.get(index)
    if (position === 0 || boundary === undefined || boundary === 'wrap' || lines[index]?.runTogether) return false
    // The page number dropped there is reported; the break after it is no finding of its own.
    if (boundary === 'page') return 'split'
    const previous = paragraphLines[position - 1]
    const salutation = [line, previous].find((candidate) => candidate && isSalutation(candidate.text))
    if (salutation) {
      const at = lineIndexAt(lines, salutation.start)
      if (salutations.has(at) || salutations.has(at + 1)) return 'split'
      salutations.add(at)
      reportChange(file, `Unexpected salutation \`${salutation.text.trim()}\` inside a paragraph, expected its own paragraph`, linePosition(salutation), 'separate-salutation', salutation.text.trim())
    } else {
      reportChange(file, 'Unexpected paragraphs run together, expected a blank line between them', linePosition(line), 'split-paragraph')
    }
    return 'split'
  })
}

