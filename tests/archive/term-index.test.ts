import MiniSearch from 'minisearch'
import {describe, expect, it} from 'vitest'
import {plainText} from '../../src/archive/plain-text.ts'
import {TermIndex, searchFields, sharedProcessTerm, type SearchDocument} from '../../src/archive/term-index.ts'
import {fixtureStatements} from './fixture-statements.ts'

async function documents(): Promise<SearchDocument[]> {
  const statements = await fixtureStatements()
  const docs = statements.map((statement, id) => ({
    id,
    title: statement.meta.title ?? '',
    organisations: statement.meta.organisations.join('\n'),
    speaker: statement.meta.speaker ?? '',
    text: plainText(statement.tree),
  }))
  // Edge cases of tokenising: empty fields, repeated words, CJK runs repeated, punctuation only.
  docs.push({id: docs.length, title: '', organisations: '', speaker: '', text: '国际 国际人道法 国际 — !!! mine mine Mine MINE'})
  return docs
}

function loadShards(shards: string[]): Array<[string, unknown]> {
  const self: {statementPacksData?: Record<string, Array<[string, unknown]>>} = {}
  for (const shard of shards) new Function('self', shard)(self)
  return Object.values(self.statementPacksData ?? {}).flat()
}

describe('the search index', () => {
  it('is exactly what MiniSearch itself serialises, cut into ordered shards', async () => {
    const docs = await documents()
    const mine = new TermIndex()
    for (const doc of docs) mine.add(doc)
    const shards = [...mine.shards()]
    const serialised = {shards, ...mine.statistics()}

    const reference = new MiniSearch<SearchDocument>({fields: [...searchFields], processTerm: sharedProcessTerm()})
    reference.addAll(docs)
    const expected = reference.toJSON()

    const entries = loadShards(serialised.shards)
    const byTerm = (list: Array<[string, unknown]>) => [...list].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    expect(entries).toEqual(byTerm(expected.index))
    expect(serialised.documentCount).toBe(expected.documentCount)
    expect(serialised.averageFieldLength).toEqual(expected.averageFieldLength)
    expect(Object.fromEntries(serialised.fieldLength.map((lengths, id) => [id, lengths]))).toEqual(expected.fieldLength)
    // Each shard starts where the list says, so the browser finds a term's shard by binary search.
    expect(serialised.shardStarts).toEqual(serialised.shards.map((shard) => loadShards([shard])[0]![0]))
  })

  it('answers queries in MiniSearch exactly as an index built by MiniSearch does', async () => {
    const docs = await documents()
    const mine = new TermIndex()
    for (const doc of docs) mine.add(doc)
    const serialised = {shards: [...mine.shards()], ...mine.statistics()}
    const options = {fields: [...searchFields], processTerm: sharedProcessTerm()}
    const loaded = MiniSearch.loadJS(
      {
        documentCount: serialised.documentCount,
        nextId: serialised.documentCount,
        documentIds: Object.fromEntries(docs.map((doc) => [doc.id, doc.id])),
        fieldIds: Object.fromEntries(searchFields.map((field, index) => [field, index])),
        fieldLength: Object.fromEntries(serialised.fieldLength.map((lengths, id) => [id, lengths])),
        averageFieldLength: serialised.averageFieldLength,
        storedFields: {},
        dirtCount: 0,
        index: loadShards(serialised.shards) as never,
        serializationVersion: 2,
      },
      options,
    )
    const reference = new MiniSearch<SearchDocument>(options)
    reference.addAll(docs)
    for (const query of ['legislation', 'Belgique', 'declaration', 'mine', '国际', 'العراق', 'coop', 'ICRC national']) {
      const searchOptions = {prefix: true, fuzzy: 0.2, combineWith: 'AND' as const}
      expect(loaded.search(query, searchOptions), query).toEqual(reference.search(query, searchOptions))
    }
  })

  it("is the same when a field's terms come back from an earlier build as JSON", async () => {
    const docs = await documents()
    const direct = new TermIndex()
    for (const doc of docs) direct.add(doc)
    const reader = new TermIndex()
    const kept = docs.map((doc) => JSON.parse(JSON.stringify(reader.fieldTerms(doc.text, 'text'))) as ReturnType<TermIndex['fieldTerms']>)
    const reused = new TermIndex()
    docs.forEach((doc, index) => reused.add({...doc, text: ''}, {text: kept[index]!}))
    expect([...reused.shards()]).toEqual([...direct.shards()])
    expect(reused.statistics()).toEqual(direct.statistics())
    expect(reused.analysis).toBe(direct.analysis)
  })
})
