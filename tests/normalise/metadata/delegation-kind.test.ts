import {describe, expect, it} from 'vitest'
import {normalise} from '../../../src/normalise/index.ts'
import {delegationKind} from '../../../src/normalise/metadata/delegation-kind.ts'

describe('delegationKind', () => {
  it.each([
    [['Ireland', 'Austria'], 'state'],
    [['European Union'], 'group'],
    [['Non-Aligned Movement'], 'group'],
    [['Group of Friends of Victim Assistance'], 'group'],
    [['International Committee of the Red Cross'], 'international-organisation'],
    [['United Nations Mine Action Service'], 'international-organisation'],
    [['United Nations Office for Something New'], 'international-organisation'],
    [['International Campaign to Ban Landmines'], 'civil-society'],
    [['Centre for Civilian Protection in Armed Conflict'], 'civil-society'],
    [[], null],
  ])('reads %j as %s, from the first organisation', (organisations, kind) => {
    expect(delegationKind(organisations)).toBe(kind)
  })

  it('comes from the header, and front matter overrides it or refuses a kind it does not know', () => {
    const body = 'Statement by Belgium\n\nMadam President,\n\nSome text.\n'
    expect(normalise(body).meta.delegationKind).toBe('state')
    expect(normalise(`---\ndelegationKind: group\n---\n\n${body}`).meta.delegationKind).toBe('group')
    expect(normalise(`---\norganisations: [Human Rights Watch]\n---\n\n${body}`).meta.delegationKind).toBe('civil-society')
    const wrong = normalise(`---\ndelegationKind: ngo\n---\n\n${body}`)
    expect(wrong.meta.delegationKind).toBe('state')
    expect(wrong.messages.find((message) => message.ruleId === 'front-matter-invalid')).toMatchObject({line: 2})
  })
})
