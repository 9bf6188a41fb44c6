import {spawn} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {glob} from 'tinyglobby'
import {describe, expect, it} from 'vitest'
import {projectWith} from '../build/build-helpers.ts'

const bin = fileURLToPath(new URL('../../bin/statement-packs.js', import.meta.url))
const names = [
  'apmbc-22msp-2025-icrc-ifrc-national-implementation.txt',
  'apmbc-5rc-2024-ifrc-universalisation.txt',
  'ccm-13msp-2025-ghana-pdf-en.txt',
  'ccw-mhcp-2025-ccpac-email-en.txt',
  'ccw-mhcp-2025-kazakhstan-ru.txt',
  'hrc60-2025-joint-survivors-en.txt',
]

describe('Ctrl-C during a build', () => {
  it('stops cleanly: exit 130, no partial file, and the next build picks up where it stopped', async () => {
    const root = await projectWith(names)
    // Reading copies only: what is interrupted here is the per-statement work.
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({outputs: {readingCopies: ['pdf', 'html'], delegationPacks: false, archive: false}}))
    const args = [bin, 'build', '--concurrency', '1', '--report', 'report.json']
    const child = spawn(process.execPath, args, {cwd: root, env: {...process.env, CI: 'true'}})
    let stderr = ''
    let interrupted = false
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
      // Interrupt once the first statement is done and others are still to come.
      if (!interrupted && /\] built /.test(stderr)) {
        interrupted = true
        child.kill('SIGINT')
      }
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(interrupted).toBe(true)
    expect(code, stderr).toBe(130)
    const out = join(root, 'output')
    expect(await glob('**/*.tmp', {cwd: out, dot: true})).toEqual([])
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    expect(report.status).toBe('interrupted')
    const done = report.sources.filter((source: {status: string}) => source.status === 'built').map((source: {source: string}) => source.source)
    expect(done.length).toBeGreaterThan(0)
    expect(done.length).toBeLessThan(names.length)
    // Every finished statement's files are whole PDFs.
    for (const source of report.sources) {
      for (const file of source.outputs.filter((output: string) => output.endsWith('.pdf'))) {
        const bytes = await readFile(join(out, file))
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
        expect(bytes.subarray(-8).toString()).toContain('%%EOF')
      }
    }

    const again = spawn(process.execPath, args, {cwd: root, env: {...process.env, CI: 'true'}})
    const againCode = await new Promise<number | null>((resolve) => again.on('close', resolve))
    expect(againCode).toBe(0)
    const resumed = JSON.parse(await readFile(join(root, 'report.json'), 'utf8'))
    const upToDate = resumed.sources.filter((source: {status: string}) => source.status === 'up-to-date').map((source: {source: string}) => source.source)
    expect(upToDate).toEqual(done)
    expect(resumed.summary.built).toBe(names.length - done.length)
  }, 120_000)
})
