import {spawn} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {glob} from 'tinyglobby'
import {describe, expect, it} from 'vitest'
import {interruptedBuildSources as names, projectWith} from '../batch/build-helpers.ts'

const bin = fileURLToPath(new URL('../../bin/statement-packs.js', import.meta.url))
describe('Ctrl-C during a build', () => {
  // Which documents finish depends on when the signal lands: what stops and resumes is tested without
  // timing in tests/batch/build-interrupt.test.ts. Here: the signal itself, as a user sends it.
  it('stops cleanly on SIGINT: the documents printing finish, exit 130, no partial file, and the report says interrupted', async () => {
    const root = await projectWith(names)
    // Reading copies only: what is interrupted here is the per-statement work.
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({outputs: {readingCopies: ['pdf', 'html'], delegationPacks: false, archive: false}}))
    const child = spawn(process.execPath, [bin, 'build', '--concurrency', '1', '--report', 'report.json'], {cwd: root, env: {...process.env, CI: 'true'}})
    let stderr = ''
    let interrupted = false
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
      // Interrupt once the first statement is done and the next one is printing.
      if (!interrupted && /\] built /.test(stderr)) {
        interrupted = true
        child.kill('SIGINT')
      }
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(interrupted).toBe(true)
    expect(code, stderr).toBe(130)
    expect(stderr).toContain('Stopping after the documents in progress')
    const out = join(root, 'output')
    expect(await glob('**/*.tmp', {cwd: out, dot: true})).toEqual([])
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    expect(report.status).toBe('interrupted')
    // The browser was not closed under the document printing when the signal came.
    expect(report.sources.filter((source: {status: string}) => source.status === 'failed')).toEqual([])
    expect(report.sources.filter((source: {status: string}) => source.status === 'built').length).toBeGreaterThan(0)
    // Every finished statement's files are whole PDFs.
    for (const source of report.sources) {
      for (const file of source.outputs.filter((output: string) => output.endsWith('.pdf'))) {
        const bytes = await readFile(join(out, file))
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
        expect(bytes.subarray(-8).toString()).toContain('%%EOF')
      }
    }
  }, 120_000)
})
