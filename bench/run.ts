/**
 * `npm run bench [-- NAME…]`: every benchmark the issues ask for, in one run.
 * Names: cli, normalise, pdf, docx, render, archive, build (default: all, in that order).
 * Figures go to stdout as they come, then a JSON summary to bench/results.json.
 */
import {writeFile} from 'node:fs/promises'
import {benchArchive} from './archive.ts'
import {benchBuild} from './build.ts'
import {benchCli} from './cli.ts'
import {benchDocx} from './docx.ts'
import {benchNormalise} from './normalise.ts'
import {benchPdf} from './pdf.ts'
import {benchRender} from './render.ts'

const benches = {
  cli: () => benchCli(),
  normalise: () => benchNormalise(),
  pdf: () => benchPdf(),
  docx: () => benchDocx(),
  render: () => benchRender(),
  archive: () => benchArchive(),
  build: () => benchBuild(),
} satisfies Record<string, () => Promise<unknown>>

type BenchName = keyof typeof benches
const isBenchName = (name: string): name is BenchName => Object.hasOwn(benches, name)

const requested = process.argv.slice(2)
const unknown = requested.filter((name) => !isBenchName(name))
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; expected one of ${Object.keys(benches).join(', ')}`)
  process.exit(2)
}
const names = requested.length > 0 ? requested.filter(isBenchName) : (Object.keys(benches) as BenchName[])

const results: Record<string, unknown> = {}
for (const name of names) {
  console.log(`\n== ${name}`)
  const started = performance.now()
  results[name] = await benches[name]()
  console.log(JSON.stringify(results[name], null, 2))
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`)
}
await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
