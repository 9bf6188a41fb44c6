/** A request's path as the names of its segments, or the status that refuses it. */
export type RequestPath = {segments: string[]} | {status: 400 | 403}

/**
 * The request target → decoded path segments. Refused with 403: a `..` or `.` segment (also
 * percent-encoded), a segment holding a slash, backslash or NUL once decoded (`%2f`, `%5c`), an
 * empty segment inside the path (`//etc/passwd`) and a drive name (`C:`); with 400: a target that
 * is not an origin-form path (`GET http://host/…`) or does not decode. A trailing slash is kept
 * as a last empty segment (a folder's index).
 */
export function parseRequestPath(target: string): RequestPath {
  if (!target.startsWith('/')) return {status: 400}
  const path = target.split(/[?#]/, 1)[0]!
  const raw = path.slice(1).split('/')
  const segments: string[] = []
  for (const [index, part] of raw.entries()) {
    let segment: string
    try {
      segment = decodeURIComponent(part)
    } catch {
      return {status: 400}
    }
    const last = index === raw.length - 1
    if (segment === '' && !last) return {status: 403}
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment) || /^[a-z]:$/i.test(segment)) return {status: 403}
    segments.push(segment)
  }
  return {segments}
}
