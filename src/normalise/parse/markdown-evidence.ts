import type {SourceLine} from './source-lines.ts'

/**
 * Markdown block constructs a writer types on purpose. Raw text from Word, PDF or e-mail has
 * bullets, dashes and rules too, so those alone are no evidence: a source counts as Markdown when
 * it opens with YAML front matter, or uses two or more kinds of these constructs, one of them a
 * kind only Markdown writers type (headings, fences, tables, bold lines, quotes).
 */
const constructs: [name: string, pattern: RegExp, typedOnPurpose: boolean][] = [
  ['ATX heading', /^#{1,6}[ \t]+\S/, true],
  ['fenced code', /^(?:```|~~~)/, true],
  ['table', /^\|.*\|$/, true],
  ['bold line', /^\*\*[^*\s]/, true],
  ['block quote', /^>[ \t]*\S/, true],
  ['thematic break', /^(?:-[ \t]*){3,}$|^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$/, false],
  ['list', /^[-*+][ \t]+\S/, false],
]

export interface MarkdownEvidence {
  markdown: boolean
  /** What was found: "front matter", or the kinds of construct. */
  found: string[]
}

export function readMarkdownEvidence(lines: SourceLine[]): MarkdownEvidence {
  const firstLine = lines.find((line) => !line.blank)
  if (firstLine?.raw === '---' && lines.indexOf(firstLine) === 0 && lines.slice(1).some((line) => line.raw === '---' || line.raw === '...')) {
    return {markdown: true, found: ['front matter']}
  }
  const found = new Set<string>()
  let onPurpose = false
  for (const line of lines) {
    if (line.blank) continue
    for (const [name, pattern, typed] of constructs) {
      if (found.has(name) || !pattern.test(line.raw.trimStart())) continue
      found.add(name)
      onPurpose ||= typed
    }
  }
  // Rules and dashes alone are also how e-mail and PDF text separate notes and list points.
  return {markdown: found.size >= 2 && onPurpose, found: [...found]}
}
