import {spawn, spawnSync} from 'node:child_process'
import {access, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {hostname, tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {acquireBuildLock} from '../../src/batch/build-lock.ts'
import {BuildLockedError} from '../../src/errors.ts'

const ours = {pid: process.pid, host: hostname()}
const lockFile = async () => join(await mkdtemp(join(tmpdir(), 'sp-lock-')), '.statement-packs', 'lock')

describe('build lock', () => {
  it('keeps a second build out of a folder until the first releases it', async () => {
    const path = await lockFile()
    const first = await acquireBuildLock(path)
    await expect(acquireBuildLock(path)).rejects.toBeInstanceOf(BuildLockedError)
    await first.release()
    await expect(access(path)).rejects.toThrow()
    const second = await acquireBuildLock(path)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(ours)
    await second.release()
  })

  it('refuses the lock of a build that still runs on this machine, naming it', async () => {
    const path = await lockFile()
    await acquireBuildLock(path).then((lock) => lock.release())
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'])
    try {
      await writeFile(path, JSON.stringify({pid: running.pid, host: hostname()}))
      await expect(acquireBuildLock(path)).rejects.toThrow(new RegExp(`Another build \\(process ${running.pid} on ${hostname()}\\)`))
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({pid: running.pid, host: hostname()})
    } finally {
      running.kill()
    }
  })

  it('refuses the lock of another machine, whose process cannot be checked', async () => {
    const path = await lockFile()
    await acquireBuildLock(path).then((lock) => lock.release())
    await writeFile(path, JSON.stringify({pid: process.pid, host: `not-${hostname()}`}))
    await expect(acquireBuildLock(path)).rejects.toBeInstanceOf(BuildLockedError)
  })

  it('takes over the lock of a build that no longer runs, and of an unreadable lock file', async () => {
    const path = await lockFile()
    await acquireBuildLock(path).then((lock) => lock.release())
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
    for (const left of [JSON.stringify({pid: Number(gone.stdout), host: hostname()}), 'not json']) {
      await writeFile(path, left)
      const lock = await acquireBuildLock(path)
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(ours)
      await lock.release()
      await expect(access(path)).rejects.toThrow()
    }
  })
})
