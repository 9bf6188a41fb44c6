/**
 * A URL-safe slug: lower-case ASCII letters, digits and single hyphens, nothing
 * else, so that no metadata value can produce `..`, `/`, `\` or a dot file.
 * Accents are folded ("Déclaration" → "declaration"); scripts with no Latin
 * reading (Arabic, Cyrillic, Chinese) give "" and the caller falls back.
 */
export function slugify(text: string | null | undefined, maxLength = 60): string {
  if (!text) return ''
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøđł]/gi, (letter) => latinFolds[letter.toLowerCase()] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

const latinFolds: Record<string, string> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l'}
