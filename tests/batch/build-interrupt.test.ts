import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../src/commands/build.ts'
import {countingStages, interruptedBuildSources as names, projectWith} from './build-helpers.ts'

describe('a build stopped while a reading copy prints', () => {
  it('finishes the documents in progress, starts no other, and the next build takes up the rest', async () => {
    const root = await projectWith(names)
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({outputs: {readingCopies: ['html'], delegationPacks: false, archive: false}}))
    const {stages} = countingStages()
    const controller = new AbortController()
    // The stop comes as the first reading copy starts: no document has been finished yet.
    const stopping: typeof stages = {
      ...stages,
      async open(options) {
        const session = await stages.open(options)
        return {
          ...session,
          renderReadingCopy(statement, renderOptions) {
            controller.abort()
            return session.renderReadingCopy(statement, renderOptions)
          },
        }
      },
    }
    const report = await build({concurrency: 1}, root, {stages: stopping, signal: controller.signal})
    expect(report.status).toBe('interrupted')
    const done = report.sources.filter((source) => source.status === 'built').map((source) => source.source)
    // With --concurrency 1 the build has at most two reading copies under way (one printing, one laid out).
    expect(done.length).toBeGreaterThanOrEqual(1)
    expect(done.length).toBeLessThanOrEqual(2)
    for (const source of report.sources.filter((entry) => entry.status === 'built')) {
      expect(await readFile(join(root, 'output', source.outputs[0]!), 'utf8')).toMatch(/<\/html>\s*$/)
    }

    const resumed = await build({concurrency: 1}, root)
    expect(resumed.status).toBe('success')
    expect(resumed.sources.filter((source) => source.status === 'up-to-date').map((source) => source.source)).toEqual(done)
    expect(resumed.summary.built).toBe(names.length - done.length)
  }, 60_000)
})
