import {describe, expect, it} from 'vitest'
import {agendaKey} from '../../src/normalise/metadata/agenda-key.ts'

describe('agendaKey', () => {
  it.each([
    ['8a', '8a'],
    ['9.d', '9d'],
    ['10 b)', '10b'],
    ['11(a)(ii)', '11aii'],
    ['9 (ج)', '9c'],
    ['5 (أ)', '5a'],
    ['7 (هـ)', '7e'],
    ['10 в)', '10c'],
    ['4', '4'],
  ])('%s → %s', (number, key) => {
    expect(agendaKey(number)).toBe(key)
  })
})
