import {readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {project, run} from './cli-helpers.ts'

// A build with nothing to do is mostly start-up: it must not load what only rendering needs.
// A module hook (run in the CLI's own process) lists every module the run resolves.
const hook = `
import {register} from 'node:module'
register('data:text/javascript,' + encodeURIComponent(\`
  import {appendFileSync} from 'node:fs'
  export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context)
    appendFileSync(process.env.LOADED_MODULES, resolved.url + '\\\\n')
    return resolved
  }
\`))
`

describe('a build with nothing to do', () => {
  let root: string
  beforeAll(async () => {
    const config = {outputs: {readingCopies: ['html'], delegationPacks: false, archive: true}}
    root = await project({'a.md': 'Mr President,\n\nWe support the draft decision on clearance.\n', 'b.md': 'Madam Chair,\n\nOur delegation welcomes the report.\n'}, config)
    await writeFile(join(root, 'hook.mjs'), hook)
    const first = await run(['build', '--quiet'], root)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
  }, 120_000)
  afterAll(() => rm(root, {recursive: true, force: true}))

  it('loads no browser driver, no templates engine, no normaliser and no search code', async () => {
    const list = join(root, 'loaded.txt')
    await writeFile(list, '')
    const again = await run(['build', '--quiet'], root, {NODE_OPTIONS: `--import ${join(root, 'hook.mjs')}`, LOADED_MODULES: list})
    expect(again.code).toBe(0)
    const loaded = (await readFile(list, 'utf8')).split('\n').filter(Boolean)
    // The hook sees the run: the build command and its manifest.
    expect(loaded.some((url) => url.endsWith('/batch/run-build.js'))).toBe(true)
    for (const heavy of ['puppeteer-core', 'handlebars', 'minisearch', 'unified', 'pdf-lib', '/templates/index.js', '/archive/build-archive.js', '/normalise/index.js']) {
      expect(loaded.filter((url) => url.includes(heavy))).toEqual([])
    }
  }, 60_000)
})
