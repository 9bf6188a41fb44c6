/**
 * A URL-safe slug: lower-case letters and digits of any script, joined by single
 * hyphens, nothing else, so that no metadata value can produce `..`, `/`, `\` or
 * a dot file. Latin accents are folded ("Déclaration" → "declaration"), so Latin
 * permalinks stay ASCII; other scripts keep their letters and marks, in NFC
 * ("Заявление" → "заявление"). Links percent-encode them (`encodePath`).
 */
export function slugify(text: string | null | undefined, maxLength = 60): string {
  if (!text) return ''
  const slug = text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[ßæœøđł]/gi, (letter) => latinFolds[letter.toLowerCase()] ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^[-\p{M}]+|-+$/gu, '')
  const characters = [...slug]
  if (characters.length <= maxLength) return slug
  const cut = characters.slice(0, maxLength).join('')
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > cut.length / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

/** A relative path as it goes into a link: each segment percent-encoded, the slashes kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

const latinFolds: Record<string, string> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l'}
