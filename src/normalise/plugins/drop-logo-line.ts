import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {findEntities} from '../vocabulary/entities.ts'
import {dropLines, linePosition, splitLines} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

declare module 'vfile' {
  interface DataMap {
    /** The acronym of a logo line dropped from the top of the statement (e.g. "ICRC"). */
    logo: string
  }
}

/** An organisation's acronym alone on a line: "ICRC", "IFRC", "UNMAS", "ICBL-CMC". */
const acronym = /^[A-Z][A-Z0-9&]{1,9}(?:[-/][A-Z][A-Z0-9&]{1,9})?$/

/**
 * Drops a logo line: a lone acronym on the statement's first line, which is what a logo becomes
 * when a document is copied as text. The acronym stays in `file.data.logo` for the header reader.
 * Only an organisation's acronym counts (one the vocabulary knows, or one the statement spells
 * out as "(ACRONYM)"): an all-caps header word such as "STATEMENT" is not a logo.
 */
export function dropLogoLine() {
  return function transform(tree: Root, file: VFile) {
    const first = tree.children[0]
    if (first?.type !== 'paragraph') return
    const lines = splitLines(first, file)
    const line = lines[0]
    if (!line || line.nodes.length !== 1 || line.nodes[0]?.type !== 'text') return
    const text = line.text.trim()
    if (!acronym.test(text) || !isOrganisationAcronym(text, String(file.value))) return
    file.data.logo = text
    reportChange(file, `Unexpected logo line \`${text}\`, expected the header block`, linePosition(line), 'drop-logo', text)
    tree.children.splice(0, 1, ...dropLines(first, lines, (_line, index) => index === 0))
  }
}

function isOrganisationAcronym(text: string, document: string): boolean {
  const named = findEntities(text)
  if (named.length === 1 && named[0]?.kind === 'organisation' && named[0].start === 0 && named[0].end === text.length) return true
  return document.includes(`(${text})`)
}
