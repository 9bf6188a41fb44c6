import {describe, expect, it} from 'vitest'
import {BrowserError} from '../../src/errors.ts'
import {findBrowser, requireBrowser} from '../../src/render/find-browser.ts'

describe('findBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH over any other browser', () => {
    expect(findBrowser({PUPPETEER_EXECUTABLE_PATH: process.execPath})).toEqual({
      path: process.execPath,
      origin: 'PUPPETEER_EXECUTABLE_PATH',
    })
  })

  it('says what to run when the configured browser does not exist', () => {
    expect(() => requireBrowser({PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome'})).toThrow(BrowserError)
    expect(() => requireBrowser({PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome'})).toThrow(/Run `npx statement-packs setup`/)
  })
})
