import {resolveEncoding} from './decode-bytes.ts'

/**
 * The options every command reads sources with (`--encoding`, `--max-size`, config `encoding` and
 * `maxSize`), checked here for the command line and the config file alike.
 */

/** The largest source read unless `--max-size` or the config's `maxSize` says otherwise. */
export const DEFAULT_MAX_SIZE = 10 * 1024 ** 2

/** A size as people write it: `10MB`, `512 KB`, `1.5g`, `2000000` (bytes). Units are powers of 1024. */
// No `i` flag: the pattern is published in the config's JSON Schema, where regular expressions take no flags.
export const byteSizePattern = /^(\d+(?:\.\d+)?)\s*([bB]|[kKmMgG][bB]?)?$/

export const byteSizeExpected = 'expected a size such as 10MB, 512KB or 1000000 (bytes)'

/** `"10MB"` → 10485760; a number is already bytes. Null for anything else, or for a size under one byte. */
export function parseByteSize(value: string | number): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null
  const match = byteSizePattern.exec(value.trim())
  if (!match) return null
  const unit = (match[2] ?? 'b').toLowerCase()[0] as 'b' | 'k' | 'm' | 'g'
  const bytes = Math.round(Number(match[1]) * {b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3}[unit])
  return bytes > 0 ? bytes : null
}

export const encodingExpected = 'unknown encoding; expected a WHATWG label such as utf-8, utf-16le, windows-1252, windows-1251, gbk or shift_jis'

export function isEncodingLabel(label: string): boolean {
  return resolveEncoding(label) !== null
}
