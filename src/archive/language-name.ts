import {cacheByKey} from '../cache-by-key.ts'

/** "fr" → "French" in English, "français" in French; the code itself when the runtime does not know it; "" for no language. */
export function languageName(code: string | null | undefined, inLanguage = 'en'): string {
  if (!code) return ''
  // An archive names a handful of languages on thousands of lines: ICU looks each one up once.
  return nameOf(`${code}\0${inLanguage}`)
}

const displayNames = cacheByKey((inLanguage) => new Intl.DisplayNames(inLanguage, {type: 'language'}))

const nameOf = cacheByKey((key) => {
  const [code, inLanguage] = key.split('\0') as [string, string]
  const names = displayNames(inLanguage)
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
})
