import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {project, run} from './cli-helpers.ts'

const sources = {
  'chile.txt': 'Mr President,\n\nChile supports the decision.\n',
  'peru.txt': 'Madam Chair,\n\nPeru welcomes the report.\n',
}

/** Each document that ran past `--timeout` is its own positioned error, and the batch went on to the next. */
function expectEachTimedOut({code, stderr}: {code: number | null; stderr: string}) {
  expect(code).toBe(1)
  for (const name of Object.keys(sources)) {
    expect(stderr).toMatch(new RegExp(`^sources/${name}:1:1 +error +reading the statement took longer than 0\\.001 s.* +document-timeout$`, 'm'))
  }
}

describe('--timeout <seconds>', () => {
  const commands: Record<string, string[]> = {
    normalise: ['normalise', 'sources'],
    render: ['render', 'sources', '-o', 'out'],
    pack: ['pack', 'sources', '-o', 'pack.pdf'],
    archive: ['archive', 'sources', '-o', 'site'],
    build: ['build'],
  }
  for (const [name, args] of Object.entries(commands)) {
    it(`${name}: each document that runs past it fails with its own document-timeout, and the batch goes on`, async () => {
      const root = await project(sources)
      expectEachTimedOut(await run([...args, '--timeout', '0.001'], root))
    }, 60_000)
  }

  it('build takes it from the config file (`timeout`, in seconds), and the flag overrides it', async () => {
    const root = await project(sources, {timeout: 0.001, outputs: {readingCopies: [], delegationPacks: false, archive: false}})
    expectEachTimedOut(await run(['build'], root))
    const generous = await run(['build', '--timeout', '60', '--report', 'report.json'], root)
    expect(generous.code).toBe(0)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as {sources: Array<{status: string}>}
    expect(report.sources.map((source) => source.status)).toEqual(['built', 'built'])
  }, 60_000)

  it('a value that is not a number of seconds above 0 is a usage error (exit 2) before any work', async () => {
    const root = await project(sources)
    for (const value of ['0', '-1', 'abc', '1e9']) {
      const {code, stderr} = await run(['normalise', 'sources', '-o', 'normalised', '--timeout', value], root)
      expect(code).toBe(2)
      expect(stderr).toContain(`option '--timeout <seconds>' argument '${value}' is invalid. expected a number of seconds above 0`)
    }
    const configured = await project(sources, {timeout: 0})
    const {code, stderr} = await run(['build'], configured)
    expect(code).toBe(2)
    expect(stderr).toMatch(/timeout: Too small/)
    await expect(readFile(join(root, 'normalised', 'chile.md'))).rejects.toThrow()
  }, 60_000)
})
