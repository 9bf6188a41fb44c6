/** Han, kana and CJK punctuation: written without spaces between words. Hangul is not: Korean spaces its words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFF60]/u

/** The end of one piece of text and the start of the next are both CJK: no space goes between them. */
export function joinsWithoutSpace(before: string, after: string): boolean {
  const last = [...before.trimEnd()].at(-1)
  const first = [...after.trimStart()][0]
  return last !== undefined && first !== undefined && CJK.test(last) && CJK.test(first)
}
