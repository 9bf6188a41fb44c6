import {describe, expect, it} from 'vitest'
import {emptyMeta, type StatementMeta} from '../../src/normalise/meta.ts'
import {limitFor, overTimeLimit} from '../../src/speaking-time/limit.ts'
import {project, run} from '../cli/cli-helpers.ts'

const meta = (fields: Partial<StatementMeta>): StatementMeta => ({...emptyMeta(), ...fields})
const limits = [
  {meeting: 'apmbc-22msp', time: '5:00'},
  {meeting: 'apmbc-22msp', kind: 'civil-society' as const, time: '3:00'},
  {meeting: 'apmbc-22msp', agendaItem: '9.d', kind: 'civil-society' as const, time: 120},
  {agendaItem: '8a', time: '4:00'},
]

describe('limitFor', () => {
  it('picks the most specific rule that holds: by meeting, agenda item and kind', () => {
    expect(limitFor(meta({meetingKey: 'apmbc-22msp', delegationKind: 'state'}), limits)).toBe(300)
    expect(limitFor(meta({meetingKey: 'apmbc-22msp', delegationKind: 'civil-society'}), limits)).toBe(180)
    expect(limitFor(meta({meetingKey: 'apmbc-22msp', delegationKind: 'civil-society', agendaItem: {number: '9d', key: '9d', title: null}}), limits)).toBe(120)
    expect(limitFor(meta({meetingKey: 'ccm-12msp', agendaItem: {number: '8 a)', key: '8a', title: null}}), limits)).toBe(240)
    expect(limitFor(meta({meetingKey: 'ccm-12msp'}), limits)).toBeNull()
  })

  it('warns only past the limit, with the words to cut', () => {
    expect(overTimeLimit({seconds: 300, words: 600, rate: 120, limitSeconds: 300})).toEqual([])
    expect(overTimeLimit({seconds: 400, words: 800, rate: 120, limitSeconds: null})).toEqual([])
    expect(overTimeLimit({seconds: 330, words: 660, rate: 120, limitSeconds: 300}).map((warning) => warning.reason)).toEqual([
      'Unexpected speaking time of about 5:30 at 120 words a minute, expected at most 5:00: cut about 60 words'],
    )
  })
})

describe('statement-packs normalise with time limits in the config', () => {
  const statement = (sentences: number) =>
    `Statement by Belgium\n\n22nd Meeting of States Parties to the Anti-Personnel Mine Ban Convention\n\nMadam President,\n\n${Array(sentences).fill('We support the work of this meeting.').join(' ')}\n`

  it('prints speakingTime beside meta, warns over the limit and fails with --strict', async () => {
    // 40 sentences of seven words, plus the salutation's two: 282 words, 2:21 at 120 a minute.
    const root = await project({'long.txt': statement(40), 'short.txt': statement(5)}, {speakingTime: {limits: [{meeting: 'apmbc-22msp', kind: 'state', time: '2:00'}]}})
    const json = await run(['normalise', '--json', 'sources'], root)
    expect(json.code).toBe(0)
    const [long, short] = JSON.parse(json.stdout) as Array<{meta: StatementMeta; speakingTime: unknown}>
    expect(long!.meta.delegationKind).toBe('state')
    expect(long!.speakingTime).toEqual({seconds: 141, words: 282, rate: 120, limitSeconds: 120})
    expect(short!.speakingTime).toMatchObject({limitSeconds: 120})
    expect(json.stderr).toContain('sources/long.txt:1:1  warning  Unexpected speaking time of about 2:21 at 120 words a minute, expected at most 2:00: cut about 42 words  over-time-limit')
    expect(json.stderr).not.toContain('short.txt:1:1  warning')
    expect((await run(['normalise', '--strict', 'sources'], root)).code).toBe(1)

    const github = await run(['normalise', '--reporter', 'github', 'sources'], root)
    expect(github.code).toBe(0)
    expect(github.stdout).toBe('::warning file=sources/long.txt,line=1,col=1,title=over-time-limit::Unexpected speaking time of about 2:21 at 120 words a minute, expected at most 2:00: cut about 42 words\n')
    // Both would write to stdout.
    expect((await run(['normalise', '--json', '--reporter', 'github', 'sources'], root)).code).toBe(2)
  })

  it('refuses a bad limit in the config with exit code 2', async () => {
    const root = await project({'long.txt': statement(1)}, {speakingTime: {limits: [{kind: 'ngo', time: '2:00'}]}})
    const result = await run(['normalise', 'sources'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('speakingTime.limits[0].kind')
  })
})
