import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildArchive, type Catalogue} from '../../src/archive/index.ts'
import {fixtureStatements} from './fixture-statements.ts'
import {launchSiteBrowser} from './launch-site-browser.ts'

let work: string
let site: string
let siteUrl: string
let catalogue: Catalogue
let browser: Browser
let page: Page
const outsideRequests: string[] = []
const problems: string[] = []

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'statement-packs-archive-browser-'))
  site = join(work, 'site')
  await buildArchive(await fixtureStatements(), {outDir: site, now: new Date('2026-06-01T00:00:00Z')})
  siteUrl = pathToFileURL(site).href + '/'
  catalogue = JSON.parse(readFileSync(join(site, 'catalogue.json'), 'utf8')) as Catalogue
  browser = await launchSiteBrowser()
  page = await browser.newPage()
  page.on('request', (request) => {
    if (!request.url().startsWith(siteUrl) && !request.url().startsWith('data:')) outsideRequests.push(request.url())
  })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  rmSync(work, {recursive: true, force: true})
})

async function clickLink(name: string | RegExp): Promise<void> {
  const links = await page.$$('a')
  for (const link of links) {
    const text = (await link.evaluate((element) => element.textContent ?? '')).trim()
    if (typeof name === 'string' ? text === name : name.test(text)) {
      await Promise.all([page.waitForNavigation(), link.click()])
      return
    }
  }
  throw new Error(`No link "${name}" on ${page.url()}`)
}

const heading = () => page.$eval('h1', (element) => element.textContent?.trim())

/** A word of at least six letters that occurs in exactly one published statement (front matter included). */
function wordInExactlyOneStatement(): {word: string; page: string} {
  const statementsWith = new Map<string, Set<string>>()
  for (const statement of catalogue.statements) {
    for (const word of readFileSync(join(site, statement.paths.markdown), 'utf8').toLowerCase().split(/[^a-z]+/)) {
      if (word.length < 6) continue
      const pages = statementsWith.get(word) ?? new Set()
      pages.add(statement.paths.page)
      statementsWith.set(word, pages)
    }
  }
  const [word, pages] = [...statementsWith].filter(([, pages]) => pages.size === 1).sort(([a], [b]) => (a < b ? -1 : 1))[0]!
  return {word, page: [...pages][0]!}
}

async function waitForSearch(): Promise<void> {
  await page.waitForSelector('#search-form[data-ready="true"]')
  await page.waitForFunction(() => {
    const list = document.getElementById('search-results')
    const status = document.getElementById('search-status')?.textContent ?? ''
    return /match/.test(status) && list?.getAttribute('data-shown') === String(list?.children.length)
  })
}

describe('the archive in a browser, from file://', () => {
  it('goes from the home page down to a statement and back', async () => {
    await page.goto(`${siteUrl}index.html`)
    expect(await heading()).toBe('Statement archive')
    await clickLink('22nd Meeting of States Parties')
    expect(await heading()).toBe('22nd Meeting of States Parties')
    await clickLink('Declaración de Chile')
    expect(await heading()).toBe('Declaración de Chile')
    expect(await page.$eval('html', (element) => element.lang)).toBe('es')
    // Previous and next stay under the same agenda item.
    await clickLink(/^Next statement/)
    expect(await page.$eval('.breadcrumbs li:last-child', (element) => element.textContent)).toContain('Agenda item 9 d)')
    await clickLink('22nd Meeting of States Parties')
    expect(await heading()).toBe('22nd Meeting of States Parties')
    await clickLink('Meetings')
    expect(page.url()).toBe(`${siteUrl}index.html`)
  }, 30_000)

  it('finds a word that occurs in exactly one statement, shows the passage and lands on it', async () => {
    const {word, page: expected} = wordInExactlyOneStatement()
    await page.goto(`${siteUrl}index.html`)
    await page.type('input[type="search"]', word)
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])
    await waitForSearch()
    const results = await page.$$eval('#search-results > li', (items) =>
      items.map((item) => ({href: item.querySelector('a')?.getAttribute('href'), marks: Array.from(item.querySelectorAll('mark'), (mark) => mark.textContent)})),
    )
    expect(results).toHaveLength(1)
    expect(results[0]!.href).toBe(expected)
    expect(results[0]!.marks.map((mark) => mark?.toLowerCase())).toContain(word)
    const link = (await page.$('#search-results a'))!
    await Promise.all([page.waitForNavigation(), link.click()])
    expect(page.url()).toBe(`${siteUrl}${expected}`)
  }, 30_000)

  it('filters by language', async () => {
    const french = catalogue.statements.filter((statement) => statement.meta.language === 'fr').map((statement) => statement.paths.page)
    expect(french.length).toBeGreaterThan(1)
    await page.goto(`${siteUrl}search.html`)
    await page.waitForSelector('#search-form[data-ready="true"]')
    await page.select('#filter-language', 'fr')
    await waitForSearch()
    const shown = await page.$$eval('#search-results > li a', (links) => links.map((link) => link.getAttribute('href')))
    expect(shown.sort()).toEqual(french.sort())
    // A query narrows the filtered statements further.
    await page.type('#search-q', 'coopération')
    await Promise.all([page.waitForFunction(() => /coopération/.test(document.getElementById('search-status')?.textContent ?? '')), page.keyboard.press('Enter')])
    await waitForSearch()
    const narrowed = await page.$$eval('#search-results > li a', (links) => links.map((link) => link.getAttribute('href')))
    expect(narrowed.length).toBeGreaterThan(0)
    expect(narrowed.length).toBeLessThan(french.length)
    for (const href of narrowed) expect(french).toContain(href)
  }, 30_000)

  it('reads an Arabic statement right to left', async () => {
    const arabic = catalogue.statements.find((statement) => statement.meta.language === 'ar')!
    await page.goto(`${siteUrl}${arabic.paths.page}`)
    expect(await page.$eval('html', (element) => [element.lang, element.dir])).toEqual(['ar', 'rtl'])
    expect(await page.$eval('.statement-body', (element) => getComputedStyle(element).direction)).toBe('rtl')
  })

  it('fits a phone screen and prints without the site furniture', async () => {
    await page.setViewport({width: 360, height: 740})
    for (const path of ['index.html', 'apmbc-22msp/index.html', catalogue.statements[0]!.paths.page, 'search.html']) {
      await page.goto(`${siteUrl}${path}`)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360)
    }
    await page.emulateMediaType('print')
    expect(await page.$eval('.site-header', (element) => getComputedStyle(element).display)).toBe('none')
    await page.emulateMediaType()
    await page.setViewport({width: 1100, height: 900})
  }, 30_000)

  it('has a well-formed Atom feed whose entries link to statement pages', async () => {
    const feed = readFileSync(join(site, 'feed.xml'), 'utf8')
    const parsed = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml')
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        root: document.documentElement.namespaceURI,
        links: Array.from(document.querySelectorAll('entry > link'), (link) => link.getAttribute('href')),
        ids: Array.from(document.querySelectorAll('entry > id'), (id) => id.textContent),
      }
    }, feed)
    expect(parsed.error).toBeNull()
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom')
    expect(parsed.links.length).toBeGreaterThan(0)
    for (const link of parsed.links) expect(catalogue.statements.map((statement) => statement.paths.page)).toContain(link)
    for (const id of parsed.ids) expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
  })

  it('made no request outside its folder and reported no error', () => {
    expect(outsideRequests).toEqual([])
    expect(problems).toEqual([])
  })
})
