interface Candidate {
  encoding: string
  /** The letters text in this encoding is written in. */
  letters: RegExp
  /** Cyrillic and Greek text is mostly small letters: tells windows-1251 from KOI8-R, which swaps the cases. */
  bicameral?: boolean
  /** Japanese always has kana, which tells it from Chinese read as Japanese. */
  alwaysHas?: RegExp
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u

const CANDIDATES: readonly Candidate[] = [
  {encoding: 'windows-1251', letters: /\p{Script=Cyrillic}/u, bicameral: true},
  {encoding: 'koi8-r', letters: /\p{Script=Cyrillic}/u, bicameral: true},
  {encoding: 'windows-1253', letters: /\p{Script=Greek}/u, bicameral: true},
  {encoding: 'windows-1256', letters: /\p{Script=Arabic}/u},
  {encoding: 'windows-1255', letters: /\p{Script=Hebrew}/u},
  {encoding: 'gbk', letters: /\p{Script=Han}/u},
  {encoding: 'big5', letters: /\p{Script=Han}/u},
  {encoding: 'shift_jis', letters: /[\p{Script=Han}\p{Script=Hiragana}\u30a0-\u30ff]/u, alwaysHas: KANA},
  {encoding: 'euc-jp', letters: /[\p{Script=Han}\p{Script=Hiragana}\u30a0-\u30ff]/u, alwaysHas: KANA},
  {encoding: 'euc-kr', letters: /\p{Script=Hangul}/u},
]

const SAMPLE_BYTES = 64 * 1024

/** Share of non-ASCII characters that must be the candidate's letters or punctuation. */
const MIN_SCRIPT_SHARE = 0.9

/**
 * Encodings that read these bytes as clean text in the one script each is made for,
 * to suggest for --encoding. Never decides: several may fit (GBK and Big5 overlap).
 */
export function suggestEncodings(bytes: Uint8Array): string[] {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  return CANDIDATES.filter((candidate) => {
    const text = decodeCleanly(candidate.encoding, sample)
    return text !== null && readsAsScript(text, candidate)
  }).map(({encoding}) => encoding)
}

function decodeCleanly(encoding: string, sample: Uint8Array): string | null {
  try {
    // `stream` keeps a character cut at the end of the sample from counting as an error.
    return new TextDecoder(encoding, {fatal: true}).decode(sample, {stream: true})
  } catch {
    return null
  }
}

function readsAsScript(text: string, candidate: Candidate): boolean {
  let nonAscii = 0
  let fitting = 0
  let letters = 0
  let small = 0
  for (const char of text) {
    if (char <= '\u007f' || /\s/u.test(char)) continue
    nonAscii++
    if (candidate.letters.test(char)) {
      fitting++
      letters++
      if (char !== char.toUpperCase()) small++
    } else if (/[\p{P}\p{N}]/u.test(char)) {
      fitting++
    }
  }
  if (letters === 0 || fitting / nonAscii < MIN_SCRIPT_SHARE) return false
  if (candidate.alwaysHas && !candidate.alwaysHas.test(text)) return false
  return !candidate.bicameral || small / letters > 0.5
}
