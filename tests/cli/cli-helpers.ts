import {execFile, spawn} from 'node:child_process'
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const bin = fileURLToPath(new URL('../../bin/statement-packs.js', import.meta.url))
const checkout = fileURLToPath(new URL('../../', import.meta.url))

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** `statement-packs ARGS…` in `cwd`, as a user runs it (plain progress lines, as in CI). */
export function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...process.env, CI: 'true', ...env}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

/** `node bin/statement-packs.js ARGS…` in the checkout itself, as a user runs it there (no colour). */
export function statementPacks(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {cwd: checkout, env: {...process.env, NO_COLOR: '1'}}, (error, stdout, stderr) => {
      resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr})
    })
  })
}

/** A project whose build only normalises (no browser needed): reporting and exit codes are the same. */
export async function project(files: Record<string, string | Buffer>, config: object = {outputs: {readingCopies: [], delegationPacks: false, archive: false}}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'sp-cli-'))
  await mkdir(join(root, 'sources'))
  await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify(config))
  for (const [name, content] of Object.entries(files)) await writeFile(join(root, 'sources', name), content)
  return root
}
