import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildArchive, type Catalogue} from '../../src/archive/index.ts'
import type {Statement} from '../../src/load-statement.ts'
import {fixtureStatements} from './fixture-statements.ts'
import {launchSiteBrowser} from './launch-site-browser.ts'

let work: string
let statements: Statement[]
let browser: Browser
let page: Page
const problems: string[] = []

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'statement-packs-archive-language-'))
  statements = await fixtureStatements()
  browser = await launchSiteBrowser()
  page = await browser.newPage()
  page.on('pageerror', (error) => problems.push(error instanceof Error ? error.message : String(error)))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  rmSync(work, {recursive: true, force: true})
})

/** The site in `language`, built from the archive fixtures; its file:// address. */
async function siteIn(language: 'en' | 'fr' | 'ar', from = statements, name: string = language): Promise<{url: string; catalogue: Catalogue}> {
  const site = join(work, name)
  await buildArchive(from, {outDir: site, language, now: new Date('2026-06-01T00:00:00Z')})
  return {url: `${pathToFileURL(site).href}/`, catalogue: JSON.parse(readFileSync(join(site, 'catalogue.json'), 'utf8')) as Catalogue}
}

const texts = (selector: string) => page.$$eval(selector, (elements) => elements.map((element) => element.textContent?.trim()))
const statusText = () => page.$eval('#search-status', (element) => element.textContent ?? '')

describe('an archive whose interface is French', () => {
  let site: {url: string; catalogue: Catalogue}
  beforeAll(async () => {
    site = await siteIn('fr')
  }, 60_000)

  it('labels its navigation, headings and search box in French, and dates its lists in French', async () => {
    await page.goto(`${site.url}index.html`)
    expect(await page.$eval('html', (element) => [element.lang, element.dir])).toEqual(['fr', 'ltr'])
    expect(await texts('.site-nav a')).toEqual(['Réunions', 'Organisations', 'Rechercher'])
    expect(await page.$eval('h1', (element) => element.textContent)).toBe('Archive des déclarations')
    expect(await page.$eval('#search-box-q', (element) => element.getAttribute('placeholder'))).toBe('Rechercher des déclarations')
    expect(await texts('.meeting-meta span')).toEqual(expect.arrayContaining(['1er–5 décembre 2025', '7 déclarations', '3 points de l’ordre du jour']))
    // The site's count is on the home page only (a statement added renders no other page for it).
    expect(await page.$eval('.page-meta', (element) => element.textContent)).toMatch(/^14 déclarations /)
    expect(await page.$eval('.site-footer', (element) => element.textContent)).toMatch(/^\s*Flux Atom · catalogue\.json/)
  })

  it('searches with French labels and filters, and says what it found in French', async () => {
    await page.goto(`${site.url}search.html`)
    await page.waitForSelector('#search-form[data-ready="true"]')
    expect(await page.$eval('label[for="search-q"]', (element) => element.textContent)).toBe('Mots à rechercher')
    expect(await page.$eval('label[for="filter-language"]', (element) => element.textContent)).toBe('Langue')
    expect(await page.$eval('#filter-meeting option[value=""]', (element) => element.textContent)).toBe('Toutes les réunions')
    // Language names in the filter are French too.
    expect(await texts('#filter-language option')).toEqual(expect.arrayContaining(['Toutes les langues', 'arabe', 'chinois']))
    expect(await statusText()).toBe('Saisissez un mot pour rechercher dans toutes les déclarations, ou choisissez un filtre.')

    await page.type('#search-q', 'coopération')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => /correspond/.test(document.getElementById('search-status')?.textContent ?? ''))
    const shown = await page.$$eval('#search-results > li', (items) => items.length)
    expect(shown).toBeGreaterThan(0)
    const found = shown === 1 ? '1 déclaration correspond' : `${shown} déclarations correspondent`
    expect(await statusText()).toBe(`${found} à «\u00a0coopération\u00a0».`)

    await page.$eval('#search-q', (element) => ((element as HTMLInputElement).value = ''))
    await page.select('#filter-language', 'ar')
    await page.waitForFunction(() => /filtres/.test(document.getElementById('search-status')?.textContent ?? ''))
    const arabic = site.catalogue.statements.filter((statement) => statement.meta.language === 'ar').length
    expect(await statusText()).toBe(arabic === 1 ? '1 déclaration correspond aux filtres.' : `${arabic} déclarations correspondent aux filtres.`)
    expect(problems).toEqual([])
  }, 30_000)

  it('keeps an Arabic statement page Arabic and right to left, inside a French frame', async () => {
    const arabic = site.catalogue.statements.find((statement) => statement.meta.language === 'ar')!
    await page.goto(`${site.url}${arabic.paths.page}`)
    expect(await page.$eval('html', (element) => [element.lang, element.dir])).toEqual(['ar', 'rtl'])
    expect(await page.$eval('.statement-body', (element) => getComputedStyle(element).direction)).toBe('rtl')
    expect(await page.$eval('.site-header', (element) => [(element as HTMLElement).lang, getComputedStyle(element).direction])).toEqual(['fr', 'ltr'])
    expect(await page.$eval('#statement-links-title', (element) => element.textContent)).toBe('À propos de cette déclaration')
    expect(await texts('.statement-links li')).toContain('Langue\u00a0: arabe')
  })
})

describe('an archive whose interface is Arabic', () => {
  it('runs its own pages right to left', async () => {
    const site = await siteIn('ar')
    await page.goto(`${site.url}index.html`)
    expect(await page.$eval('html', (element) => [element.lang, element.dir, getComputedStyle(element).direction])).toEqual(['ar', 'rtl', 'rtl'])
    expect(await texts('.site-nav a')).toEqual(['الاجتماعات', 'المنظمات', 'بحث'])
    // A French statement keeps its language and direction inside the Arabic frame.
    const french = site.catalogue.statements.find((statement) => statement.meta.language === 'fr')!
    await page.goto(`${site.url}${french.paths.page}`)
    expect(await page.$eval('html', (element) => [element.lang, element.dir])).toEqual(['fr', 'ltr'])
    expect(await page.$eval('.site-header', (element) => [(element as HTMLElement).lang, (element as HTMLElement).dir])).toEqual(['ar', 'rtl'])
  }, 60_000)
})

describe('the fonts of an archive', () => {
  it('ship the script of its interface even when no statement is written in it', async () => {
    const english = statements.filter((statement) => statement.meta.language === 'en')
    const fontsOf = async (language: 'en' | 'ar') => readFileSync(new URL('assets/fonts.css', (await siteIn(language, english, `english-in-${language}`)).url), 'utf8')
    // Every face ships its Latin files; its Arabic ones only for Arabic letters.
    expect(await fontsOf('en')).not.toContain('noto-sans-arabic-arabic-400-normal.woff2')
    expect(await fontsOf('ar')).toContain('noto-sans-arabic-arabic-400-normal.woff2')
  }, 60_000)
})
