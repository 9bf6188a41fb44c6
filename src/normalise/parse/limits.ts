import type {VFile} from 'vfile'

/**
 * What one statement may hold. Parsing and the plugins after it recurse once per level of nesting,
 * and a link label or an emphasis run is resolved against every opener before it, so a small
 * hostile file could exhaust the stack or take minutes. No statement comes near these values.
 */
export const inputLimits = {
  /** Characters on one line. */
  lineLength: 100_000,
  /** Levels of quotes, lists, link brackets, emphasis and HTML elements. */
  nestingDepth: 100,
} as const

const origin = 'statement-packs:limits'

/** A container marker: a quote, or a list marker followed by a space or the line's end. */
const containerMarker = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/
const listItem = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/
const emphasisRun = /\*+|_+/g
const htmlTag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/**
 * Refuse a document past `inputLimits` before it is parsed: `file.fail` throws a fatal, positioned
 * message (`line-too-long`, `nesting-too-deep`) that costs this file only. Depth is measured the
 * way the parser will nest: quote and list markers at a line's start, list items indented under
 * the items above them, and link brackets and HTML elements left open within a block.
 */
export function checkInputLimits(document: string, file: VFile): void {
  /** Indents of the list items open above the current line. */
  const openItems: number[] = []
  let openBrackets = 0
  let openElements = 0
  document.split('\n').forEach((line, index) => {
    const place = {line: index + 1, column: 1}
    if (line.length > inputLimits.lineLength) {
      file.fail(`A line of ${line.length} characters, more than the ${inputLimits.lineLength} a line may hold`, {place, ruleId: 'line-too-long', source: origin})
    }
    if (!line.trim()) {
      openBrackets = 0
      openElements = 0
      return
    }
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0
    const isItem = listItem.test(line)
    if (isItem) {
      while (openItems.length > 0 && (openItems.at(-1) as number) >= indent) openItems.pop()
    } else if (indent === 0) {
      openItems.length = 0
    }
    const containers = openItems.length + leadingContainers(line)
    if (isItem) openItems.push(indent)
    const brackets = bracketDepth(line, openBrackets)
    const elements = elementDepth(line, openElements)
    openBrackets = brackets.open
    openElements = elements.open
    if (Math.max(containers, brackets.deepest, elements.deepest, emphasisDepth(line)) > inputLimits.nestingDepth) {
      file.fail(`Quotes, lists, brackets, emphasis or HTML elements nested more than ${inputLimits.nestingDepth} levels deep`, {
        place,
        ruleId: 'nesting-too-deep',
        source: origin,
      })
    }
  })
}

function leadingContainers(line: string): number {
  let count = 0
  let rest = line
  for (let marker = containerMarker.exec(rest); marker; marker = containerMarker.exec(rest)) {
    count++
    rest = rest.slice(marker[0].length)
  }
  return count
}

/** Link and image brackets still open after the line, and the most open at once. */
function bracketDepth(line: string, open: number): {open: number; deepest: number} {
  let deepest = open
  for (const character of line) {
    if (character === '[') deepest = Math.max(deepest, ++open)
    else if (character === ']') open = Math.max(0, open - 1)
  }
  return {open, deepest}
}

function elementDepth(line: string, open: number): {open: number; deepest: number} {
  let deepest = open
  for (const [, closing, name, selfClosing] of line.matchAll(htmlTag)) {
    if (closing) open = Math.max(0, open - 1)
    else if (!selfClosing && !voidElements.has((name as string).toLowerCase())) deepest = Math.max(deepest, ++open)
  }
  return {open, deepest}
}

/** Each pair of delimiters in a run can open one more emphasis inside the last ("***" is two). */
function emphasisDepth(line: string): number {
  let longest = 0
  for (const [run] of line.matchAll(emphasisRun)) longest = Math.max(longest, run.length)
  // A line of asterisks alone is a rule, and a long blank to fill in (`______`) opens nothing.
  return line.trim().length === longest ? 0 : Math.floor(longest / 2)
}
