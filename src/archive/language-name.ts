const languageNames = new Intl.DisplayNames('en', {type: 'language'})

/** "fr" → "French"; the code itself when the runtime does not know it; "" for no language. */
export function languageName(code: string | null | undefined): string {
  if (!code) return ''
  try {
    return languageNames.of(code) ?? code
  } catch {
    return code
  }
}
