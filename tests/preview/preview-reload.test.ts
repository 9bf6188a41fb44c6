import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {Browser, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchPreviewBrowser} from './launch-preview-browser.ts'
import {previewProject, startPreview, testStatement, type RunningPreview} from './preview-project.ts'

// Saving a file reaches the page through the watcher, the reload event and a new render: generous.
const reloadTimeout = 20_000

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText)

/**
 * Wait for the page (reloaded, and laid out in pages when it is a document) to show `text`. Asked
 * from here, again and again: a wait inside the page would not outlive the reload it waits for.
 */
async function waitForText(page: Page, text: string): Promise<void> {
  const deadline = Date.now() + reloadTimeout
  let shown = ''
  while (Date.now() < deadline) {
    shown = await bodyText(page).catch(() => '')
    if (shown.includes(text)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The page did not show "${text}" within ${reloadTimeout} ms; it shows: ${shown.slice(0, 300)}`)
}

describe('preview in a browser', () => {
  let root: string
  let server: RunningPreview
  let browser: Browser
  let page: Page
  const refusals: string[] = []

  beforeAll(async () => {
    root = await previewProject({'testland.txt': testStatement('Testland', 'Testland welcomes the progress made on stockpile destruction.')})
    await mkdir(join(root, 'theme', 'partials'), {recursive: true})
    server = await startPreview(root, {templates: 'theme'})
    browser = await launchPreviewBrowser()
    page = await browser.newPage()
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text())
    })
    await page.goto(`${server.url}reading-copies/testland.html`, {waitUntil: 'load'})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the reading copy in pages (paged.js), with nothing refused by the page policy', async () => {
    await page.waitForSelector('.pagedjs_page', {timeout: reloadTimeout})
    expect(await bodyText(page)).toContain('Testland welcomes the progress made on stockpile destruction.')
    expect(refusals).toEqual([])
  })

  it('reloads with the new text when the source is saved', async () => {
    await writeFile(join(root, 'sources', 'testland.txt'), testStatement('Testland', 'Testland announces that its last stockpiled cluster munition was destroyed in May.'))
    await waitForText(page, 'last stockpiled cluster munition')
    await page.waitForSelector('.pagedjs_page', {timeout: reloadTimeout})
    expect(await bodyText(page)).not.toContain('welcomes the progress')
  })

  it('shows a broken template as an error in the page, keeps serving, and recovers when it is fixed', async () => {
    const partial = join(root, 'theme', 'partials', 'statement-header.hbs')
    await writeFile(partial, '<header>{{#if title}}<h1>{{title}}</h1></header>\n')
    await waitForText(page, 'statement-header.hbs')
    expect(await bodyText(page)).toMatch(/Parse error|Expecting/)
    await writeFile(partial, '<header class="fixed-header"><h1>{{title}}</h1></header>\n')
    await waitForText(page, 'last stockpiled cluster munition')
    expect(await page.$('.fixed-header')).not.toBeNull()
  })

  it('shows the diagnostics of a source saved with errors, and keeps serving', async () => {
    await writeFile(join(root, 'sources', 'testland.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00, 0x00]))
    await waitForText(page, 'sources/testland.txt:')
    expect(await bodyText(page)).toMatch(/sources\/testland\.txt:\d+:\d+ +error/)
    await writeFile(join(root, 'sources', 'testland.txt'), testStatement('Testland', 'Testland is back.'))
    await waitForText(page, 'Testland is back.')
  })

  it('shows a pack in pages, and the archive, each reloading when a source is added', async () => {
    const index = await (await fetch(server.url)).text()
    const pack = /href="\/(packs\/[^"]+\.html)"/.exec(index)![1]!
    const packPage = await browser.newPage()
    await packPage.goto(`${server.url}${pack}`, {waitUntil: 'load'})
    await packPage.waitForSelector('.pagedjs_page', {timeout: reloadTimeout})
    await waitForText(packPage, 'Testland is back.')
    // Cover, contents, the statement: each on pages of its own.
    expect(await packPage.$$eval('.pagedjs_page', (pages) => pages.length)).toBeGreaterThanOrEqual(3)

    const archivePage = await browser.newPage()
    archivePage.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text())
    })
    await archivePage.goto(`${server.url}archive/`, {waitUntil: 'load'})
    await waitForText(archivePage, '1 statement')
    await writeFile(join(root, 'sources', 'otherland.txt'), testStatement('Otherland', 'Otherland joins the debate.'))
    await waitForText(archivePage, '2 statements')
    expect(refusals).toEqual([])
    await packPage.close()
    await archivePage.close()
  })
})
