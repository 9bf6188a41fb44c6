import {describe, expect, it} from 'vitest'
import {BrowserError, exitCodeFor} from '../../src/errors.ts'
import {openBrowserSession} from '../../src/render/browser.ts'

describe('browser session', () => {
  it('fails at once with the set-up hint when the browser does not exist', () => {
    let error: unknown
    try {
      openBrowserSession({env: {PUPPETEER_EXECUTABLE_PATH: '/nowhere/chromium'}})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(BrowserError)
    expect((error as Error).message).toContain('/nowhere/chromium, which does not exist')
    expect((error as Error).message).toContain('npm run setup')
    expect(exitCodeFor(error)).toBe(1)
  })

  it('gives up on a document that takes longer than its timeout, and keeps working', async () => {
    const session = openBrowserSession({concurrency: 1, timeoutMs: 800})
    try {
      // A document that takes seconds to lay out and print: a table of 200,000 cells.
      const row = `<tr>${'<td>cell</td>'.repeat(400)}</tr>`
      const slow = `<!DOCTYPE html><body><table>${row.repeat(500)}</table></body>`
      await expect(session.pdf(slow, {format: 'A4'})).rejects.toThrow(/longer than 800 ms/)
      const pdf = await session.pdf('<p>next document</p>', {format: 'A4'})
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
    } finally {
      await session.close()
    }
  })
})
