import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {bundledFaces, unicodeRange, type BundledFace} from '../render/fonts.ts'

/** Collects the characters a site prints, to pick the font files it needs. */
export class CharacterSet {
  private readonly codes = new Set<number>()
  add(text: string): void {
    for (const [char] of text.matchAll(/[^\x00-\x7e]/gu)) this.codes.add(char.codePointAt(0)!)
  }
  /** The characters collected, in code point order: what a statement's record keeps of its page. */
  toString(): string {
    return String.fromCodePoint(...[...this.codes].sort((a, b) => a - b))
  }
  has(ranges: Array<[number, number]>): boolean {
    for (const [from, to] of ranges) {
      // Every page prints ASCII: a range covering it is always needed.
      if (from <= 0x7e && to >= 0x20) return true
      for (const code of this.codes) if (code >= from && code <= to) return true
    }
    return false
  }
}

/**
 * The bundled Noto fonts for the archive: fontsource's woff2 files, split by
 * unicode-range, copied into `assets/fonts/` and declared in `assets/fonts.css`.
 * A browser downloads only the ranges a page draws, so a site of 10,000 pages
 * carries each font file once instead of inlining glyphs into every page. Only
 * files covering characters the site uses are copied.
 * Returns `assets/fonts.css` and the font files it names, for the characters in `used`.
 */
export function siteFonts(used: CharacterSet): {css: string; files: Array<{path: string; bytes: Buffer}>} {
  const chosen = bundledFaces().filter((face) => used.has(face.ranges))
  return {
    css: `${chosen.map(fontFaceRule).join('\n')}\n`,
    files: chosen.map((face) => ({path: `assets/fonts/${basename(face.woff2)}`, bytes: readFileSync(face.woff2)})),
  }
}

function fontFaceRule(face: BundledFace): string {
  return `@font-face {\n  font-family: '${face.family}';\n  font-style: ${face.style};\n  font-display: swap;\n  font-weight: ${face.weight};\n  src: url(fonts/${basename(face.woff2)}) format('woff2');\n  unicode-range: ${unicodeRange(face.ranges)};\n}`
}
