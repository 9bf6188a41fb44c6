const displayNames = new Map<string, Intl.DisplayNames>()

/** "fr" → "French" in English, "français" in French; the code itself when the runtime does not know it; "" for no language. */
export function languageName(code: string | null | undefined, inLanguage = 'en'): string {
  if (!code) return ''
  // An archive names a handful of languages on thousands of lines: ICU looks each one up once.
  const key = `${code}\0${inLanguage}`
  let name = names.get(key)
  if (name === undefined) names.set(key, (name = lookUp(code, inLanguage)))
  return name
}

const names = new Map<string, string>()

function lookUp(code: string, inLanguage: string): string {
  let display = displayNames.get(inLanguage)
  if (!display) displayNames.set(inLanguage, (display = new Intl.DisplayNames(inLanguage, {type: 'language'})))
  try {
    return display.of(code) ?? code
  } catch {
    return code
  }
}
