import {createHash} from 'node:crypto'

export function hashBytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The hash of the text that `chunks` make together, without joining them. */
export function hashChunks(chunks: Iterable<string>): string {
  const hash = createHash('sha256')
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest('hex')
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
  // Array#sort without a comparator orders strings by code unit, as `<` does.
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key]
    if (item === undefined) continue
    // Assigning `__proto__` would set the prototype instead of a member (a source may be named so).
    if (key === '__proto__') Object.defineProperty(sorted, key, {value: sortKeys(item), enumerable: true, writable: true, configurable: true})
    else sorted[key] = sortKeys(item)
  }
  return sorted as T
}
