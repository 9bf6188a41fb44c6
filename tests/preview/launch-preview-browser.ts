import puppeteer, {type Browser} from 'puppeteer-core'
import {isRoot, launchArgs} from '../../src/render/browser.ts'
import {requireBrowser} from '../../src/render/find-browser.ts'

/**
 * A browser that opens the preview as a reader does: scripts on, loopback reachable and every other
 * address sent to a proxy that does not exist (the product's browser refuses loopback too).
 */
export async function launchPreviewBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: requireBrowser().path,
    headless: true,
    args: [...launchArgs.filter((arg) => !arg.startsWith('--proxy-bypass-list')), ...(isRoot() ? ['--no-sandbox'] : [])],
  })
}
