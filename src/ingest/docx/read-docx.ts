import mammoth from 'mammoth'
import {InputError} from '../../errors.ts'
import type {NativeDocument} from '../native-document.ts'
import {writeBlocks} from '../write-blocks.ts'
import {listZipEntries, unpacksPast} from '../zip-entries.ts'
import {readPageFurniture} from './read-page-furniture.ts'
import {wordHtmlToBlocks} from './word-html-to-blocks.ts'

/** What a Word document may unpack to; a statement with its images is a few megabytes. */
export const MAX_UNPACKED_SIZE = 100 * 1024 ** 2

/** Word's built-in character styles for emphasis, which mammoth does not map by itself. */
const styleMap = ["r[style-name='Emphasis'] => em", "r[style-name='Strong'] => strong"]

/**
 * Read a Word document (.docx) as the statement's blocks: mammoth's HTML keeps the paragraphs,
 * lists, bold, italic and footnotes, which become Markdown with the paragraph each line comes
 * from. The page headers and footers (left out by mammoth) are reported as removed. Throws
 * InputError for an archive that would unpack past `MAX_UNPACKED_SIZE` (a zip bomb): by its
 * declared sizes before anything is inflated, then by its real ones (headers can lie) before
 * mammoth holds any of it; and for a document that cannot be read.
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<NativeDocument> {
  const entries = listZipEntries(bytes)
  if (!entries) throw new InputError(path, 'not a readable Word document (its ZIP archive is damaged)', 'docx-unreadable')
  const unpacked = entries.reduce((sum, entry) => sum + entry.declaredSize, 0)
  if (unpacked > MAX_UNPACKED_SIZE) {
    throw new InputError(path, `the Word document would unpack to ${Math.round(unpacked / 1024 ** 2)} MB, more than the ${MAX_UNPACKED_SIZE / 1024 ** 2} MB limit (a zip bomb?)`, 'archive-too-large')
  }
  if (inflatesPast(bytes, path)) {
    throw new InputError(path, `the Word document unpacks to more than the ${MAX_UNPACKED_SIZE / 1024 ** 2} MB limit, though its archive declares less (a zip bomb?)`, 'archive-too-large')
  }
  let html: string
  try {
    // Linked files outside the document are never read.
    html = (await mammoth.convertToHtml({buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)}, {styleMap, externalFileAccess: false})).value
  } catch (error) {
    throw new InputError(path, `not a readable Word document (${error instanceof Error ? error.message : String(error)})`, 'docx-unreadable', {cause: error})
  }
  const {blocks, originOf, removed} = wordHtmlToBlocks(html)
  const {markdown, origins} = writeBlocks(blocks, originOf)
  return {format: 'docx', markdown: markdown.normalize('NFC'), removed: [...readPageFurniture(bytes), ...removed], origins, clues: {}}
}

function inflatesPast(bytes: Uint8Array, path: string): boolean {
  try {
    return unpacksPast(bytes, MAX_UNPACKED_SIZE)
  } catch (error) {
    throw new InputError(path, `not a readable Word document (${error instanceof Error ? error.message : String(error)})`, 'docx-unreadable', {cause: error})
  }
}
