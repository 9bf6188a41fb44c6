import {spawn} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, project} from './cli-helpers.ts'

const statement = (sentence: string) => `Statement by the Republic of Testland
Geneva, 2 September 2025

Mr. President,

${sentence}

Thank you, Mr. President.
`

const summaryLine = /^\d+ sources?: .* \d+\.\d s$/gm

describe('statement-packs build --watch', () => {
  it('builds, builds again with one summary line when a source is saved, and stops on SIGINT with exit 0', async () => {
    const root = await project({'testland.txt': statement('Testland opens the debate.')}, {outputs: {readingCopies: ['html'], delegationPacks: false, archive: false}})
    const child = spawn(process.execPath, [bin, 'build', '--watch'], {cwd: root, env: {...process.env, CI: 'true'}})
    let stderr = ''
    const summaries = () => stderr.match(summaryLine) ?? []
    const waitFor = (count: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no summary line ${count} within 60 s: ${stderr}`)), 60_000)
        const check = () => {
          if (summaries().length < count) return
          clearTimeout(timer)
          child.stderr.off('data', check)
          resolve()
        }
        child.stderr.on('data', check)
        check()
      })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))

    await waitFor(1)
    expect(summaries()[0]).toMatch(/^1 source: 1 built, 0 up to date/)
    const copy = join(root, 'output', 'reading-copies', 'testland.html')
    expect(await readFile(copy, 'utf8')).toContain('Testland opens the debate.')

    await writeFile(join(root, 'sources', 'testland.txt'), statement('Testland closes the debate.'))
    await waitFor(2)
    expect(summaries()[1]).toMatch(/^1 source: 1 built, 0 up to date/)
    expect(await readFile(copy, 'utf8')).toContain('Testland closes the debate.')
    expect(summaries()).toHaveLength(2)

    const code = new Promise<number | null>((resolve) => child.on('close', resolve))
    child.kill('SIGINT')
    expect(await code, stderr).toBe(0)
  }, 120_000)
})
