/** Placeholder until the site-chrome vocabulary lands. */
export function siteChromeKind(line: string): string | null {
  if (/^>\s*$/.test(line)) return 'quote-marker'
  if (/^(?:back to top|print page|send page|share|printer friendly version)$/i.test(line)) return 'share'
  return null
}
