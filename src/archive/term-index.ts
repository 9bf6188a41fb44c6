import {readFileSync} from 'node:fs'
import {runInNewContext} from 'node:vm'
import MiniSearch from 'minisearch'

/** Fields of the full-text index, in the order the browser script expects. */
export const searchFields = ['title', 'organisations', 'speaker', 'text'] as const

export interface SearchDocument {
  id: number
  title: string
  organisations: string
  speaker: string
  text: string
}

/** The index cut into shards, plus what the browser needs to score with them. */
export interface SerialisedTermIndex {
  /** `search/terms-N.js` contents, N in order. */
  shards: string[]
  /** First term of each shard: the browser finds a term's shard by binary search. */
  shardStarts: string[]
  documentCount: number
  averageFieldLength: number[]
  /** Per document id, the length of each field in terms (BM25 needs it). */
  fieldLength: number[][]
}

/** Approximate size of one term shard: small enough that a query loads a few tens of kilobytes. */
const shardTargetBytes = 48 * 1024

const termsScript = new URL('./client/search-terms.js', import.meta.url)

/** The browser's own term processor (accent folding, CJK pairs), so index and queries always agree. */
function sharedProcessTerm(): (term: string) => string | string[] | null {
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
 * MiniSearch, with its index written out in contiguous term ranges. MiniSearch
 * tokenises, indexes and (in the browser) scores; this subclass only reads its
 * index term by term in sorted order, so the shards are written one at a time
 * instead of through `toJSON()`, which copies the whole index at once (gigabytes
 * at 10,000 statements).
 */
class ShardedMiniSearch extends MiniSearch<SearchDocument> {
  serialiseInShards(): SerialisedTermIndex {
    const terms = [...this._index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const shards: string[] = []
    const shardStarts: string[] = []
    let entries: string[] = []
    let bytes = 0
    const flush = () => {
      if (entries.length === 0) return
      const name = `terms-${shards.length}`
      shards.push(`(self.statementPacksData=self.statementPacksData||{})[${JSON.stringify(name)}]=[${entries.join(',')}];\n`)
      entries = []
      bytes = 0
    }
    for (const term of terms) {
      const fields = this._index.get(term)!
      const data: Record<string, Record<string, number>> = {}
      for (const [fieldId, postings] of fields) data[fieldId] = Object.fromEntries(postings)
      if (entries.length === 0) shardStarts.push(term)
      const entry = jsonForScript([term, data])
      entries.push(entry)
      bytes += entry.length
      if (bytes >= shardTargetBytes) flush()
    }
    flush()
    const fieldLength: number[][] = []
    for (const [shortId, lengths] of this._fieldLength) fieldLength[shortId] = lengths
    return {shards, shardStarts, documentCount: this._documentCount, averageFieldLength: this._avgFieldLength, fieldLength}
  }
}

/** The full-text index of the archive, fed one statement at a time. */
export class TermIndex {
  private readonly search = new ShardedMiniSearch({fields: [...searchFields], processTerm: sharedProcessTerm()})
  private next = 0

  /** Documents must come with ids 0, 1, 2… in order: the id is MiniSearch's short id and the site's statement id. */
  add(document: SearchDocument): void {
    if (document.id !== this.next) throw new Error(`Search documents must be added in id order: expected ${this.next}, got ${document.id}`)
    this.search.add(document)
    this.next++
  }

  serialise(): SerialisedTermIndex {
    return this.search.serialiseInShards()
  }
}
