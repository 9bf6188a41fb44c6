import {randomBytes} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {UsageError} from '../errors.ts'
import {admitPreviewScripts, previewPage, pagedScriptPath, reloadEventsPath} from './preview-page.ts'
import type {PageKind, PreviewProject, RenderedPage} from './preview-project.ts'
import {ReloadEvents} from './reload-events.ts'
import {parseRequestPath} from './request-path.ts'
import {servedFile} from './served-file.ts'

/** The only address the preview listens on: nothing beyond this machine can reach it. */
export const previewHost = '127.0.0.1'

// paged.js's polyfill build (vendored: see vendor/pagedjs/README.md), served to the preview's pages
// only; it never reaches a printed document.
const pagedScript = fileURLToPath(new URL('../../vendor/pagedjs/paged.polyfill.js', import.meta.url))

const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/**
 * The policy sent with each kind of page, besides the one in the page itself (both apply): a page
 * whose template lost its own still loads nothing but the preview's scripts.
 */
const policies: Record<PageKind, string> = {
  document: "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:",
  site: "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; script-src 'self'",
  tool: "default-src 'none'; style-src 'unsafe-inline'",
}

// Headers every response carries: a file served as what it is, and no address of the preview leaks.
const commonHeaders = {'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store'}

export interface PreviewServerOptions {
  /** Default: a free port. */
  port?: number
}

export interface PreviewServer {
  /** `http://127.0.0.1:PORT/` */
  url: string
  port: number
  /** Tell the open pages to reload. */
  reload(): void
  /** Stop listening, end the event streams and every connection. */
  close(): Promise<void>
}

/**
 * The preview's HTTP server, on 127.0.0.1 only: the index, each reading copy and pack rendered on
 * request, the archive, the output folder's files, and the reload events. Requests naming another
 * host (DNS rebinding), a path that climbs out (`..`, encoded, absolute) or a link out are refused.
 */
export async function startPreviewServer(project: PreviewProject, options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const events = new ReloadEvents()
  let allowedHosts = new Set<string>()
  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `The preview failed: ${error instanceof Error ? error.message : String(error)}\n`)
      else response.destroy()
    })
  })

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) return send(response, 403, 'text/plain; charset=utf-8', 'Unexpected Host header, expected this preview\'s own address\n')
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Only GET and HEAD\n')
    const parsed = parseRequestPath(request.url ?? '')
    if ('status' in parsed) return send(response, parsed.status, 'text/plain; charset=utf-8', `Refused: ${parsed.status === 403 ? 'the path leaves the project' : 'not a path'}\n`)
    // Before rendering: a change while the page renders makes it reload once more.
    const version = events.version
    const sendPage = (response: ServerResponse, page: RenderedPage | null) => sendRendered(response, page, version)
    const [top = '', ...rest] = parsed.segments
    const path = parsed.segments.join('/')
    if (path === '') return sendPage(response, await project.indexPage())
    if (`/${path}` === reloadEventsPath) return events.attach(response)
    if (`/${path}` === pagedScriptPath) return sendFile(request, response, pagedScript)
    if (top === 'reading-copies' && rest.length === 1 && rest[0]!.endsWith('.html')) {
      return sendPage(response, await project.readingCopy(rest[0]!.slice(0, -'.html'.length)))
    }
    if (top === 'packs') return sendPage(response, await project.pack(path))
    if (top === 'archive' || top === 'output') {
      let folder = project.outputFolder
      if (top === 'archive') {
        const archive = await project.archiveFolder()
        if (!('folder' in archive)) return sendPage(response, archive)
        folder = archive.folder
      }
      if (rest.length === 0) return redirect(response, `/${top}/`)
      const file = await servedFile(folder, rest)
      if ('folder' in file) return redirect(response, `${request.url!.split('?')[0]}/`)
      if ('status' in file) return send(response, file.status, 'text/plain; charset=utf-8', file.status === 403 ? 'Refused: the file is outside the project\n' : 'Not found\n')
      if (top === 'archive' && extname(file.path) === '.html') {
        return sendPage(response, {status: 200, html: await readFile(file.path, 'utf8'), kind: 'site'})
      }
      // The last build's files are served as they are, but a page found there runs no script and
      // reaches nothing of the preview's (a sandbox); PDFs open in the browser's viewer, which a
      // sandbox would block.
      return sendFile(request, response, file.path, top === 'output' && extname(file.path).toLowerCase() !== '.pdf' ? {'content-security-policy': 'sandbox'} : {})
    }
    return sendPage(response, null)
  }

  function sendRendered(response: ServerResponse, page: RenderedPage | null, version: number): void {
    if (!page) return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n')
    const nonce = randomBytes(16).toString('base64')
    const policy = `${admitPreviewScripts(policies[page.kind], nonce)}; base-uri 'none'`
    response.writeHead(page.status, {...commonHeaders, 'content-type': mediaTypes['.html']!, 'content-security-policy': policy})
    response.end(previewPage(page.html, {nonce, paged: page.kind === 'document', version}))
  }

  function sendFile(request: IncomingMessage, response: ServerResponse, path: string, headers: Record<string, string> = {}): void {
    const type = mediaTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
    response.writeHead(200, {...commonHeaders, ...headers, 'content-type': type})
    if (request.method === 'HEAD') return void response.end()
    createReadStream(path).on('error', () => response.destroy()).pipe(response)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UsageError(`Port ${options.port} is taken: choose another with --port, or leave --port out for a free one`, {cause: error}) : error),
    )
    server.listen(options.port ?? 0, previewHost, () => resolve())
  })
  const {port} = server.address() as AddressInfo
  allowedHosts = new Set([`${previewHost}:${port}`, `localhost:${port}`])

  return {
    url: `http://${previewHost}:${port}/`,
    port,
    reload: () => events.reload(),
    close: async () => {
      events.close()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {...commonHeaders, 'content-type': type})
  response.end(body)
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, {...commonHeaders, location})
  response.end()
}
