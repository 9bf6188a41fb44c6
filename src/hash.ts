import {createHash} from 'node:crypto'

export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** A hash of JSON-able data that does not depend on key order. */
export function hashJson(value: unknown): string {
  return hashBytes(canonicalJson(value))
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}
