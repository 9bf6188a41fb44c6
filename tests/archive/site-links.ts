import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'

/** Every file of a built site, relative to it with `/` separators. */
export function siteFiles(outDir: string): string[] {
  return readdirSync(outDir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"'}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => entities[name]!)
}

/** The href and src values of a page (the archive quotes every attribute with "). */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decodeEntities(match[1]!))
}

export interface BrokenLink {
  page: string
  link: string
  reason: string
}

/**
 * Every internal link and asset of every page, and every url() of every
 * stylesheet, must name a file of the site (a fragment must name an id of its
 * page). External references are reported too: the site makes no request
 * outside its folder.
 */
export function checkLinks(outDir: string): BrokenLink[] {
  const broken: BrokenLink[] = []
  const idsCache = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    let ids = idsCache.get(file)
    if (!ids) idsCache.set(file, (ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))))
    return ids
  }
  const check = (page: string, link: string, allowFragment: boolean) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) {
      broken.push({page, link, reason: 'leaves the site'})
      return
    }
    const [pathAndQuery, fragment] = link.split('#') as [string, string | undefined]
    const path = pathAndQuery.split('?')[0]!
    const target = path === '' ? join(outDir, page) : resolve(dirname(join(outDir, page)), decodeURIComponent(path))
    if (relative(outDir, target).startsWith('..')) broken.push({page, link, reason: 'outside the site folder'})
    else if (!existsSync(target) || !statSync(target).isFile()) broken.push({page, link, reason: 'no such file'})
    else if (fragment && allowFragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push({page, link, reason: `no element with id ${fragment}`})
  }
  for (const file of siteFiles(outDir)) {
    if (file.endsWith('.html')) for (const link of linksOf(readFileSync(join(outDir, file), 'utf8'))) check(file, link, true)
    if (file.endsWith('.css')) {
      for (const match of readFileSync(join(outDir, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (!match[1]!.startsWith('data:')) check(file, match[1]!, false)
      }
    }
  }
  return broken
}
