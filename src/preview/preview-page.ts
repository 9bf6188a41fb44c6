import {parseHTML} from 'linkedom'

/** The path the preview serves paged.js from (its polyfill build, from node_modules). */
export const pagedScriptPath = '/_preview/paged.polyfill.js'
/** The server-sent events that tell open pages to reload. */
export const reloadEventsPath = '/_preview/events'

/**
 * The page knows which version of the project it shows; the events say the current one when the page
 * connects and after each change, so a change made while the page was loading is not missed.
 */
const reloadScript = (version: number) =>
  `new EventSource(${JSON.stringify(reloadEventsPath)}).addEventListener('reload', (event) => { if (event.data !== '${version}') location.reload() })`

/**
 * A page's Content-Security-Policy with the preview's scripts admitted by their nonce and the reload
 * events by `connect-src 'self'`; every other directive is kept as the page set it.
 */
export function admitPreviewScripts(policy: string, nonce: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((words) => words[0])
    .map(([name, ...values]) => ({name: name!.toLowerCase(), values}))
  const add = (name: string, value: string) => {
    const directive = directives.find((candidate) => candidate.name === name)
    if (directive) directive.values = [...directive.values.filter((existing) => existing !== "'none'"), value]
    else directives.push({name, values: [value]})
  }
  add('script-src', `'nonce-${nonce}'`)
  add('connect-src', "'self'")
  return directives.map(({name, values}) => [name, ...values].join(' ')).join('; ')
}

/** Screen only: the paged view's pages as sheets on a grey desk. */
const pagedViewStyle = `@media screen {
  body { background: #e5e5e5; }
  .pagedjs_pages { display: flex; flex-direction: column; align-items: center; }
  .pagedjs_page { background: #fff; margin: 1.5rem 0; box-shadow: 0 1px 6px rgb(0 0 0 / 25%); }
}`

export interface PreviewPageOptions {
  nonce: string
  /** Lay the page out in pages with paged.js (reading copies and packs; not the archive's screen pages). */
  paged: boolean
  /** The project's version the page was rendered from (see ReloadEvents). */
  version: number
}

/**
 * A rendered page as the preview serves it: the reload script (and, for printed documents, paged.js)
 * added, each allowed by the nonce in the page's own policy, which otherwise stays as strict as it was.
 */
export function previewPage(html: string, options: PreviewPageOptions): string {
  const {document} = parseHTML(html)
  for (const meta of Array.from(document.querySelectorAll('meta[http-equiv]'))) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy') {
      meta.setAttribute('content', admitPreviewScripts(meta.getAttribute('content') ?? '', options.nonce))
    }
  }
  const script = (text: string | null, src?: string) => {
    const element = document.createElement('script')
    element.setAttribute('nonce', options.nonce)
    if (src) element.setAttribute('src', src)
    if (text) element.textContent = text
    return element
  }
  const head = document.head ?? document.documentElement
  if (options.paged) {
    const style = document.createElement('style')
    style.textContent = pagedViewStyle
    head.append(style, script(null, pagedScriptPath))
  }
  head.append(script(reloadScript(options.version)))
  return document.toString()
}
