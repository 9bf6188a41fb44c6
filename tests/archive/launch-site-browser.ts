import puppeteer, {type Browser} from 'puppeteer-core'
import {isRoot, launchArgs} from '../../src/render/browser.ts'
import {requireBrowser} from '../../src/render/find-browser.ts'

/**
 * A browser for clicking through a built archive like a reader: scripts on
 * (the search page needs them), network off. The product's browser module
 * runs no script by design, so the archive tests launch their own with its flags.
 */
export async function launchSiteBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: requireBrowser().path,
    headless: true,
    args: [...launchArgs, ...(isRoot() ? ['--no-sandbox'] : [])],
  })
}
