import type {Root, Text} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {reportChange} from './shared/report.ts'

interface QuoteStyle {
  open: string
  close: string
}

/** Double quotes by language; guillemets are kept as written wherever they are. */
const styles: Record<string, QuoteStyle> = {
  fr: {open: '«\u00A0', close: '\u00A0»'},
  ru: {open: '«', close: '»'},
  uk: {open: '«', close: '»'},
  de: {open: '„', close: '“'},
}
const english: QuoteStyle = {open: '“', close: '”'}

const doubleQuote = /["“”]/
const anyQuote = /["“”']/
const opensAfter = /[\s([{\u2014\u2013/-]/u
const letter = /[\p{L}\p{N}]/u

/**
 * Makes quotes consistent: straight quotes become the language's quotes (“ ” in English and most
 * languages, « » in French and Russian), a pair opened straight and closed curly is paired, and
 * straight apostrophes become ’. Whether a quote opens or closes is read from its neighbours.
 */
export function makeQuotesConsistent() {
  return function transform(tree: Root, file: VFile) {
    const language = file.data.frontMatter?.language ?? file.data.headerMeta?.language ?? guessLanguage(tree)
    const style: QuoteStyle = (language ? styles[language] : undefined) ?? english
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return
      const texts: Text[] = []
      visit(node, 'text', (text) => {
        texts.push(text)
      })
      let changed = 0
      texts.forEach((text, position) => {
        if (!anyQuote.test(text.value)) return
        const previousText = texts[position - 1]?.value ?? ''
        const nextText = texts[position + 1]?.value ?? ''
        let result = ''
        const value = text.value
        for (let index = 0; index < value.length; index++) {
          const character = value[index] as string
          const before = index > 0 ? (value[index - 1] as string) : previousText.at(-1) ?? ' '
          const after = index < value.length - 1 ? (value[index + 1] as string) : nextText[0] ?? ' '
          let replacement = character
          if (doubleQuote.test(character)) {
            const opening = opensAfter.test(before) || (before === ' ' && index === 0 && position === 0)
            const wanted = opening && !/\s/.test(after) ? style.open : style.close
            if (character === '"' || (character === '“' && wanted === style.close && style === english && /\s|^$/.test(after)) || (character === '”' && wanted === style.open && style === english && letter.test(after))) {
              replacement = wanted
            }
          } else if (character === "'") {
            const opening = opensAfter.test(before) && letter.test(after)
            replacement = opening ? '‘' : '’'
          }
          if (replacement !== character) changed++
          result += replacement
        }
        text.value = result
      })
      if (changed > 0) reportChange(file, `Unexpected straight or mismatched quotes (${changed}), expected ${style.open.trim()} ${style.close.trim()} and ’`, node.position, 'make-quotes-consistent')
    })
  }
}

/** A fallback when the header gave no language: guillemets or Cyrillic text mean « ». */
function guessLanguage(tree: Root): string | undefined {
  let cyrillic = 0
  let french = 0
  visit(tree, 'text', (node) => {
    if (/[\u0400-\u04FF]/.test(node.value)) cyrillic++
    if (/«\u00A0|\u00A0»/.test(node.value)) french++
  })
  return cyrillic > 0 ? 'ru' : french > 0 ? 'fr' : undefined
}
