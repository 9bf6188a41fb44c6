import {describe, expect, it} from 'vitest'
import {repairSpacedEntities} from '../../../src/normalise/plugins/repair-spaced-entities.ts'
import {runPlugin} from './run-plugin.ts'

const run = (markdown: string) => runPlugin(repairSpacedEntities, markdown)

describe('repairSpacedEntities on its own', () => {
  it('joins an apostrophe broken apart between two letters, and reports what it read', () => {
    const result = run('Its capacity d & apos; adaptation to l & apos; evolution of combat.\n')
    expect(result.markdown).toBe("Its capacity d'adaptation to l'evolution of combat.")
    expect(result.reported).toEqual([{ruleId: 'repair-entity', line: 1, column: 1, actual: undefined}])
  })

  it('reads quotation marks, ampersands and numeric references in place, keeping the blanks around them', () => {
    expect(run('Under the item & quot;General exchange of views& quot; and R & amp; D, see & #8470; 5.\n').markdown).toBe(
      'Under the item "General exchange of views" and R & D, see № 5.',
    )
  })

  it.each([
    ['an ampersand in prose', 'Research & development go together; so do clearance & education.\n'],
    ['a reference written whole, which the Markdown parser already read', 'The Committee&apos;s report.\n'],
    ['a name that is no reference', 'Smith & Jones; the & apostrophe; stays.\n'],
  ])('leaves %s alone', (_, markdown) => {
    const result = run(markdown)
    expect(result.reported).toEqual([])
  })
})
