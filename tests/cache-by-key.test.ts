import {describe, expect, it} from 'vitest'
import {cacheByKey} from '../src/cache-by-key.ts'

describe('cacheByKey', () => {
  it('makes each key once and gives the same value after, a made undefined included', () => {
    const made: string[] = []
    const lengthOf = cacheByKey((key) => {
      made.push(key)
      return key === 'none' ? undefined : {length: key.length}
    })
    expect(lengthOf('fr')).toBe(lengthOf('fr'))
    expect(lengthOf('none')).toBeUndefined()
    expect(lengthOf('none')).toBeUndefined()
    expect(lengthOf('zh-Hans')).toEqual({length: 7})
    expect(made).toEqual(['fr', 'none', 'zh-Hans'])
  })
})
