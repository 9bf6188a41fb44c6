import {xmlEscape} from './xml-escape.ts'

/** sitemap.xml (sitemaps.org 0.9) listing every page of the site by absolute URL. */
export function sitemap(pages: readonly string[], baseUrl: string): string {
  const urls = [...pages].sort().map((page) => `  <url><loc>${xmlEscape(new URL(page.replace(/(^|\/)index\.html$/, '$1'), baseUrl).href)}</loc></url>`)
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n')
}
