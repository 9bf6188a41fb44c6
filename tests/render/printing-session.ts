import {afterAll, beforeAll} from 'vitest'
import {openBrowserSession, type BrowserSession} from '../../src/render/browser.ts'
import {loadTemplates, type Templates} from '../../src/templates/index.ts'

// What every printing test file shares: one browser session and the default templates, opened
// before the file's tests and closed after them. Each test file has its own copy of this module.

export let session: BrowserSession
export let templates: Templates

/** Call at the top of a test file that prints. */
export function usePrintingSession(): void {
  beforeAll(async () => {
    session = openBrowserSession({concurrency: 2})
    templates = await loadTemplates()
  })
  afterAll(async () => {
    await session?.close()
  })
}
