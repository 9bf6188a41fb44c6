import {describe, expect, it} from 'vitest'
import {dropEndMarkers} from '../../../src/normalise/plugins/drop-end-markers.ts'
import {runPlugin} from './run-plugin.ts'

const run = (markdown: string) => runPlugin(dropEndMarkers, markdown)

describe('dropEndMarkers on its own', () => {
  it.each([
    ['+++', 'Thank you.\n\n+++\n'],
    ['-END-', 'Thank you.\n\n-END-\n'],
    ['- ENDS -', 'Thank you.\n\n- ENDS -\n'],
    ['ENDS', 'Thank you.\n\nENDS\n'],
    ['a closing rule', 'Thank you.\n\n***\n'],
  ])('drops %s after the last paragraph and reports it', (_, markdown) => {
    const result = run(markdown)
    expect(result.markdown).toBe('Thank you.')
    expect(result.reported.map((message) => message.ruleId)).toEqual(['drop-end-marker'])
  })

  it('reports the marker it dropped as written, so that no word goes unreported', () => {
    expect(run('Thank you.\n\n-ENDS-\n').reported).toEqual([{ruleId: 'drop-end-marker', line: 3, column: 1, actual: '-ENDS-'}])
  })

  it.each([
    ['a rule between paragraphs', 'First part.\n\n***\n\nSecond part.\n', 'First part.\n\n***\n\nSecond part.'],
    ['a sentence that ends in "end"', 'We will see this through to the end\n', 'We will see this through to the end'],
    ['the text of a list item that says "ENDS"', '- ENDS\n- Begins\n', '* ENDS\n* Begins'],
  ])('keeps %s', (_, markdown, kept) => {
    const result = run(markdown)
    expect(result.markdown).toBe(kept)
    expect(result.reported).toEqual([])
  })
})
