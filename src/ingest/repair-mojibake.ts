import {decodeSequence} from './utf8.ts'
import {encodeWindows1252, windows1252Char} from './windows-1252.ts'

/** A line whose mojibake was repaired. */
export interface MojibakeRepair {
  /** 1-based place of the first repaired sequence. */
  line: number
  column: number
  /** The first garbled sequence as found ("â€™") and the character it stood for ("’"). */
  garbled: string
  repaired: string
  /** How many garbled sequences the line had. */
  count: number
}

export interface RepairedText {
  text: string
  repairs: MojibakeRepair[]
}

interface Sequence {
  index: number
  garbled: string
  repaired: string
  /** Reads as well as a word-final accented letter and punctuation ("CAFÉ”", "été…»"), glued to a letter before it. */
  ambiguous: boolean
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Windows-1252 characters of the bytes 0x80–0xBF, which continue a UTF-8 sequence. */
const CONTINUATION = `[${Array.from({length: 0x40}, (_, offset) => unicodeEscape(windows1252Char(0x80 + offset))).join('')}]`

/** A UTF-8 lead byte followed by its continuation bytes, each read as its Windows-1252 character. */
const GARBLED_SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  'g',
)

/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no Windows-1252 character and come through as C1 controls. */
const C1_CONTROL = /[\u0080-\u009f]/
const MAX_PASSES = 3
const C1_CONTROLS = /[\u0080-\u009f]/g

/** Punctuation and signs that can follow a word-final accented letter in correct text ("CAFÉ”", "été…", "NESCAFÉ®"). */
const WORD_END = new Set([...'’”»…–—•·™®©°²³¹', '\u00a0'])

/**
 * Repair UTF-8 text that was once decoded as Windows-1252 and saved again as UTF-8
 * ("dâ€™Ivoire" → "d’Ivoire", "CÃ´te" → "Côte"). Line by line, so a file that mixes
 * correct and garbled lines keeps its correct ones: a line is re-encoded to its
 * Windows-1252 bytes and decoded as strict UTF-8; when that fails because the line also
 * holds correct characters, each garbled sequence is repaired on its own. A line is only
 * touched when it holds an unmistakable garbled sequence and the repair leaves fewer.
 * Expects LF line endings.
 */
export function repairMojibake(text: string): RepairedText {
  const repairs: MojibakeRepair[] = []
  const lines = text.split('\n').map((line, lineIndex) => {
    const repaired = repairLine(line)
    if (!repaired) return line
    const [first] = repaired.sequences
    if (first) repairs.push({line: lineIndex + 1, column: first.index + 1, garbled: first.garbled, repaired: first.repaired, count: repaired.sequences.length})
    // Text garbled twice ("Ã¢â‚¬â„¢" for ’) comes back in a second pass, a third at most.
    let text = repaired.text
    for (let pass = 2; pass <= MAX_PASSES; pass++) {
      const again = repairLine(text)
      if (!again) break
      text = again.text
    }
    return text
  })
  return {text: repairs.length > 0 ? lines.join('\n') : text, repairs}
}

function repairLine(line: string): {text: string; sequences: Sequence[]} | null {
  if (!/[^\x00-\x7f]/.test(line)) return null
  const sequences = garbledSequences(line)
  const unmistakable = sequences.filter((sequence) => !sequence.ambiguous)
  if (sequences.length === 0 || (unmistakable.length === 0 && !C1_CONTROL.test(line))) return null
  const before = markerCount(line, sequences)

  const bytes = encodeWindows1252(line)
  const whole = bytes ? decodeStrictly(bytes) : null
  if (whole !== null && markerCount(whole, garbledSequences(whole)) < before) return {text: whole, sequences}

  let repaired = ''
  let end = 0
  for (const sequence of unmistakable) {
    repaired += line.slice(end, sequence.index) + sequence.repaired
    end = sequence.index + sequence.garbled.length
  }
  repaired += line.slice(end)
  return markerCount(repaired, garbledSequences(repaired)) < before ? {text: repaired, sequences: unmistakable} : null
}

/** Every garbled-looking sequence that decodes to one valid UTF-8 character. */
function garbledSequences(line: string): Sequence[] {
  const sequences: Sequence[] = []
  for (const match of line.matchAll(GARBLED_SEQUENCE)) {
    const repaired = decodeSequence(encodeWindows1252(match[0]) as Uint8Array)
    if (repaired === null) continue
    const previous = sequences.at(-1)
    const joinsPrevious = previous !== undefined && previous.index + previous.garbled.length === match.index
    // A run of garbled sequences is no word ending: neither is ambiguous.
    if (joinsPrevious) previous.ambiguous = false
    const afterLetter = !joinsPrevious && /\p{L}/u.test(line.charAt(match.index - 1))
    sequences.push({index: match.index, garbled: match[0], repaired, ambiguous: afterLetter && isWordEnding(match[0])})
  }
  return sequences
}

/** An accented capital or small letter followed by what may end a word; Â and Ã almost only occur garbled. */
function isWordEnding(garbled: string): boolean {
  if (garbled.startsWith('\u00c2') || garbled.startsWith('\u00c3')) return false
  return [...garbled.slice(1)].every((char) => WORD_END.has(char))
}

function markerCount(line: string, sequences: Sequence[]): number {
  return sequences.length + (line.match(C1_CONTROLS)?.length ?? 0)
}

function decodeStrictly(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return null
  }
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}
