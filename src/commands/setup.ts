import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {BrowserError} from '../errors.ts'
import {isRoot} from '../render/browser.ts'
import {browserCacheDir, browserSetupHint, findBrowser} from '../render/find-browser.ts'

export interface SetupResult {
  browser: string
  how: 'found' | 'puppeteer-download' | 'apt-get'
}

const downloadTimeoutMs = 120_000

/**
 * `statement-packs setup`: make sure a browser is available. Keep the one found, else download
 * Chrome for Testing's headless shell into Puppeteer's cache (with @puppeteer/browsers, under a
 * time limit), else install Debian/Ubuntu's `chromium` package when running as root.
 */
export async function setupBrowser(log: (line: string) => void = console.log): Promise<SetupResult> {
  const found = findBrowser()
  if (found) {
    log(`Browser found (${found.origin}): ${found.path}`)
    return {browser: found.path, how: 'found'}
  }
  log(`No browser found; downloading Chrome for Testing's headless shell into ${browserCacheDir()}…`)
  const download = spawnSync(process.execPath, [browsersCli(), 'install', 'chrome-headless-shell@stable', '--path', browserCacheDir()], {encoding: 'utf8', timeout: downloadTimeoutMs})
  const afterDownload = download.status === 0 ? findBrowser() : undefined
  if (afterDownload) return {browser: afterDownload.path, how: 'puppeteer-download'}
  const why = download.error?.message ?? `${download.stderr}`.split('\n').find((line) => /error/i.test(line)) ?? `exit code ${download.status}`
  log(`The download failed: ${why.trim()}`)

  if (isRoot() && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    log('Installing Debian\'s chromium package with apt-get…')
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
    spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env})
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {stdio: 'inherit', env})
    const afterApt = install.status === 0 ? findBrowser() : undefined
    if (afterApt) return {browser: afterApt.path, how: 'apt-get'}
  }
  throw new BrowserError(browserSetupHint)
}

/** The command line of @puppeteer/browsers (its `bin`, beside its CommonJS entry), run with this Node wherever the package was installed. */
function browsersCli(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@puppeteer/browsers')), 'main-cli.js')
}
