/**
 * The names the build and the archive write at the top of the output folder (and beside a
 * statement's archive page: its original), each the
 * parent of files no metadata names: reading copies, packs, the build's state, the site's
 * own pages, assets and search index. A meeting's folder is named from its metadata and
 * so must never take one of them, or one statement could overwrite another's outputs.
 */
export const reservedNames: ReadonlySet<string> = new Set([
  // build
  'reading-copies',
  'packs',
  '.statement-packs',
  // archive
  'index.html',
  'search.html',
  'organisations',
  'search',
  'assets',
  'catalogue.json',
  'feed.xml',
  'sitemap.xml',
  '.statement-packs-manifest.json',
  // archive: a statement's PDF or Word original, beside its page
  'original.pdf',
  'original.docx',
])

/** True when a folder called `name` at the top of the output folder would take a name the tool writes. */
export function isReservedName(name: string): boolean {
  return reservedNames.has(name.toLowerCase())
}
