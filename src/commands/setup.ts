import {spawnSync} from 'node:child_process'
import {isRoot} from '../render/browser.ts'
import {browserSetupHint, findBrowser} from '../render/find-browser.ts'

export interface SetupResult {
  browser: string
  how: 'found' | 'puppeteer-download' | 'apt-get'
}

const downloadTimeoutMs = 45_000

/**
 * Make sure a browser is available: keep the one found, else try Puppeteer's download
 * with a short timeout, else Debian/Ubuntu's `chromium` package when running as root.
 */
export async function setupBrowser(log: (line: string) => void = console.log): Promise<SetupResult> {
  const found = findBrowser()
  if (found) {
    log(`Browser found (${found.origin}): ${found.path}`)
    return {browser: found.path, how: 'found'}
  }
  log('No browser found; trying Puppeteer\'s download (chrome-headless-shell)…')
  const download = spawnSync('npx', ['--no-install', 'puppeteer', 'browsers', 'install', 'chrome-headless-shell'], {
    encoding: 'utf8',
    timeout: downloadTimeoutMs,
    env: {...process.env, PUPPETEER_SKIP_DOWNLOAD: 'false'},
  })
  const afterDownload = download.status === 0 ? findBrowser() : undefined
  if (afterDownload) return {browser: afterDownload.path, how: 'puppeteer-download'}
  const why = download.error?.message ?? `${download.stderr}`.split('\n').find((line) => /error/i.test(line)) ?? `exit code ${download.status}`
  log(`Puppeteer's download failed: ${why.trim()}`)

  if (isRoot() && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    log('Installing Debian\'s chromium package with apt-get…')
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
    spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env})
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {stdio: 'inherit', env})
    const afterApt = install.status === 0 ? findBrowser() : undefined
    if (afterApt) return {browser: afterApt.path, how: 'apt-get'}
  }
  throw new Error(browserSetupHint)
}
