import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {cacheByKey} from '../cache-by-key.ts'

/**
 * The bundled fonts (fontsource's Noto faces, the weights and styles used, in fonts/) as @font-face rules with data: URLs, subset to the
 * characters a document uses. Nothing comes from the host: a glyph the bundle covers is always drawn
 * with the bundled font, and a document carries only the glyphs it prints (Chinese and Arabic
 * would otherwise make every file megabytes).
 */

/** fontsource's files of the faces the theme uses, as its packages have them: CSS per weight and style, files/, LICENSE. */
export const fontsDir = fileURLToPath(new URL('../../fonts/', import.meta.url))

interface BundledFamily {
  /** Its folder in fonts/: fontsource's package, with its `metadata.json` and `unicode.json`. */
  folder: string
  /** The weights and styles the theme uses, as fontsource names them in its files ("400-normal"). */
  faces: string[]
  /** Only load this family when the text has a character in one of these ranges. */
  needs?: Array<[number, number]>
}

const bundled: BundledFamily[] = [
  {folder: 'noto-serif', faces: ['400-normal', '700-normal', '400-italic', '700-italic']},
  {folder: 'noto-sans', faces: ['400-normal', '700-normal']},
  {folder: 'noto-sans-arabic', faces: ['400-normal', '700-normal'], needs: [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]]},
  {folder: 'noto-sans-sc', faces: ['400-normal', '700-normal'], needs: [[0x2e80, 0x9fff], [0xf900, 0xfaff], [0xff00, 0xffef]]},
]

/** One bundled font file: a family's weight and style over one of fontsource's unicode subsets. */
export interface BundledFace {
  family: string
  style: string
  weight: string
  /** fontsource's `.woff` file (static, zlib: quick to read back for subsetting PDFs and HTML files). */
  woff: string
  /** fontsource's `.woff2` file (served by the archive). */
  woff2: string
  ranges: Array<[number, number]>
  /** Only wanted when the text has a character in one of these ranges. */
  needs?: Array<[number, number]>
}

function parseRanges(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = Number.parseInt(from ?? '0', 16)
    return [start, to ? Number.parseInt(to, 16) : start]
  })
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T

let faces: BundledFace[] | undefined
/** The bundled faces, read from fontsource's own metadata (family name, unicode subsets) and file naming. */
export function bundledFaces(): BundledFace[] {
  if (faces) return faces
  faces = []
  for (const family of bundled) {
    const root = join(fontsDir, family.folder)
    const metadata = readJson<{id: string; family: string}>(join(root, 'metadata.json'))
    const subsets = readJson<Record<string, string>>(join(root, 'unicode.json'))
    for (const face of family.faces) {
      const [weight, style] = face.split('-') as [string, string]
      for (const [subset, ranges] of Object.entries(subsets)) {
        const file = join(root, 'files', `${metadata.id}-${subset.replace(/^\[(\d+)\]$/, '$1')}-${face}`)
        if (!existsSync(`${file}.woff`)) continue
        faces.push({family: metadata.family, style, weight, woff: `${file}.woff`, woff2: `${file}.woff2`, ranges: parseRanges(ranges), ...(family.needs ? {needs: family.needs} : {})})
      }
    }
  }
  return faces
}

const inRanges = (code: number, ranges: Array<[number, number]>) => ranges.some(([from, to]) => code >= from && code <= to)

const readFont = cacheByKey((file) => readFileSync(file))

/** Characters every document may print beyond its text: page numbers and the punctuation of labels. */
const alwaysIncluded = '0123456789 .,:;–—-()/'

/**
 * `file`: for HTML files people keep, each face subset to the characters of the document (woff:
 * zlib-compressed and quick to write; woff2's brotli costs 6× the time for a few KB).
 * `print`: for HTML handed straight to the browser, which embeds only the glyphs it draws anyway:
 * the bundled files of the unicode ranges the text touches, whole, so nothing is subset twice.
 * (fontsource's woff2 files of Noto Sans SC are variable fonts; its woff files are the static faces.)
 */
export type FontUse = 'file' | 'print'

const wholeFileBase64 = cacheByKey((file) => readFont(file).toString('base64'))

/** A CSS unicode-range value. */
export const unicodeRange = (ranges: Array<[number, number]>) => ranges.map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`)).join(',')

/**
 * The code points a text may be drawn with, in order: its characters and the page's labels, each in
 * both cases (CSS may change case with text-transform).
 */
function drawnCharacters(text: string): number[] {
  const distinct = new Set<string>()
  // A loop rather than spreading the text: a pack's text is megabytes, its distinct characters a few hundred.
  for (const part of [text, alwaysIncluded]) for (const char of part) distinct.add(char)
  const codes = new Set<number>()
  for (const char of distinct) {
    // Cased one character at a time; the one mapping that depends on the next letter, a capital
    // sigma ending a word ("ς" in lower case), is added with the letter.
    for (const form of [char, char.toUpperCase(), char.toLowerCase(), char === 'Σ' ? 'ς' : '']) for (const part of form) codes.add(part.codePointAt(0)!)
  }
  return [...codes].sort((a, b) => a - b)
}

/**
 * @font-face rules for the bundled faces the text needs. Same text in, same CSS out.
 */
export async function fontFacesFor(text: string, use: FontUse = 'file'): Promise<string> {
  const codes = drawnCharacters(text)
  const rules: string[] = []
  for (const face of bundledFaces()) {
    if (face.needs && !codes.some((code) => inRanges(code, face.needs!))) continue
    const covered = codes.filter((code) => inRanges(code, face.ranges))
    if (covered.length === 0) continue
    const head = `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${face.weight};font-display:block;`
    if (use === 'print') {
      rules.push(`${head}src:url(data:font/woff;base64,${wholeFileBase64(face.woff)}) format("woff");unicode-range:${unicodeRange(face.ranges)}}`)
      continue
    }
    // Loaded here, not with this module: the archive reads the faces and never subsets (its WebAssembly takes a while to load).
    const {default: subsetFont} = await import('subset-font')
    const data = (await subsetFont(readFont(face.woff), String.fromCodePoint(...covered), {targetFormat: 'woff'})).toString('base64')
    rules.push(`${head}src:url(data:font/woff;base64,${data}) format("woff");unicode-range:${unicodeRange(covered.map((code) => [code, code]))}}`)
  }
  return rules.join('\n')
}

/** The text a browser may draw for an HTML document: its text nodes and attribute-free markup removed. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'})[name] ?? '')
}
