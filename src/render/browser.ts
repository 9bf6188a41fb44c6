import {mkdtempSync, rmSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Browser, HTTPRequest, Page, PDFOptions} from 'puppeteer-core'
import {createLimiter, type Limiter} from '../concurrency.ts'
import {BrowserError, RenderError} from '../errors.ts'
import {requireBrowser} from './find-browser.ts'

/**
 * The one module that owns Puppeteer: one browser per run, a bounded pool of pages that run no
 * script, fetch nothing but data: URLs and lay documents out in print media from the start (one
 * style resolution for the media they print in), a timeout per document, one relaunch and retry when
 * the browser dies, and the browser always closed (on errors and on Ctrl-C too).
 *
 * Signals are the caller's: Puppeteer's own handlers are off, so that a command that stops after
 * the documents in progress (the CLI on Ctrl-C) keeps its browser for them. When nobody else
 * handles a signal, it ends the process as usual, after the browsers are killed. On any exit the
 * browsers are killed and their profile folders removed.
 */

export interface BrowserSessionOptions {
  /** Pages printing at once. Default: one per core. */
  concurrency?: number
  /** Time allowed for one document (loading and printing). Default 60 s. */
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
}

export type PrintOptions = Omit<PDFOptions, 'path' | 'timeout'>

export interface BrowserSession {
  /** Print one HTML document to PDF. */
  pdf(html: string, options: PrintOptions): Promise<Uint8Array>
  /**
   * Load `html` into a pooled page (script and network off, print media) and run `work` with it:
   * for measuring layout before printing. `work` may evaluate in the page; the document's own
   * scripts never run.
   */
  withPage<T>(html: string, work: (page: Page) => Promise<T>): Promise<T>
  /**
   * Launch the browser and open a page now, in the background, if none is ready: for a caller
   * that prepares its first document meanwhile. A launch that fails here fails again, reported,
   * at the first document.
   */
  warmUp(): void
  /** Pid of the current browser process (changes after a relaunch). */
  readonly pid: number | undefined
  /** How many times the browser had to be relaunched. */
  readonly relaunches: number
  readonly concurrency: number
  close(): Promise<void>
}

const launchTimeoutMs = 30_000

/** Chromium's flags for rendering untrusted documents offline (tests that drive a browser reuse them). */
export const launchArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--font-render-hinting=none',
  '--mute-audio',
  '--dns-prefetch-disable',
  // Interception stops requests, but Chromium may still open a connection ahead of one
  // (preconnect). Every connection goes to a proxy that does not exist, loopback included.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
]

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** A page is allowed to load its own document and data: URLs, nothing else. */
function allowed(request: HTTPRequest): boolean {
  const url = request.url()
  return url.startsWith('data:') || url === 'about:blank'
}

class Session implements BrowserSession {
  readonly concurrency: number
  relaunches = 0
  private browser: Browser | undefined
  private launching: Promise<Browser> | undefined
  /** Profile folders of this session's browsers, removed when it closes. */
  private userDataDirs: string[] = []
  private idle: Page[] = []
  /** A page being opened ahead of the first document (see warmUp). */
  private warming: Promise<void> | undefined
  /** Pages printing at once. */
  private readonly limit: Limiter
  private closed = false
  private readonly timeoutMs: number
  private readonly executablePath: string

  constructor(options: BrowserSessionOptions) {
    this.executablePath = requireBrowser(options.env).path
    this.concurrency = Math.max(1, options.concurrency ?? availableParallelism())
    this.limit = createLimiter(this.concurrency)
    this.timeoutMs = options.timeoutMs ?? 60_000
    watch(this)
  }

  get pid(): number | undefined {
    return this.browser?.process()?.pid
  }

  async pdf(html: string, options: PrintOptions): Promise<Uint8Array> {
    return this.run(html, async (page) => page.pdf({...options, timeout: this.timeoutMs}))
  }

  async withPage<T>(html: string, work: (page: Page) => Promise<T>): Promise<T> {
    return this.run(html, work)
  }

  warmUp(): void {
    if (this.closed || this.warming || this.idle.length > 0 || this.browser?.connected) return
    this.warming = this.openPage().then(
      (page) => {
        this.idle.push(page)
      },
      () => undefined,
    )
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    unwatch(this)
    const browser = this.browser
    this.browser = undefined
    this.idle = []
    try {
      await browser?.close()
    } catch {
      killBrowser(browser)
    }
    this.removeUserDataDirs()
  }

  /** One document: a pooled page, the timeout, and one retry on a fresh browser if it died. */
  private async run<T>(html: string, work: (page: Page) => Promise<T>): Promise<T> {
    if (this.closed) throw new BrowserError('The browser session is closed')
    return this.limit(async () => {
      try {
        return await this.attempt(html, work)
      } catch (error) {
        if (this.closed || this.browser?.connected) throw this.renderError(error)
        this.relaunches++
        return await this.attempt(html, work).catch((retryError: unknown) => {
          throw this.renderError(retryError)
        })
      }
    })
  }

  private async attempt<T>(html: string, work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.takePage()
    let healthy = false
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderError(`Rendering took longer than ${this.timeoutMs} ms`)), this.timeoutMs)
    })
    try {
      const result = await Promise.race([
        (async () => {
          await page.setContent(html, {waitUntil: 'load', timeout: this.timeoutMs})
          return work(page)
        })(),
        timeout,
      ])
      healthy = true
      return result
    } finally {
      clearTimeout(timer)
      if (healthy && !page.isClosed() && this.browser?.connected) this.idle.push(page)
      else await page.close().catch(() => undefined)
    }
  }

  private renderError(error: unknown): Error {
    if (error instanceof RenderError || error instanceof BrowserError) return error
    return new RenderError(`The browser failed to render a document: ${error instanceof Error ? error.message : String(error)}`, {cause: error})
  }

  private async takePage(): Promise<Page> {
    await this.warming
    this.warming = undefined
    const reused = this.idle.pop()
    if (reused && !reused.isClosed()) return reused
    return this.openPage()
  }

  private async openPage(): Promise<Page> {
    const browser = await this.ensureBrowser()
    const page = await browser.newPage()
    await page.emulateMediaType('print')
    await page.setJavaScriptEnabled(false)
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return
      if (allowed(request)) void request.continue()
      else void request.abort('blockedbyclient')
    })
    return page
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.browser?.connected) return this.browser
    if (!this.launching) {
      this.launching = this.launch().finally(() => {
        this.launching = undefined
      })
    }
    return this.launching
  }

  private async launch(): Promise<Browser> {
    killBrowser(this.browser)
    this.browser = undefined
    this.idle = []
    const userDataDir = mkdtempSync(join(tmpdir(), 'statement-packs-chromium-'))
    this.userDataDirs.push(userDataDir)
    try {
      // Imported at the first launch: a run that prints nothing never loads Puppeteer.
      const {default: puppeteer} = await import('puppeteer-core')
      const browser = await puppeteer.launch({
        executablePath: this.executablePath,
        headless: true,
        args: [...launchArgs, ...(isRoot() ? ['--no-sandbox'] : []), `--user-data-dir=${userDataDir}`],
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // Starting Chromium on a busy machine can take longer than printing one document.
        timeout: Math.max(launchTimeoutMs, this.timeoutMs),
      })
      if (this.closed) {
        await browser.close()
        throw new BrowserError('The browser session is closed')
      }
      this.browser = browser
      return browser
    } catch (error) {
      if (error instanceof BrowserError) throw error
      throw new BrowserError(`Could not launch the browser at ${this.executablePath}: ${(error as Error).message}`, {cause: error})
    }
  }

  /** Kill the browser at once: for a signal nobody handles, and for the process exiting. */
  killNow(): void {
    this.closed = true
    killBrowser(this.browser)
    this.browser = undefined
    this.removeUserDataDirs()
  }

  private removeUserDataDirs(): void {
    for (const dir of this.userDataDirs.splice(0)) {
      try {
        rmSync(dir, {recursive: true, force: true, maxRetries: 3})
      } catch {
        // A dying browser may still be writing its profile; a leftover temp folder is harmless.
      }
    }
  }
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
/** Sessions not closed yet: what a signal nobody handles, or an exit, must not leave running. */
const openSessions = new Set<Session>()

function onSignal(signal: NodeJS.Signals): void {
  // Someone else handles it (the CLI finishes the documents in progress first): the browsers stay up.
  if (process.listeners(signal).some((listener) => listener !== onSignal)) return
  for (const session of openSessions) session.killNow()
  process.off(signal, onSignal)
  process.kill(process.pid, signal)
}

function onExit(): void {
  for (const session of openSessions) session.killNow()
}

function watch(session: Session): void {
  if (openSessions.size === 0) {
    for (const signal of signals) process.on(signal, onSignal)
    process.on('exit', onExit)
  }
  openSessions.add(session)
}

function unwatch(session: Session): void {
  if (!openSessions.delete(session) || openSessions.size > 0) return
  for (const signal of signals) process.off(signal, onSignal)
  process.off('exit', onExit)
}

/** Kill a browser and its helper processes (Puppeteer starts it as the leader of its own process group). */
function killBrowser(browser: Browser | undefined): void {
  const pid = browser?.process()?.pid
  if (!pid) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/**
 * Start a browser session. The browser itself is launched on first use; a missing browser fails
 * here, at once, with the exact set-up hint.
 */
export function openBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  return new Session(options)
}

/** Run `work` with a session that is closed afterwards, whatever happens. */
export async function withBrowserSession<T>(options: BrowserSessionOptions, work: (session: BrowserSession) => Promise<T>): Promise<T> {
  const session = openBrowserSession(options)
  try {
    return await work(session)
  } finally {
    await session.close()
  }
}
