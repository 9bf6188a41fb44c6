interface Candidate {
  encoding: string
  /** The letters text in this encoding is written in. */
  letters: RegExp
  /** The most frequent letters of the languages written in it: the right reading of a text is full of them, a wrong one is not. */
  frequent: string
  /** Cyrillic and Greek text is mostly small letters: tells windows-1251 from KOI8-R, which swaps the cases. */
  bicameral?: boolean
}

const CYRILLIC = {letters: /\p{Script=Cyrillic}/u, frequent: 'оеаинтсрвлкмдпуяы', bicameral: true}
const HAN = {letters: /\p{Script=Han}/u, frequent: '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经会议委员'}
const JAPANESE = {letters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, frequent: 'のにはをたがでてとしれさいるかなっすもまうこあり国日本人年会議'}

const CANDIDATES: readonly Candidate[] = [
  {encoding: 'windows-1251', ...CYRILLIC},
  {encoding: 'koi8-r', ...CYRILLIC},
  {encoding: 'windows-1253', letters: /\p{Script=Greek}/u, frequent: 'αοιετσνηυρπκμλάέίό', bicameral: true},
  {encoding: 'windows-1256', letters: /\p{Script=Arabic}/u, frequent: 'اليمونرتبعهةدفك'},
  {encoding: 'windows-1255', letters: /\p{Script=Hebrew}/u, frequent: 'יוהלארתבמשנעםכ'},
  {encoding: 'gbk', ...HAN},
  {encoding: 'big5', letters: HAN.letters, frequent: '的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經會議委員'},
  {encoding: 'shift_jis', ...JAPANESE},
  {encoding: 'euc-jp', ...JAPANESE},
  {encoding: 'euc-kr', letters: /\p{Script=Hangul}/u, frequent: '이의다에는을를가하고지한기로서도리사자대일그수어국회'},
]

const SAMPLE_BYTES = 64 * 1024

/** Share of non-ASCII characters that must be the candidate's letters, punctuation or digits. */
const MIN_SCRIPT_SHARE = 0.9

/** Share of letters that must be among the frequent ones. */
const MIN_FREQUENT_SHARE = 0.2

/** Readings much less plausible than the best one are not worth suggesting (Greek read as Cyrillic still looks like letters). */
const CLOSE_TO_BEST = 0.75

/**
 * Encodings that read these bytes as plausible text in the script each is made for,
 * best first, to suggest for --encoding. Never decides: it only advises.
 */
export function suggestEncodings(bytes: Uint8Array): string[] {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const fits: {encoding: string; score: number}[] = []
  for (const candidate of CANDIDATES) {
    const text = decodeCleanly(candidate.encoding, sample)
    const score = text === null ? 0 : plausibility(text, candidate)
    if (score >= MIN_FREQUENT_SHARE) fits.push({encoding: candidate.encoding, score})
  }
  const best = Math.max(0, ...fits.map(({score}) => score))
  return fits
    .filter(({score}) => score >= best * CLOSE_TO_BEST)
    .sort((a, b) => b.score - a.score)
    .map(({encoding}) => encoding)
}

function decodeCleanly(encoding: string, sample: Uint8Array): string | null {
  try {
    // `stream` keeps a character cut at the end of the sample from counting as an error.
    return new TextDecoder(encoding, {fatal: true}).decode(sample, {stream: true})
  } catch {
    return null
  }
}

/** Share of the letters that are frequent ones; 0 when the text is not in the candidate's script. */
function plausibility(text: string, candidate: Candidate): number {
  let nonAscii = 0
  let fitting = 0
  let letters = 0
  let small = 0
  let frequent = 0
  for (const char of text) {
    if (char <= '\u007f' || /\s/u.test(char)) continue
    nonAscii++
    if (candidate.letters.test(char)) {
      fitting++
      letters++
      const lower = char.toLowerCase()
      if (lower === char && char !== char.toUpperCase()) small++
      if (candidate.frequent.includes(lower)) frequent++
    } else if (/[\p{P}\p{N}]/u.test(char)) {
      fitting++
    }
  }
  if (letters === 0 || fitting / nonAscii < MIN_SCRIPT_SHARE) return 0
  if (candidate.bicameral && small / letters <= 0.5) return 0
  return frequent / letters
}
