/** Han, kana and CJK punctuation: written without spaces between words. Hangul is not: Korean spaces its words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFF60]/u

/** The end of one piece of text and the start of the next are both CJK: no space goes between them. */
export function joinsWithoutSpace(before: string, after: string): boolean {
  const last = [...before.trimEnd()].at(-1)
  const first = [...after.trimStart()][0]
  return last !== undefined && first !== undefined && CJK.test(last) && CJK.test(first)
}

/** CJK meets other text (a number, a Latin word): word processors widen that gap by about a quarter em without a space. */
export function meetsCjk(before: string, after: string): boolean {
  const last = [...before.trimEnd()].at(-1)
  const first = [...after.trimStart()][0]
  return last !== undefined && first !== undefined && (CJK.test(last) || CJK.test(first))
}

/** Arabic presentation forms A and B: the shaped glyphs some PDFs give as text. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/g
export const ARABIC = /\p{Script=Arabic}/u

/** Arabic letters in their base form: presentation forms mapped back by NFKC, and nothing else touched. */
export function basicArabic(text: string): string {
  return text.replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
}

/**
 * The Arabic words of a page as its glyphs spell them. A page draws right-to-left text glyph by
 * glyph from left to right; pdfjs reverses such runs character by character, which also reverses
 * the two letters of a lam-alef ligature glyph ("لا" comes out "ال"). Reversing the glyphs
 * instead, each glyph's letters kept in order, spells each word right. Words are keyed by their
 * letters, whatever their order.
 */
export function arabicSpellings(glyphRuns: string[][]): Map<string, Set<string>> {
  const spellings = new Map<string, Set<string>>()
  for (const run of glyphRuns) {
    const words: string[][] = [[]]
    for (const glyph of run) {
      if (/^\s+$/.test(glyph)) words.push([])
      else words.at(-1)!.push(basicArabic(glyph))
    }
    for (const glyphs of words) {
      if (!glyphs.some((glyph) => ARABIC.test(glyph))) continue
      const word = glyphs.reverse().join('')
      spellings.set(letterKey(word), (spellings.get(letterKey(word)) ?? new Set()).add(word))
    }
  }
  return spellings
}

/** Each Arabic word of the text as the page's glyphs spell it, where they spell it one way only. */
export function respellArabic(text: string, spellings: Map<string, Set<string>>): string {
  return basicArabic(text).replace(/\S+/g, (word) => {
    if (!ARABIC.test(word)) return word
    const known = spellings.get(letterKey(word))
    return known?.size === 1 ? [...known][0]! : word
  })
}

function letterKey(word: string): string {
  return [...word].sort().join('')
}
