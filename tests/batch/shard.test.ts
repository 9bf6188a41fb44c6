import {describe, expect, it} from 'vitest'
import {inShard, parseShard, shardOf} from '../../src/batch/shard.ts'
import {UsageError} from '../../src/errors.ts'

describe('shards', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(UsageError)
  })

  it('puts every source in exactly one shard, the same one every time, and spreads them', () => {
    const sources = Array.from({length: 400}, (_, i) => `sources/statement-${i}.txt`)
    const counts = [0, 0, 0, 0]
    for (const source of sources) {
      const owners = [1, 2, 3, 4].filter((index) => inShard(source, {index, count: 4}))
      expect(owners).toHaveLength(1)
      expect(shardOf(source, 4)).toBe(owners[0])
      counts[owners[0]! - 1]!++
    }
    for (const count of counts) expect(count).toBeGreaterThan(60)
  })

  it('takes every source without --shard', () => {
    expect(inShard('sources/a.txt', null)).toBe(true)
  })
})
