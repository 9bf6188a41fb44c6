import {parseHTML} from 'linkedom'
import {decodeBytes, isRefusal, resolveEncoding} from '../decode-bytes.ts'
import type {Refusal} from '../refusal.ts'

/**
 * A saved page's text: its byte-order mark, else UTF-8 when the bytes are valid UTF-8, else the
 * charset its `<meta>` declares (read from the page parsed once as Windows-1252), else Windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): string | Refusal {
  const decoded = decodeBytes(bytes)
  if (isRefusal(decoded)) return decoded
  if (decoded.detectedBy !== 'fallback') return decoded.text
  const {document} = parseHTML(decoded.text)
  const declared =
    document.querySelector('meta[charset]')?.getAttribute('charset') ??
    /charset=([^;\s]+)/i.exec(document.querySelector('meta[http-equiv="Content-Type" i]')?.getAttribute('content') ?? '')?.[1]
  const encoding = declared ? resolveEncoding(declared) : null
  if (!encoding || encoding === decoded.encoding) return decoded.text
  const redecoded = decodeBytes(bytes, {encoding})
  return isRefusal(redecoded) ? decoded.text : redecoded.text
}
