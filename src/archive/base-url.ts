import {UsageError} from '../errors.ts'

export const baseUrlExpected = 'expected an absolute http(s) address such as https://example.org/statements/'

/** `https://example.org/statements` → `https://example.org/statements/`; anything else is a usage error. */
export function normaliseBaseUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UsageError(`--base-url ${value} is not a URL: ${baseUrlExpected}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url ${value}: ${baseUrlExpected}`)
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}
