import {agendaKey} from '../normalise/metadata/agenda-key.ts'
import type {DelegationKind, StatementMeta} from '../normalise/meta.ts'
import type {Diagnostic} from '../report/diagnostics.ts'
import type {SpeakingTime} from './estimate.ts'

/** A time limit from the config (`speakingTime.limits`): every criterion given must hold. */
export interface SpeakingLimit {
  meeting?: string
  agendaItem?: string
  kind?: DelegationKind
  /** Minutes and seconds (`"4:30"`) or seconds. */
  time: string | number
}

/** `"4:30"` → 270; a number is seconds already. */
export function limitSeconds(time: SpeakingLimit['time']): number {
  if (typeof time === 'number') return time
  const [minutes, seconds] = time.split(':').map(Number) as [number, number]
  return minutes * 60 + seconds
}

/** The limit of the rule with the most criteria that all hold for the statement (the first of equals); null without one. */
export function limitFor(meta: StatementMeta, limits: SpeakingLimit[]): number | null {
  let best: {criteria: number; seconds: number} | null = null
  for (const rule of limits) {
    const checks = [
      rule.meeting === undefined || rule.meeting === meta.meetingKey,
      rule.agendaItem === undefined || (meta.agendaItem !== null && agendaKey(rule.agendaItem) === meta.agendaItem.key),
      rule.kind === undefined || rule.kind === meta.delegationKind,
    ]
    if (!checks.every(Boolean)) continue
    const criteria = [rule.meeting, rule.agendaItem, rule.kind].filter((value) => value !== undefined).length
    if (!best || criteria > best.criteria) best = {criteria, seconds: limitSeconds(rule.time)}
  }
  return best?.seconds ?? null
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`

/** The warning of a statement longer than its limit, with how much to cut; none within it or without a limit. */
export function overTimeLimit(time: SpeakingTime): Diagnostic[] {
  if (time.limitSeconds === null || time.seconds <= time.limitSeconds) return []
  const unit = time.characters === undefined ? 'words' : 'characters'
  const cut = Math.ceil(((time.seconds - time.limitSeconds) / 60) * time.rate)
  return [{
    ruleId: 'over-time-limit',
    reason: `Unexpected speaking time of about ${clock(time.seconds)} at ${time.rate} ${unit} a minute, expected at most ${clock(time.limitSeconds)}: cut about ${cut} ${unit}`,
    line: null,
    column: null,
    fatal: false,
    severity: 'warning',
  }]
}
