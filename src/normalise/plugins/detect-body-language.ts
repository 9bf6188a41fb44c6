import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {detectLanguage, languageEvidence, minLanguageWords} from '../metadata/detect-language.ts'

declare module 'vfile' {
  interface DataMap {
    /** The statement's language, read from its body (with its heading when the body is too short to tell). */
    language: string | null
  }
}

/**
 * Detects the language of every statement from its body, with or without a header: a header in
 * English above a French statement does not make it English. Only a body too short to tell
 * (under `minLanguageWords`) is read together with its heading; a body in two languages stays null.
 */
export function detectBodyLanguage() {
  return function transform(tree: Root, file: VFile) {
    const body = toString(tree, {includeHtml: false})
    const heading = file.data.headerMeta?.heading?.join('\n') ?? ''
    const text = heading && languageEvidence(body) < minLanguageWords ? `${heading}\n${body}` : body
    file.data.language = detectLanguage(text)
  }
}
