import {describe, expect, it} from 'vitest'
import {normalise} from '../../src/normalise/index.ts'

/**
 * A statement as a news site republishes it, copied from the page: its menu, an advertising slot,
 * a breadcrumb whose separators were icons, the headline, then the statement (invented text).
 */
const page = `More
    - Advertisement - spot_img
    HomeNewsProtecting civilians must come first in every...

    Protecting civilians must come first in every conflict

    Madam Chair, Excellencies, Ladies and Gentlemen,

    I am honoured to address this Committee on behalf of the International Committee of the Red Cross (ICRC).

    Every day our teams see what explosive weapons do to towns and to the people who live in them.

    Thank you.
`

describe('a statement republished by a news site', () => {
  const result = normalise(page, {path: 'syndicated.txt'})
  const body = result.markdown.split('\n---\n')[1]!.trim()

  it('takes the headline as the title and who speaks from the opening sentence', () => {
    expect(result.meta.title).toBe('Protecting civilians must come first in every conflict')
    expect(result.meta.organisations).toEqual(['International Committee of the Red Cross'])
  })

  it('starts the body at the salutation, with the page furniture dropped and reported by line', () => {
    expect(body.split('\n')[0]).toBe('Madam Chair, Excellencies, Ladies and Gentlemen,')
    expect(body).not.toMatch(/Advertisement|HomeNews|^More$/m)
    const dropped = result.messages.filter((message) => message.ruleId === 'drop-site-chrome').map((message) => message.line)
    expect(dropped).toEqual([1, 2, 3])
  })
})
