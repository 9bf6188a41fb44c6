import {describe, expect, it} from 'vitest'
import {collapseSpaces} from '../../../src/normalise/plugins/collapse-spaces.ts'
import {runPlugin} from './run-plugin.ts'

const run = (markdown: string) => runPlugin(collapseSpaces, markdown)

describe('collapseSpaces on its own', () => {
  it('collapses a run of spaces and a tab inside a line to one space each, reporting where each was', () => {
    const result = run('We  thank\tyou.\n')
    expect(result.markdown).toBe('We thank you.')
    expect(result.reported.map(({ruleId, line, column}) => [ruleId, line, column])).toEqual([
      ['collapse-spaces', 1, 3],
      ['collapse-spaces', 1, 10],
    ])
  })

  it.each([
    ['no-break spaces, which are typography', '10\u00a0000 mines and 5\u202f%\n'],
    ['single spaces', 'We thank you, Madam President.\n'],
  ])('keeps %s', (_, markdown) => {
    const result = run(markdown)
    expect(result.markdown).toBe(markdown.trim())
    expect(result.reported).toEqual([])
  })
})
