import type {Point} from './position.ts'

/** Why bytes cannot be read as a statement; `readSource` turns it into an InputError naming the file. */
export interface Refusal {
  reason: string
  ruleId: string
  /** Where the evidence is, when there is one place (the first NUL byte, the first garbled character). */
  place: Point | null
}
