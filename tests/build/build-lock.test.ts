import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {hostname, tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {acquireBuildLock, BuildLockedError} from '../../src/build/build-lock.ts'

describe('build lock', () => {
  it('keeps a second build out of a folder until the first releases it', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'sp-lock-')), '.statement-packs', 'lock')
    const first = await acquireBuildLock(path)
    await expect(acquireBuildLock(path)).rejects.toBeInstanceOf(BuildLockedError)
    await first.release()
    const second = await acquireBuildLock(path)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({pid: process.pid, host: hostname()})
    await second.release()
  })

  it('takes over the lock of a build that no longer runs', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'sp-lock-')), 'lock')
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
    await writeFile(path, JSON.stringify({pid: Number(gone.stdout), host: hostname()}))
    const lock = await acquireBuildLock(path)
    await lock.release()
  })
})
