import {hostname} from 'node:os'
import {lstat, mkdir, open, readFile, rm, unlink} from 'node:fs/promises'
import {dirname} from 'node:path'
import {BuildLockedError} from '../errors.ts'

export interface BuildLock {
  release(): Promise<void>
}

interface LockOwner {
  pid: number
  host: string
}

/**
 * Take the lock file of an output folder, so two builds never interleave their writes.
 * A lock left by a process that no longer runs on this host is taken over.
 */
export async function acquireBuildLock(path: string): Promise<BuildLock> {
  // The lock's folder is the build's own: a link there is replaced, never followed.
  if ((await lstat(dirname(path)).catch(() => null))?.isSymbolicLink()) await unlink(dirname(path))
  await mkdir(dirname(path), {recursive: true})
  const owner: LockOwner = {pid: process.pid, host: hostname()}
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(JSON.stringify(owner))
      await handle.close()
      return {release: () => rm(path, {force: true})}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = await readOwner(path)
      if (holder && isAlive(holder)) {
        throw new BuildLockedError(
          `Another build (process ${holder.pid} on ${holder.host}) is writing to this output folder; wait for it to finish (lock: ${path})`,
        )
      }
      await rm(path, {force: true})
    }
  }
  throw new BuildLockedError(`Could not take the build lock ${path}`)
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? {pid: owner.pid, host: owner.host} : null
  } catch {
    return null
  }
}

function isAlive(owner: LockOwner): boolean {
  // A lock from another machine (a shared folder) cannot be checked: treat it as held.
  if (owner.host !== hostname()) return true
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
