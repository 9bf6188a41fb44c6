import {describe, expect, it} from 'vitest'
import {PostingList} from '../../src/archive/posting-list.ts'

describe('PostingList', () => {
  it('gives back every pair in the order added, ids and frequencies of one to five bytes', () => {
    const pairs: Array<[number, number]> = [[0, 1], [1, 3], [127, 1], [128, 128], [300, 2], [16_384, 70_000], [2_097_152, 1], [2 ** 31 + 5, 2 ** 32 - 1]]
    const list = new PostingList()
    for (const [id, frequency] of pairs) list.add(id, frequency)
    expect([...list.pairs()]).toEqual(pairs)
  })

  it('holds the documents of a 50,000-statement archive', () => {
    const added: Array<[number, number]> = []
    for (let id = 0; id < 50_000; id += 1 + (id % 7)) added.push([id, 1 + (id % 300)])
    const list = new PostingList()
    for (const [id, frequency] of added) list.add(id, frequency)
    expect([...list.pairs()]).toEqual(added)
  })

  it('is empty before the first pair', () => {
    expect([...new PostingList().pairs()]).toEqual([])
  })
})
