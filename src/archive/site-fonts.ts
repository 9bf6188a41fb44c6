import {readFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fontsDir} from '../render/fonts.ts'

/**
 * The bundled Noto fonts for the archive: fontsource's woff2 files, split by
 * unicode-range, copied into `assets/fonts/` and declared in `assets/fonts.css`.
 * A browser downloads only the ranges a page draws, so a site of 10,000 pages
 * carries each font file once instead of inlining glyphs into every page. Only
 * files covering characters the site uses are copied.
 */
const families = [
  {folder: 'noto-serif', css: ['400.css', '700.css', '400-italic.css', '700-italic.css']},
  {folder: 'noto-sans', css: ['400.css', '700.css']},
  {folder: 'noto-sans-arabic', css: ['400.css', '700.css']},
  {folder: 'noto-sans-sc', css: ['400.css', '700.css']},
]

interface FontFace {
  rule: string
  file: string
  ranges: Array<[number, number]>
}

let faces: FontFace[] | undefined

function bundledFaces(): FontFace[] {
  if (faces) return faces
  faces = []
  for (const family of families) {
    const root = join(fontsDir, family.folder)
    for (const css of family.css) {
      for (const block of readFileSync(join(root, css), 'utf8').match(/@font-face\s*{[^}]*}/g) ?? []) {
        const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(block)?.[1]
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]
        if (!file || !range) continue
        const rule = block
          .replace(/src:[^;]+;/, `src: url(fonts/${basename(file)}) format('woff2');`)
          .replace(/font-display:\s*\w+;/, 'font-display: swap;')
        faces.push({rule, file: join(root, file), ranges: parseRanges(range)})
      }
    }
  }
  return faces
}

function parseRanges(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = Number.parseInt(from ?? '0', 16)
    return [start, to ? Number.parseInt(to, 16) : start]
  })
}

/** Collects the characters a site prints, to pick the font files it needs. */
export class CharacterSet {
  private readonly codes = new Set<number>()
  add(text: string): void {
    for (const [char] of text.matchAll(/[^\x00-\x7e]/gu)) this.codes.add(char.codePointAt(0)!)
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

/** `assets/fonts.css` and the font files it names, for the characters in `used`. */
export function siteFonts(used: CharacterSet): {css: string; files: Array<{path: string; bytes: Buffer}>} {
  const chosen = bundledFaces().filter((face) => used.has(face.ranges))
  return {
    css: `${chosen.map((face) => face.rule).join('\n')}\n`,
    files: chosen.map((face) => ({path: `assets/fonts/${basename(face.file)}`, bytes: readFileSync(face.file)})),
  }
}
