import {describe, expect, it} from 'vitest'
import {canonicalJson, hashJson, sortKeys} from '../../src/hash.ts'

describe('key order', () => {
  it('sorts the keys of nested objects, keeps array order and leaves out undefined members', () => {
    const sorted = sortKeys({b: 1, a: {d: [{z: 1, y: 2}], c: undefined}})
    expect(JSON.stringify(sorted)).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}')
    expect(canonicalJson({b: 1, a: 2})).toBe('{"a":2,"b":1}')
  })

  it('keeps a member named __proto__ as a member (a source may be named so)', () => {
    const parsed = JSON.parse('{"z":1,"__proto__":{"polluted":true}}') as object
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"polluted":true},"z":1}')
    expect((sortKeys(parsed) as {polluted?: boolean}).polluted).toBeUndefined()
  })

  it('gives the same hash whatever the key order', () => {
    expect(hashJson({a: 1, b: [1, 2]})).toBe(hashJson({b: [1, 2], a: 1}))
    expect(hashJson({a: [1, 2]})).not.toBe(hashJson({a: [2, 1]}))
  })
})
