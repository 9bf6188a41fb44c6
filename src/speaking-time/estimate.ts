import type {Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import {cacheByKey} from '../cache-by-key.ts'

/** Languages whose rate counts characters: their text is not written in words separated by spaces. */
const characterLanguages = new Set(['zh'])

/**
 * Delivery rates a statement can be interpreted at, per language: words per minute, characters per
 * minute for Chinese. See the README's "Speaking time" for their source; the config overrides them.
 */
export const defaultRates: Readonly<Record<string, number>> = {en: 120, fr: 120, es: 120, ru: 100, ar: 100, zh: 160}

/** The rate of a language without one of its own. */
export const fallbackRate = 120

export interface SpeakingTime {
  seconds: number
  /** Spoken words; absent for Chinese, which counts `characters`. */
  words?: number
  /** Spoken characters (letters and digits), for Chinese. */
  characters?: number
  /** Words (or characters) per minute the estimate assumes. */
  rate: number
  /** The meeting's limit for this statement, in seconds; null without one. */
  limitSeconds: number | null
}

/** Not read aloud: headings, footnotes (definitions and their reference marks), raw HTML, code. */
const unspoken = new Set<Nodes['type']>(['heading', 'footnoteDefinition', 'footnoteReference', 'definition', 'html', 'code', 'yaml'])

/** The text a speaker reads out, one string per paragraph or table cell. */
export function spokenText(tree: Root): string[] {
  const blocks: string[] = []
  visit(tree, (node) => {
    if (unspoken.has(node.type)) return SKIP
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return undefined
    blocks.push(toString(node, {includeHtml: false, includeImageAlt: false}))
    return SKIP
  })
  return blocks
}

/**
 * A token (text between spaces, tabs and newlines) that Intl.Segmenter reads as exactly one word:
 * letters and digits of scripts it joins letter by letter, between punctuation that never joins a
 * word. Counted without the segmenter, which is slow (it costs more per segment the longer its text).
 */
const wrappedWord = /^[(["'«“‘¿¡]*([\p{L}\p{Nd}]+)[)\]"'»”’.,;:!?]*$/u
const joinedLetterByLetter = /^[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Arabic}0-9]+$/u

/** Whether Intl.Segmenter would count `token` as one word, decided without it. */
export function isPlainWord(token: string): boolean {
  const core = wrappedWord.exec(token)?.[1]
  return core !== undefined && joinedLetterByLetter.test(core)
}

/** The segmenter's words between spaces: UAX #29 always breaks there, so tokens can be counted apart. */
const tokenSeparator = /[ \t\n]+/
/** The other tokens go to the segmenter joined by spaces, in pieces of about this many characters. */
const pieceLength = 500

const segmenter = cacheByKey((language) => new Intl.Segmenter(language, {granularity: 'word'}))

function countWords(blocks: string[], language: string): number {
  let words = 0
  const others: string[] = []
  for (const block of blocks) {
    for (const token of block.split(tokenSeparator)) {
      if (isPlainWord(token)) words++
      else if (token) others.push(token)
    }
  }
  for (const piece of piecesOf(others)) for (const segment of segmenter(language).segment(piece)) if (segment.isWordLike) words++
  return words
}

function* piecesOf(tokens: string[]): Generator<string> {
  let piece: string[] = []
  let length = 0
  for (const token of tokens) {
    piece.push(token)
    length += token.length + 1
    if (length < pieceLength) continue
    yield piece.join(' ')
    piece = []
    length = 0
  }
  if (piece.length) yield piece.join(' ')
}

function countCharacters(blocks: string[]): number {
  let characters = 0
  for (const block of blocks) characters += block.match(/[\p{L}\p{N}]/gu)?.length ?? 0
  return characters
}

/** How much there is to read out: words, or characters for Chinese. What the statement alone decides. */
export type SpokenLength = {words: number} | {characters: number}

/** The length of the statement's spoken text, counted as its language is counted. */
export function spokenLength(tree: Root, language: string | null): SpokenLength {
  const tag = language ?? 'en'
  const blocks = spokenText(tree)
  return characterLanguages.has(tag) ? {characters: countCharacters(blocks)} : {words: countWords(blocks, tag)}
}

/** How long a spoken length takes to read out at its language's rate (`rates` overrides the defaults). */
export function timeToSpeak(length: SpokenLength, language: string | null, rates: Record<string, number> = {}, limitSeconds: number | null = null): SpeakingTime {
  const tag = language ?? 'en'
  const rate = rates[tag] ?? defaultRates[tag] ?? fallbackRate
  const count = 'words' in length ? length.words : length.characters
  return {seconds: Math.round((count / rate) * 60), ...length, rate, limitSeconds}
}

/** The length an estimate was made from, to time it again at other rates or limits. */
export function lengthOf(time: SpeakingTime): SpokenLength {
  return time.characters === undefined ? {words: time.words ?? 0} : {characters: time.characters}
}
