import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {createProgress, progressModeFor} from '../../src/report/progress.ts'

describe('progress', () => {
  it('draws a bar only on a terminal outside CI, and nothing with --quiet', () => {
    expect(progressModeFor({isTTY: true, env: {}})).toBe('bar')
    expect(progressModeFor({isTTY: true, env: {CI: 'true'}})).toBe('lines')
    expect(progressModeFor({isTTY: false, env: {}})).toBe('lines')
    expect(progressModeFor({isTTY: true, quiet: true, env: {}})).toBe('silent')
  })

  it('prints one plain line per finished item with counts, leaving out the quiet statuses', () => {
    const stream = new PassThrough()
    let text = ''
    stream.on('data', (chunk: Buffer) => (text += chunk))
    const progress = createProgress({mode: 'lines', stream, quietStatuses: ['up-to-date']})
    progress.phase('statements', 3)
    progress.advance('sources/a.txt', 'built')
    progress.advance('sources/b.txt', 'up-to-date')
    progress.advance('sources/c.txt', 'failed')
    progress.stop()
    expect(text).toBe('statements: 3 to check\n[statements 1/3] built sources/a.txt\n[statements 3/3] failed sources/c.txt\n')
  })

  it('draws counts and the current file on a terminal', async () => {
    const stream = Object.assign(new PassThrough(), {isTTY: true, columns: 120, cursorTo() {}, clearLine() {}, moveCursor() {}})
    let text = ''
    stream.on('data', (chunk: Buffer) => (text += chunk))
    const progress = createProgress({mode: 'bar', stream})
    progress.phase('statements', 2)
    progress.current('sources/a.txt')
    progress.advance('sources/a.txt', 'built')
    // The bar redraws at most 10 times a second.
    await new Promise((resolve) => setTimeout(resolve, 250))
    progress.stop()
    expect(text).toMatch(/statements +\[[^\]]*\] 1\/2 sources\/a\.txt/)
  })
})
