export interface WrongCodePageEvidence {
  /** What gives it away, as found: "³" inside "Łódź", or a word like "Ïóòèí". */
  found: string
  offset: number
  /** What the evidence points to. */
  kind: 'sign-inside-word' | 'non-latin-word'
}

/** Windows-1252 signs where windows-1250 has letters (ł → ³, ą → ¹, ż → ¿, Ł → £): between two letters they betray the code page. */
const SIGN_FOR_A_LETTER = /[¹³¿£¥¯¼¾]/g

/** Three accented letters in a row: no Latin-script word has them, Cyrillic or Greek read as Windows-1252 is full of them ("Ïóòèí"). */
const NON_LATIN_WORD = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}/

const LETTER = /\p{L}/u

/** Evidence in text decoded as Windows-1252 that it was written in another code page, or null. */
export function detectWrongCodePage(text: string): WrongCodePageEvidence | null {
  const word = NON_LATIN_WORD.exec(text)
  if (word) return {found: word[0], offset: word.index, kind: 'non-latin-word'}
  for (const sign of text.matchAll(SIGN_FOR_A_LETTER)) {
    if (LETTER.test(text.charAt(sign.index - 1)) && LETTER.test(text.charAt(sign.index + 1))) {
      return {found: sign[0], offset: sign.index, kind: 'sign-inside-word'}
    }
  }
  return null
}
