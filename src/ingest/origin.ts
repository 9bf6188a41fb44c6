import type {Origin} from './native-document.ts'

declare module 'vfile-message' {
  interface VFileMessage {
    /** Where the message's place came from in a native document (its page or paragraph). */
    origin?: Origin
  }
}

/** " (page 2)" or " (paragraph 14)", appended to a diagnostic's reason; empty when there is no origin. */
export function describeOrigin(origin: Origin | undefined): string {
  if (origin?.page !== undefined) return ` (page ${origin.page})`
  if (origin?.paragraph !== undefined) return ` (paragraph ${origin.paragraph})`
  return ''
}
