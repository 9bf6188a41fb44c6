import {describe, expect, it} from 'vitest'
import {uniqueNames} from '../../src/output/unique-names.ts'

describe('uniqueNames', () => {
  it('numbers a name taken before, whatever its case, and keeps the rest', () => {
    expect(uniqueNames(['a', 'b', 'a', 'A', 'a-2'])).toEqual(['a', 'b', 'a-2', 'A-3', 'a-2-2'])
  })
})
