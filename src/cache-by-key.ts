/**
 * `make` behind a cache: each key is made once and kept for the process. For what is costly to make
 * and used over and over with a few keys (ICU formatters per language, the names they give).
 */
export function cacheByKey<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>()
  return (key) => {
    if (made.has(key)) return made.get(key) as T
    const value = make(key)
    made.set(key, value)
    return value
  }
}
