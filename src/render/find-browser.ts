import {existsSync} from 'node:fs'
import {executablePath} from 'puppeteer'
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
  'No Chrome or Chromium browser was found. Run `npm run setup` (it tries Puppeteer\'s download, then ' +
  'Debian/Ubuntu\'s `chromium` package as root), or install Chromium yourself (`sudo apt-get install chromium`), ' +
  'or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium executable.'

/** The browser to use, in order: PUPPETEER_EXECUTABLE_PATH, Puppeteer's own download, a system Chrome/Chromium. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | undefined {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH
  if (fromEnv) return {path: fromEnv, origin: 'PUPPETEER_EXECUTABLE_PATH'}
  const downloaded = downloadedBrowser()
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

function downloadedBrowser(): string | undefined {
  try {
    const path = executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}
