import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Where things are on the printed pages, read back with pdfjs-dist: what a right-to-left page
 * needs checking by position, because its text cannot be compared as text. Chromium draws Arabic
 * with the glyphs of Noto Sans Arabic, whose dots are separate glyphs; the letters' real text is in
 * `/ActualText` spans and `/ReversedChars` runs that pdfjs does not read, so pdfjs gives the letters
 * in drawing order (left to right), in their presentation forms, some without their dots.
 */

export interface PlacedText {
  str: string
  /** Left and right edge, in points from the page's left edge. */
  left: number
  right: number
  /** Baseline, in points from the page's bottom edge. */
  y: number
  dir: string
}

export interface PageLayout {
  width: number
  height: number
  /** Text in the top margin (the running head), left to right. */
  head: PlacedText[]
  /** Text in the bottom margin ("Page X of Y"), left to right. */
  foot: PlacedText[]
  /** Text between the margins, in content order. */
  body: PlacedText[]
  /** The text of each H1 of the tag tree on this page (a statement's title, the cover's, the contents'). */
  h1: string[]
}

/** The page margins of templates/styles/print.css: 22 mm at the top, 20 mm at the bottom. */
const mm = 72 / 25.4
const topMargin = 22 * mm
const bottomMargin = 20 * mm

export async function pageLayouts(bytes: Uint8Array): Promise<PageLayout[]> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0}).promise
  try {
    const pages: PageLayout[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const {width, height} = page.getViewport({scale: 1})
      // Marked-content id → the nearest structure role above it that is not NonStruct.
      const roles = new Map<string, string>()
      type Node = {role?: string; type?: string; id?: string; children?: Node[]}
      const walk = (node: Node, role: string | null) => {
        for (const child of node.children ?? []) {
          if (child.type === 'content' && child.id && role) roles.set(child.id, role)
          else walk(child, child.role && child.role !== 'NonStruct' ? child.role : role)
        }
      }
      walk(((await page.getStructTree()) ?? {}) as Node, null)
      const content = await page.getTextContent({includeMarkedContent: true})
      const layout: PageLayout = {width, height, head: [], foot: [], body: [], h1: []}
      // Marked content nests (ReversedChars and Span inside a tagged paragraph): the innermost id counts.
      const open: Array<string | null> = []
      let h1: string | null = null
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item.id ?? null)
          else if (item.type === 'endMarkedContent') open.pop()
          const id = open.findLast((entry) => entry !== null)
          const inH1 = id !== undefined && roles.get(id) === 'H1'
          if (inH1 && h1 === null) h1 = ''
          if (!inH1 && h1 !== null) {
            layout.h1.push(h1)
            h1 = null
          }
          continue
        }
        if (!item.str) continue
        const [, , , , x, y] = item.transform as number[]
        const placed = {str: item.str, left: x!, right: x! + item.width, y: y!, dir: item.dir}
        if (h1 !== null) h1 += item.str
        if (y! > height - topMargin) layout.head.push(placed)
        else if (y! < bottomMargin) layout.foot.push(placed)
        else layout.body.push(placed)
      }
      if (h1 !== null) layout.h1.push(h1)
      layout.head.sort((a, b) => a.left - b.left)
      layout.foot.sort((a, b) => a.left - b.left)
      pages.push(layout)
    }
    return pages
  } finally {
    await document.destroy()
  }
}

/** The text of a run of placed text, left to right. */
export const textOf = (items: readonly PlacedText[]) => items.map((item) => item.str).join('')

/**
 * Middle of a run of placed text, from its letters, figures and punctuation: pdfjs places spaces,
 * dots and vowel marks loosely (a mark of the last line of text can land in the bottom margin).
 */
export function centreOf(items: readonly PlacedText[]): number {
  const visible = items.filter((item) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(item.str))
  return (Math.min(...visible.map((item) => item.left)) + Math.max(...visible.map((item) => item.right))) / 2
}

/**
 * Right-to-left text as pdfjs gives it (drawing order, presentation forms) back in reading order
 * and in ordinary letters, with no spaces: "ﻪﺣاﻮﻟا" → "الواحه". Letters whose dots are separate
 * glyphs may be missing or dotless, and ta marbuta reads as heh: compare with words whose letters
 * have no dots.
 */
export const readRightToLeft = (text: string) => [...text.normalize('NFKC').replace(/[\s\p{M}\p{C}]+/gu, '')].reverse().join('')

export const arabicLetters = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]{3,}/

/**
 * The page numbers the contents prints, top to bottom: the figures at the end edge of the
 * contents pages (the right in a left-to-right pack, the left in a right-to-left one).
 */
export function contentsNumbers(layouts: PageLayout[], contentsPages: number[], dir: 'ltr' | 'rtl'): number[] {
  const margin = 20 * (72 / 25.4)
  return contentsPages.flatMap((page) => {
    const layout = layouts[page - 1]!
    return layout.body
      .filter((item) => /^\d+$/.test(item.str.trim()) && (dir === 'ltr' ? item.right > layout.width - margin - 12 : item.left < margin + 12))
      .sort((a, b) => b.y - a.y)
      .map((item) => Number(item.str))
  })
}
