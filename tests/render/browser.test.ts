import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it, vi} from 'vitest'
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
    expect((error as Error).message).toContain('npx statement-packs setup')
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

  it('starts the browser ahead of the first document when warmed up, and prints with it', async () => {
    const session = openBrowserSession({concurrency: 1})
    try {
      expect(session.pid).toBeUndefined()
      session.warmUp()
      await vi.waitFor(() => expect(session.pid).toBeTypeOf('number'), {timeout: 30_000, interval: 50})
      const pid = session.pid
      const pdf = await session.pdf('<p>first document</p>', {format: 'A4'})
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
      expect(session.pid).toBe(pid)
      expect(session.relaunches).toBe(0)
    } finally {
      await session.close()
    }
  })

  it('lays a document out in print media, as it will be printed', async () => {
    const session = openBrowserSession({concurrency: 1})
    try {
      const html = '<style>p { width: 100px } @media print { p { width: 321px } }</style><p>text</p>'
      const width = await session.withPage(html, (page) => page.evaluate(`document.querySelector('p').getBoundingClientRect().width`))
      expect(width).toBe(321)
    } finally {
      await session.close()
    }
  })
})

describe('Ctrl-C', () => {
  it('closes the browser when the process is interrupted', async () => {
    const {spawn} = await import('node:child_process')
    const browserModule = new URL('../../src/render/browser.ts', import.meta.url).href
    const script = `import {openBrowserSession} from '${browserModule}'
      const session = openBrowserSession({concurrency: 1})
      await session.pdf('<p>x</p>', {})
      process.stdout.write(String(session.pid) + '\\n')
      setInterval(() => {}, 1000)`
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'inherit']})
    const pid = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => resolve(Number(data.toString().trim())))
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)))
    })
    expect(isAlive(pid)).toBe(true)
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    child.kill('SIGINT')
    expect(await exited).toBe('SIGINT')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(isAlive(pid)).toBe(false)
  })
})

/** Running, and not a zombie waiting for a parent that is gone (containers often do not reap them). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  if (!existsSync(`/proc/${pid}/stat`)) return process.platform !== 'linux'
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
}
