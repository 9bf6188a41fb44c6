import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

type Place = Node['position'] | {line: number; column: number; offset?: number}

export const source = 'statement-packs'

/** Report something normalisation changed or dropped; `actual` carries the text it touched. */
export function reportChange(file: VFile, reason: string, place: Place, ruleId: string, actual?: string): VFileMessage {
  const message = file.info(reason, {place, ruleId, source})
  if (actual !== undefined) message.actual = actual
  return message
}

/** Report a doubt about the content (a warning). */
export function reportDoubt(file: VFile, reason: string, place: Place, ruleId: string, actual?: string): VFileMessage {
  const message = file.message(reason, {place, ruleId, source})
  if (actual !== undefined) message.actual = actual
  return message
}
