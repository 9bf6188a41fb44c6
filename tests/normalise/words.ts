import {fromHtml} from 'hast-util-from-html'

/** An HTML character reference as HTML reads it: "&eacute;" is "é", so a decoded word is no lost word. */
function decodeEntity(entity: string): string {
  const [node] = fromHtml(entity, {fragment: true}).children
  return node?.type === 'text' ? node.value : entity
}

/**
 * The words of a text for "nothing lost" checks: compatibility-normalised (ligatures, superscripts),
 * soft hyphens and hyphens between letters removed (so hyphenation joins compare equal), markup
 * left out (HTML tags, link destinations, "o" bullets), lowercased.
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/\]\((?:[^()]|\([^()]*\))*\)/g, ']')
      .replace(/^[ \t]*o[ \t]+/gm, '')
      .replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, decodeEntity)
      .replace(/[\u00AD\u200B\uFEFF]/g, '')
      .replace(/<\/?su[pb]>/gi, '')
      .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
      .replace(/(?<=\p{L})[-\u2010\u2011]{1,2}[ \t]*(?:\r?\n[ \t]*)?(?=\p{L})/gu, '')
      .toLowerCase()
      // Chinese is written without spaces: each character is a word, so a joined wrap loses none.
      .match(/\p{Script=Han}|[^\s\p{P}\p{S}\p{Script=Han}]+/gu)
      ?.filter((word) => /[\p{L}\p{N}]/u.test(word)) ?? []
  )
}

/** Words of `input` missing from `output` and not reported as dropped by a message's `actual`. */
export function lostWords(input: string, output: string, messages: ReadonlyArray<{ruleId?: string | null; actual?: unknown}>): string[] {
  const available = new Map<string, number>()
  const add = (text: string) => {
    for (const word of words(text)) available.set(word, (available.get(word) ?? 0) + 1)
  }
  add(output)
  for (const message of messages) if (/^(?:drop|remove)-/.test(message.ruleId ?? '') && typeof message.actual === 'string') add(message.actual)
  const take = (word: string) => {
    const count = available.get(word) ?? 0
    if (count > 0) available.set(word, count - 1)
    return count > 0
  }
  const lost: string[] = []
  for (const word of words(input)) {
    // Joined over a hyphen at a line end ("A-⏎Universalisation"), where the line was no hyphenation.
    const split = take(word) ? true : [...word].some((_, at) => at > 0 && (available.get(word.slice(0, at)) ?? 0) > 0 && (available.get(word.slice(at)) ?? 0) > 0 && take(word.slice(0, at)) && take(word.slice(at)))
    if (!split) lost.push(word)
  }
  return lost
}
