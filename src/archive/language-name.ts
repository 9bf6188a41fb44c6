const displayNames = new Map<string, Intl.DisplayNames>()

/** "fr" → "French" in English, "français" in French; the code itself when the runtime does not know it; "" for no language. */
export function languageName(code: string | null | undefined, inLanguage = 'en'): string {
  if (!code) return ''
  let names = displayNames.get(inLanguage)
  if (!names) displayNames.set(inLanguage, (names = new Intl.DisplayNames(inLanguage, {type: 'language'})))
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}
