import type {PhrasingContent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {mergeTexts} from './shared/lines.ts'
import {reportChange} from './shared/report.ts'

/** Runs of ordinary spaces or tabs inside a line; no-break spaces (U+00A0, U+202F) are typography and stay. */
const lineEdgeSpace = /[ \t]*\n[ \t]*/g
const strayRun = /(?<=\S)[ \t]{2,}(?=\S)|\t/g

/** Collapses stray double spaces and tabs inside lines to one space, and spaces around line ends. */
export function collapseSpaces() {
  return function transform(tree: Root, file: VFile) {
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return
      // Formatting emptied by the character plugins ("*\u00AD*") would keep its spaces apart.
      node.children = mergeTexts(node.children.filter((child) => !isEmptyFormatting(child)))
      for (const child of node.children) if (child.type === 'text') child.value = child.value.replace(lineEdgeSpace, '\n')
    })
    visit(tree, 'text', (node) => {
      const matches = [...node.value.matchAll(strayRun)]
      if (matches.length === 0) return
      const start = node.position?.start
      for (const match of matches) {
        const before = node.value.slice(0, match.index)
        const lineBreaks = before.split('\n').length - 1
        const place = start && {line: start.line + lineBreaks, column: lineBreaks === 0 ? start.column + match.index : match.index - before.lastIndexOf('\n')}
        reportChange(file, `Unexpected ${match[0] === '\t' ? 'tab' : `${match[0].length} spaces`}, expected one space`, place, 'collapse-spaces')
      }
      node.value = node.value.replace(strayRun, ' ')
    })
  }
}

function isEmptyFormatting(node: PhrasingContent): boolean {
  return (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') && toString(node) === ''
}
