/**
 * The formats a statement arrives in. Text and Markdown are read as raw text; the others are
 * read natively, with the structure the file itself knows (pages, paragraphs, lists, footnotes).
 */
export const sourceFormats = ['text', 'pdf', 'docx', 'html', 'eml'] as const
export type SourceFormat = (typeof sourceFormats)[number]

/**
 * What a reader of a native format (PDF, Word, web page, e-mail) hands to the normaliser: the
 * statement as Markdown whose blocks are the file's own, so the one statement parser, its role
 * scoring, vocabularies and header reader read it as they read text, without guessing back what
 * the file knew.
 */
export interface NativeDocument {
  format: SourceFormat
  /**
   * The statement in reading order, written by mdast-util-to-markdown from the blocks the file
   * knew: a blank line between paragraphs, list items as lists, bold and italic from the fonts or
   * runs, footnotes as `[^n]` with their definitions at the end. The furniture the file marks
   * (running headers and footers, page numbers) is not in it: see `removed`.
   */
  markdown: string
  /** What the reader left out, reported as info messages (nothing is lost silently). */
  removed: RemovedText[]
  /**
   * Where each line of `markdown` came from in the original, for diagnostics ("page 2",
   * "paragraph 14"): index = line − 1. Lines without one are left as they are.
   */
  origins: Array<Origin | undefined>
  /** Header clues the file carries outside its text: a web page's `<title>`, `lang`, `<time>`; a PDF's Title and Lang. */
  clues: HeaderClues
}

export interface RemovedText {
  /** The text removed, as it stood. */
  text: string
  /** Why, in words: "running header", "page number", "site navigation". */
  reason: string
  ruleId: string
  origin?: Origin
}

export interface Origin {
  /** 1-based page of a PDF. */
  page?: number
  /** 1-based paragraph of a Word document. */
  paragraph?: number
}

export interface HeaderClues {
  title?: string
  lang?: string
  date?: string
}
