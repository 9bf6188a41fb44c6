import {existsSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'
import {Browser, Cache} from '@puppeteer/browsers'
import {BrowserError} from '../errors.ts'

export interface FoundBrowser {
  path: string
  /** Where it was found, for messages. */
  origin: 'PUPPETEER_EXECUTABLE_PATH' | 'puppeteer-download' | 'system'
}

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const browserSetupHint =
  'No Chrome or Chromium browser was found. Run `npx statement-packs setup` (it downloads Chrome for Testing\'s ' +
  'headless shell, else installs Debian/Ubuntu\'s `chromium` package as root), or install Chromium yourself ' +
  '(`sudo apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium executable.'

/** Where Puppeteer keeps the browsers it downloads, and where `setup` puts one. */
export function browserCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer')
}

/** The browser to use, in order: PUPPETEER_EXECUTABLE_PATH, a downloaded one (by `setup` or Puppeteer), a system Chrome/Chromium. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH
  if (fromEnv) return {path: fromEnv, origin: 'PUPPETEER_EXECUTABLE_PATH'}
  const downloaded = downloadedBrowser(browserCacheDir(env))
  if (downloaded) return {path: downloaded, origin: 'puppeteer-download'}
  const system = systemBrowsers.find((path) => existsSync(path))
  return system ? {path: system, origin: 'system'} : undefined
}

/** Like `findBrowser`, but a missing browser is an error that says exactly what to do. */
export function requireBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const found = findBrowser(env)
  if (!found) throw new BrowserError(browserSetupHint)
  if (!existsSync(found.path)) {
    throw new BrowserError(`${found.origin} points at ${found.path}, which does not exist. ${browserSetupHint}`)
  }
  return found
}

/** The newest headless shell (else Chrome) in Puppeteer's cache folder. */
function downloadedBrowser(cacheDir: string): string | undefined {
  const installed = new Cache(cacheDir)
    .getInstalledBrowsers()
    .filter((entry) => (entry.browser === Browser.CHROMEHEADLESSSHELL || entry.browser === Browser.CHROME) && existsSync(entry.executablePath))
    .sort((a, b) => Number(b.browser === Browser.CHROMEHEADLESSSHELL) - Number(a.browser === Browser.CHROMEHEADLESSSHELL) || b.buildId.localeCompare(a.buildId, 'en', {numeric: true}))
  return installed[0]?.executablePath
}
