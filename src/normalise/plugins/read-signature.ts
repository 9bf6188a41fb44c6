import type {Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {readSignature} from '../metadata/read-author.ts'
import {restoreNameCase} from '../metadata/name-case.ts'

/** A signature is a name and its function under the last words: the last few blocks hold it. */
const signatureBlocks = 3

/** A block's text with its line breaks: a signature's name and function are separate lines. */
function linesOf(node: RootContent): string {
  if (node.type === 'break') return '\n'
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map((child) => linesOf(child as RootContent)).join('') : toString(node, {includeHtml: false})
}

/**
 * A name signed at the end of the statement stays in the body, as its last paragraph, and gives
 * the speaker when the header names no one.
 */
export function readSignatureSpeaker() {
  return function transform(tree: Root, file: VFile) {
    const header = file.data.headerMeta ?? {}
    if (header.speaker) return
    const last = tree.children.filter((node) => node.type !== 'footnoteDefinition').slice(-signatureBlocks)
    const speaker = readSignature(last.map(linesOf))
    if (speaker) file.data.headerMeta = {...header, speaker: restoreNameCase(speaker)}
  }
}
