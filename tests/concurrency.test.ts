import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createLimiter, ThreadPool} from '../src/concurrency.ts'

let folder: string
let script: URL
const standIn = {timedOut: (timeoutMs: number) => `timed out after ${timeoutMs} ms`, crashed: (error: Error) => `crashed: ${error.message}`}

// A thread that doubles a number, spins forever on 'hang', throws on 'crash' and names itself on 'id'.
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sp-concurrency-'))
  const path = join(folder, 'worker.mjs')
  await writeFile(
    path,
    `import {parentPort, threadId} from 'node:worker_threads'
parentPort.on('message', (job) => {
  if (job === 'id') return parentPort.postMessage(threadId)
  if (job === 'hang') for (;;);
  if (job === 'crash') throw new Error('crashed on purpose')
  parentPort.postMessage(job * 2)
})
`,
  )
  script = pathToFileURL(path)
})
afterAll(() => rm(folder, {recursive: true, force: true}))

describe('ThreadPool', () => {
  it('answers every job, more jobs than threads', async () => {
    const pool = new ThreadPool<number, number | string>(script, 2, standIn)
    expect(await Promise.all([1, 2, 3, 4, 5].map((job) => pool.run(job, 10_000)))).toEqual([2, 4, 6, 8, 10])
  })

  it('stops a thread that runs past its time, answers with the stand-in, and the next job runs on a fresh thread', async () => {
    const pool = new ThreadPool<number | 'hang', number | string>(script, 1, standIn)
    expect(await pool.run('hang', 200)).toBe('timed out after 200 ms')
    expect(await pool.run(21, 10_000)).toBe(42)
  })

  it('answers a thread that threw with the stand-in for its error, and the next job runs on a fresh thread', async () => {
    const pool = new ThreadPool<number | 'crash', number | string>(script, 1, standIn)
    expect(await pool.run('crash', 10_000)).toBe('crashed: crashed on purpose')
    expect(await pool.run(5, 10_000)).toBe(10)
  })
  it('keeps an idle thread for the next job until stopIdle ends it; a job after that runs on a new thread', async () => {
    const pool = new ThreadPool<'id', number | string>(script, 1, standIn)
    const first = await pool.run('id', 10_000)
    expect(await pool.run('id', 10_000)).toBe(first)
    await pool.stopIdle()
    expect(await pool.run('id', 10_000)).not.toBe(first)
  })
})

describe('createLimiter', () => {
  it('runs at most its concurrency at once, every function to its end', async () => {
    const limit = createLimiter(2)
    let running = 0
    let most = 0
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        limit(async () => {
          most = Math.max(most, ++running)
          await new Promise((resolve) => setTimeout(resolve, 5))
          running--
          return n
        }),
      ),
    )
    expect(results).toEqual([1, 2, 3, 4, 5, 6])
    expect(most).toBe(2)
  })
})
