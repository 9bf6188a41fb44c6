import type {StatementMeta} from '../normalise/meta.ts'
import {timeToSpeak, type SpeakingTime, type SpokenLength} from './estimate.ts'
import {limitFor, type SpeakingLimit} from './limit.ts'

/** The config's `speakingTime`: rates that override the defaults, and the limits. */
export interface SpeakingTimeSettings {
  rates: Record<string, number>
  limits: SpeakingLimit[]
}

export const defaultSpeakingTimeSettings: SpeakingTimeSettings = {rates: {}, limits: []}

/** A statement's speaking time at the configured rate, against the limit that applies to it. */
export function speakingTimeFor(length: SpokenLength, meta: StatementMeta, settings: SpeakingTimeSettings): SpeakingTime {
  return timeToSpeak(length, meta.language, settings.rates, limitFor(meta, settings.limits))
}
