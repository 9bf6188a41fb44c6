import puppeteer, {type Browser} from 'puppeteer'
import {requireBrowser} from '../../src/render/find-browser.ts'

/**
 * A browser for clicking through a built archive like a reader: scripts on
 * (the search page needs them), network off. The product's browser module
 * runs no script by design, so the archive tests launch their own.
 */
export async function launchSiteBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: requireBrowser().path,
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}
