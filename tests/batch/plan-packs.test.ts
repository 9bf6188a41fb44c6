import {describe, expect, it} from 'vitest'
import {organisationShortSlug} from '../../src/archive/permalinks.ts'
import {planPacks, type PackCandidate} from '../../src/batch/plan-packs.ts'
import {emptyMeta, type StatementMeta} from '../../src/normalise/meta.ts'

const candidate = (source: string, meta: Partial<StatementMeta>): PackCandidate => ({source, meta: {...emptyMeta(), ...meta}})

const statements = [
  candidate('sources/a.txt', {meetingKey: 'apmbc-22msp', meeting: '22nd Meeting of States Parties', organisations: ['International Committee of the Red Cross', 'International Federation of Red Cross and Red Crescent Societies'], agendaItem: {number: '9.d', key: '9d', title: null}}),
  candidate('sources/b.txt', {meetingKey: 'apmbc-22msp', organisations: ['International Federation of Red Cross and Red Crescent Societies'], agendaItem: {number: '8a', key: '8a', title: null}}),
  candidate('sources/c.txt', {meetingKey: 'apmbc-22msp', organisations: ['International Committee of the Red Cross'], agendaItem: {number: '8a', key: '8a', title: null}}),
  candidate('other/d.txt', {meetingKey: 'ccm-13msp', organisations: ['Ghana']}),
  candidate('other/e.txt', {}),
]

describe('planPacks', () => {
  it('makes one pack per meeting and delivering delegation: a joint statement goes to its first organisation', () => {
    const packs = planPacks(statements, {delegationPacks: true, packs: []})
    expect(packs.map((pack) => [pack.file, pack.statements])).toEqual([
      ['packs/apmbc-22msp/icrc.pdf', ['sources/a.txt', 'sources/c.txt']],
      [`packs/apmbc-22msp/${organisationShortSlug('International Federation of Red Cross and Red Crescent Societies')}.pdf`, ['sources/b.txt']],
      ['packs/ccm-13msp/ghana.pdf', ['other/d.txt']],
      ['packs/other-statements/no-delegation.pdf', ['other/e.txt']],
    ])
  })

  it('selects named packs by meeting, organisation (any of them), agenda item and glob, all criteria together', () => {
    const packs = planPacks(statements, {
      delegationPacks: false,
      packs: [
        {title: 'Red Cross at the 22MSP', select: {meeting: '22nd meeting of states parties', organisation: 'International Federation of Red Cross and Red Crescent Societies'}},
        {title: 'Item 8 (a)', file: 'item-8a.pdf', select: {agendaItem: ['8.a']}},
        {title: 'Others', select: {sources: 'other/**'}},
        {title: 'ICRC', select: {organisation: 'ICRC'}},
        {title: 'Nothing', select: {meeting: 'no-such-meeting'}},
      ],
    })
    expect(packs.map((pack) => [pack.file, pack.title, pack.statements])).toEqual([
      ['packs/red-cross-at-the-22msp.pdf', 'Red Cross at the 22MSP', ['sources/a.txt']],
      ['packs/item-8a.pdf', 'Item 8 (a)', ['sources/b.txt', 'sources/c.txt']],
      ['packs/others.pdf', 'Others', ['other/d.txt', 'other/e.txt']],
      ['packs/icrc.pdf', 'ICRC', ['sources/a.txt', 'sources/c.txt']],
    ])
  })
})
