import {rmSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/**
 * Run `work` with a new private folder under the system's temporary folder, removed when `work`
 * returns or throws, and when the process exits before that (a second Ctrl-C).
 */
export async function withTemporaryFolder<T>(prefix: string, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  const removeAtExit = () => rmSync(folder, {recursive: true, force: true})
  process.on('exit', removeAtExit)
  try {
    return await work(folder)
  } finally {
    process.off('exit', removeAtExit)
    await rm(folder, {recursive: true, force: true})
  }
}
