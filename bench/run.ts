/**
 * `npm run bench [-- NAME…] [--sizes 1000,10000,50000]`: every benchmark the issues ask for, in one run.
 * Names: cli, normalise, pdf, docx, render, archive, rebuild, build, preview (default: all, in that order).
 * `--sizes` sets the archive's sizes (default 1,000 and 5,000, so that a plain run takes minutes;
 * the targets are at 10,000 and 50,000). Figures go to stdout as they come, then a JSON summary
 * to bench/results.json.
 */
import {execFileSync} from 'node:child_process'
import {writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {benchArchiveSizes, defaultArchiveSizes} from './archive.ts'
import {benchBuild} from './build.ts'
import {benchCli} from './cli.ts'
import {benchDocx} from './docx.ts'
import {benchNormalise} from './normalise.ts'
import {benchPdf} from './pdf.ts'
import {benchPreview, previewSummary} from './preview.ts'
import {benchRebuild} from './rebuild.ts'
import {benchRender} from './render.ts'

const {values, positionals: requested} = parseArgs({options: {sizes: {type: 'string'}}, allowPositionals: true})
const sizes = values.sizes === undefined ? defaultArchiveSizes : values.sizes.split(',').map(Number)
if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--sizes expects statement counts separated by commas, e.g. 1000,10000,50000; got ${values.sizes}`)
  process.exit(2)
}
const log = (line: string) => console.log(line)

const benches = {
  cli: () => benchCli(),
  normalise: () => benchNormalise(),
  pdf: () => benchPdf(),
  docx: () => benchDocx(),
  render: () => benchRender(),
  archive: () => benchArchiveSizes(sizes, log),
  rebuild: () => benchRebuild(1000, log),
  build: () => benchBuild(),
  preview: async () => {
    const result = await benchPreview()
    log(previewSummary(result))
    return result
  },
} satisfies Record<string, () => Promise<unknown>>

type BenchName = keyof typeof benches
const isBenchName = (name: string): name is BenchName => Object.hasOwn(benches, name)

const unknown = requested.filter((name) => !isBenchName(name))
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; expected one of ${Object.keys(benches).join(', ')}`)
  process.exit(2)
}
const names = requested.length > 0 ? requested.filter(isBenchName) : (Object.keys(benches) as BenchName[])

// The benches run the compiled CLI (dist/), as a user does: compile what changed first.
execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.js', import.meta.url))], {stdio: 'inherit'})

const results: Record<string, unknown> = {}
for (const name of names) {
  console.log(`\n== ${name}`)
  const started = performance.now()
  results[name] = await benches[name]()
  console.log(JSON.stringify(results[name], null, 2))
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`)
}
await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
