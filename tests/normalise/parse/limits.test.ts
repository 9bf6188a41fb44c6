import {describe, expect, it} from 'vitest'
import {VFileMessage} from 'vfile-message'
import {normalise} from '../../../src/normalise/index.ts'

const opening = 'Mr President,\n\nMy delegation thanks you for convening this meeting.\n\n'

/** The refusal normalise throws for a document past a limit: its rule and line. */
function refusal(document: string): {ruleId: string | undefined; line: number | undefined} {
  try {
    normalise(document)
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error
    expect(error.fatal).toBe(true)
    return {ruleId: error.ruleId, line: error.line}
  }
  throw new Error('the document was accepted')
}

describe('input limits', () => {
  it.each([
    ['2,000 nested quotes', `${'>'.repeat(2000)} deep`],
    ['3,000 nested bullets', `${'- '.repeat(3000)}deep`],
    ['10,000 nested numbered items', `${'1. '.repeat(10_000)}deep`],
    ['10,000 nested emphasis delimiters', `${'*'.repeat(10_000)}deep${'*'.repeat(10_000)}`],
    ['10,000 open link brackets', `${'['.repeat(10_000)}deep`],
    ['5,000 nested images', `${'!['.repeat(5000)}deep${'](x)'.repeat(5000)}`],
    ['a list indented 200 levels', Array.from({length: 200}, (_, level) => `${' '.repeat(level * 2)}- item`).join('\n'), 105],
    ['quotes nested over many lines', Array.from({length: 150}, (_, level) => `${'> '.repeat(level + 1)}line`).join('\n'), 105],
    ['500 nested HTML elements', `${'<div>'.repeat(500)}deep${'</div>'.repeat(500)}`],
    ['brackets left open across the lines of a paragraph', Array.from({length: 150}, () => '[').join('\n'), 105],
  ])('refuses %s as nesting-too-deep, at the line that goes past 100 levels', (_, hostile, line = 5) => {
    expect(refusal(`${opening}${hostile}\n`)).toEqual({ruleId: 'nesting-too-deep', line})
  })

  it('refuses a line of more than 100,000 characters, at its line', () => {
    expect(refusal(`${opening}${'word '.repeat(20_001)}\n`)).toEqual({ruleId: 'line-too-long', line: 5})
  })

  it('refuses front matter of more than 1,000 keys or 64 KB before YAML reads it', () => {
    const keys = Array.from({length: 1001}, (_, index) => `field${index}: value`).join('\n')
    expect(refusal(`---\n${keys}\n---\n${opening}`)).toEqual({ruleId: 'front-matter-too-large', line: 1})
    expect(refusal(`---\nnote: "${'text '.repeat(14_000)}"\n---\n${opening}`)).toEqual({ruleId: 'front-matter-too-large', line: 1})
  })

  it('reads what statements really nest, and the long lines they really have', () => {
    const statement = [
      'Mr President,',
      '',
      '> > > A quotation inside a quotation inside a quotation.',
      '',
      ...Array.from({length: 12}, (_, level) => `${'  '.repeat(level)}- Point at level ${level + 1}`),
      '',
      'We say this ***with emphasis*** and [in brackets [twice]].',
      '',
      '****************************************',
      '',
      'Signed: ____________________________________________________________',
      '',
      `${'A very long paragraph pasted as one line. '.repeat(2000)}`,
      '',
      '<div><p><b><i>Markup from a web page</i></b></p></div>',
    ].join('\n')
    const {markdown} = normalise(statement)
    expect(markdown).toContain('Point at level 12')
    expect(markdown).toContain('Markup from a web page')
  })

  it('accepts front matter with a few hundred keys', () => {
    const keys = Array.from({length: 300}, (_, index) => `field${index}: value`).join('\n')
    const {meta} = normalise(`---\ntitle: A statement\n${keys}\n---\n${opening}`)
    expect(meta.title).toBe('A statement')
  })
})
