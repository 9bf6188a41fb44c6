import {createHash} from 'node:crypto'

export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** A hash of JSON-able data that does not depend on key order. */
export function hashJson(value: unknown): string {
  return hashBytes(canonicalJson(value))
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

/** A copy of JSON-able data with every object's keys in code-point order (undefined members left out, as JSON does). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, sortKeys(item)])) as T
}
