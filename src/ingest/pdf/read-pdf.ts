import {InputError} from '../../errors.ts'
import type {HeaderClues, NativeDocument} from '../native-document.ts'
import {blocksToMdast} from './blocks-to-mdast.ts'
import {buildBlocks} from './build-blocks.ts'
import {findFootnotes} from './find-footnotes.ts'
import {findFurniture} from './find-furniture.ts'
import {groupLines} from './group-lines.ts'
import {measureLayout} from './measure-layout.ts'
import {openPdf, unreadablePdf} from './open-pdf.ts'
import {readPageItems} from './read-page-items.ts'
import {writeMarkdown} from './write-markdown.ts'

/**
 * Read a PDF's text layer as the statement's blocks: running heads, feet and page numbers taken
 * out and reported, footnotes tied to their markers, paragraphs and lists from the layout, bold
 * and italic from the fonts. Throws InputError for a PDF without text (a scanned image), one that
 * needs a password, or one that cannot be parsed.
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<NativeDocument> {
  const document = await openPdf(bytes, path)
  try {
    const pages = await readPageItems(document).catch((error: unknown) => {
      throw unreadablePdf(path, error)
    })
    const linesByPage = pages.map((page) => ({page: page.number, height: page.height, lines: groupLines(page)}))
    const {pages: withoutFurniture, removed} = findFurniture(linesByPage, measureLayout(linesByPage.flatMap(({lines}) => lines)).bodySize)
    // A scan may still carry a stamped page number: without body text, it is a scan all the same.
    if (withoutFurniture.every(({lines}) => lines.length === 0)) {
      throw new InputError(path, 'no text layer: this PDF is a scanned image; run OCR first', 'pdf-no-text-layer')
    }
    const layout = measureLayout(withoutFurniture.flatMap(({lines}) => lines))
    const {pages: withoutNotes, notes} = findFootnotes(withoutFurniture, layout.bodySize)
    const blocks = buildBlocks(withoutNotes.flatMap(({lines}) => lines), layout)
    const {markdown, origins} = writeMarkdown(blocksToMdast(blocks, notes))
    return {format: 'pdf', markdown, removed, origins, clues: await headerClues(document).catch(() => ({}))}
  } finally {
    await document.destroy()
  }
}

async function headerClues(document: Awaited<ReturnType<typeof openPdf>>): Promise<HeaderClues> {
  const {info} = (await document.getMetadata()) as {info: {Title?: unknown; Language?: unknown}}
  const clues: HeaderClues = {}
  if (typeof info.Title === 'string' && info.Title.trim()) clues.title = info.Title.trim()
  if (typeof info.Language === 'string' && info.Language.trim()) clues.lang = info.Language.trim()
  return clues
}
