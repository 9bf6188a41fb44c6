export interface FontStyle {
  bold: boolean
  italic: boolean
}

/**
 * Bold and italic as a font's PostScript name says them ("ABCDEF+DejaVuSerif-BoldItalic",
 * "TimesNewRomanPS-ItalicMT", "Arial,Bold"): PDFs rarely carry the weight any other way.
 */
export function fontStyle(name: string | undefined): FontStyle {
  const style = (name ?? '').replace(/^[A-Z]{6}\+/, '')
  return {
    bold: /bold|black|heavy|semibold|demi/i.test(style),
    italic: /italic|oblique|slanted/i.test(style),
  }
}
