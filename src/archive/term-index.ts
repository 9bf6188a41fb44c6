import {readFileSync} from 'node:fs'
import {runInNewContext} from 'node:vm'
import MiniSearch from 'minisearch'
import {hashBytes} from '../hash.ts'
import {PostingList} from './posting-list.ts'

/** Fields of the full-text index, in the order the browser script expects. */
export const searchFields = ['title', 'organisations', 'speaker', 'text'] as const

export interface SearchDocument {
  id: number
  title: string
  organisations: string
  speaker: string
  text: string
}

/** What the browser needs besides the shards to score with them (written into `search/index.js`). */
export interface TermIndexStatistics {
  /** First term of each shard: the browser finds a term's shard by binary search. */
  shardStarts: string[]
  documentCount: number
  averageFieldLength: number[]
  /** Per document id, the length of each field in distinct terms (BM25 needs it). */
  fieldLength: number[][]
}

export type SearchField = (typeof searchFields)[number]

/** One field of a document as the index counts it: its length, and its terms with how often each occurs. */
export interface FieldTerms {
  length: number
  terms: string[]
  frequencies: number[]
}

/** Approximate size of one term shard: small enough that a query loads a few tens of kilobytes. */
export const shardTargetBytes = 48 * 1024

const termsScript = new URL('./client/search-terms.js', import.meta.url)

/** The browser's own term processor (accent folding, CJK pairs), so index and queries always agree. */
export function sharedProcessTerm(): (term: string) => string | string[] | null {
  const context: {self: Record<string, unknown>} = {self: {}}
  runInNewContext(readFileSync(termsScript, 'utf8'), context)
  const processTerm = context.self.statementPacksProcessTerm
  if (typeof processTerm !== 'function') throw new Error('search-terms.js does not define statementPacksProcessTerm')
  return processTerm as (term: string) => string | string[] | null
}

/** `self.statementPacksData[name] = data` as a script: how every index file reaches the page from file://. */
export function dataScript(name: string, data: unknown): string {
  return `(self.statementPacksData=self.statementPacksData||{})[${JSON.stringify(name)}]=${jsonForScript(data)};\n`
}

/** JSON that is safe inside a script file (no `</script>`, no line separators). */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/**
 * The archive's full-text index, in MiniSearch's own serialised form (version 2)
 * so that the browser loads it with `MiniSearch.loadJS` and searches it with
 * MiniSearch (scoring, prefix and fuzzy matching). It is built here rather than
 * with `MiniSearch#add` + `toJSON()` because at 10,000 statements those take half
 * a minute and over a gigabyte (a radix-tree lookup per word, then a full copy of
 * the index); counting terms in hash maps and writing each shard straight to text
 * takes a second. Terms come from MiniSearch's own tokenizer and the site's term
 * processor; tests check the result equals MiniSearch's `toJSON()` term for term.
 */
export class TermIndex {
  private readonly tokenize = MiniSearch.getDefault('tokenize') as (text: string, fieldName?: string) => string[]
  private readonly processTerm = sharedProcessTerm()
  /** Names how `fieldTerms` reads a field: terms kept from a build with another one are not reused. */
  readonly analysis = hashBytes(`${readFileSync(termsScript, 'utf8')}\0${String(this.tokenize)}`)
  private readonly processed = new Map<string, string | string[] | null>()
  /** term → per field id: the documents it occurs in, in document order. */
  private readonly postings = new Map<string, PostingList[]>()
  private readonly fieldLength: number[][] = []
  private readonly averageFieldLength: number[] = []
  private documentCount = 0
  private readonly shardStarts: string[] = []

  /**
   * Documents must come with ids 0, 1, 2… in order: the id is MiniSearch's short id and the site's
   * statement id. `known` gives fields already read by `fieldTerms` (kept from an earlier build):
   * those are not tokenised again.
   */
  add(document: SearchDocument, known: Partial<Record<SearchField, FieldTerms>> = {}): void {
    if (document.id !== this.documentCount) throw new Error(`Search documents must be added in id order: expected ${this.documentCount}, got ${document.id}`)
    const lengths: number[] = []
    searchFields.forEach((field, fieldId) => {
      const {length, terms, frequencies} = known[field] ?? this.fieldTerms(document[field], field)
      lengths[fieldId] = length
      this.averageFieldLength[fieldId] = ((this.averageFieldLength[fieldId] || 0) * this.documentCount + length) / (this.documentCount + 1)
      terms.forEach((term, index) => {
        let byField = this.postings.get(term)
        if (!byField) this.postings.set(term, (byField = []))
        ;(byField[fieldId] ??= new PostingList()).add(document.id, frequencies[index]!)
      })
    })
    this.fieldLength[document.id] = lengths
    this.documentCount++
  }

  /** What the index takes from one field: its words tokenised and processed, the costly part of adding a document. */
  fieldTerms(text: string, field: SearchField): FieldTerms {
    const tokens = new Map<string, number>()
    for (const token of this.tokenize(text, field)) tokens.set(token, (tokens.get(token) ?? 0) + 1)
    const frequencies = new Map<string, number>()
    for (const [token, count] of tokens) {
      let terms = this.processed.get(token)
      if (terms === undefined) {
        terms = this.processTerm(token) || null
        // V8 keeps a substring of 13 characters or more as a view into its whole text: caching it
        // would keep every statement's text alive.
        if (token.length < 13) this.processed.set(token, terms)
      }
      if (terms === null) continue
      if (typeof terms === 'string') frequencies.set(terms, (frequencies.get(terms) ?? 0) + count)
      else for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + count)
    }
    // As MiniSearch counts: a field's length is its number of distinct tokens.
    return {length: tokens.size, terms: [...frequencies.keys()], frequencies: [...frequencies.values()]}
  }

  /**
   * The index cut into contiguous term ranges of about `shardTargetBytes`, each
   * the text of `search/terms-N.js`, N from 0. Terms are dropped from memory as
   * they are written, so the whole index is never held twice.
   */
  *shards(): Generator<string> {
    const terms = [...this.postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    let entries: string[] = []
    let bytes = 0
    const script = () => `(self.statementPacksData=self.statementPacksData||{})[${JSON.stringify(`terms-${this.shardStarts.length - 1}`)}]=[${entries.join(',')}];\n`
    for (const term of terms) {
      const byField = this.postings.get(term)!
      this.postings.delete(term)
      const fields: string[] = []
      byField.forEach((list, fieldId) => {
        const postings: string[] = []
        for (const [documentId, frequency] of list.pairs()) postings.push(`"${documentId}":${frequency}`)
        fields.push(`"${fieldId}":{${postings.join(',')}}`)
      })
      if (entries.length === 0) this.shardStarts.push(term)
      const entry = `[${jsonForScript(term)},{${fields.join(',')}}]`
      entries.push(entry)
      bytes += entry.length
      if (bytes >= shardTargetBytes) {
        yield script()
        entries = []
        bytes = 0
      }
    }
    if (entries.length > 0) yield script()
  }

  /** Complete once `shards()` has been read to the end. */
  statistics(): TermIndexStatistics {
    return {shardStarts: this.shardStarts, documentCount: this.documentCount, averageFieldLength: this.averageFieldLength, fieldLength: this.fieldLength}
  }
}
