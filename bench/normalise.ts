import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {readSource} from '../src/ingest/read-source.ts'
import {normalise} from '../src/normalise/index.ts'

export interface NormaliseBenchResult {
  statements: number
  statementsPerSecond: number
  msPerStatement: number
}

const fixtures = fileURLToPath(new URL('../tests/fixtures/', import.meta.url))

/**
 * Normalises `count` statements on one core (the fixture inputs, cycled: seeds, corpus and
 * artifact cases) after a warm-up, and reports the throughput.
 */
export async function benchNormalise(count = 2000): Promise<NormaliseBenchResult> {
  const texts: string[] = []
  for (const name of readdirSync(fixtures).sort()) {
    const file = await readSource(join(fixtures, name, 'input.txt'))
    texts.push(String(file.value))
  }
  if (texts.length === 0) throw new Error(`No fixture inputs in ${fixtures}`)
  for (let index = 0; index < 200; index++) normalise(texts[index % texts.length] as string)
  const started = performance.now()
  for (let index = 0; index < count; index++) normalise(texts[index % texts.length] as string)
  const elapsed = performance.now() - started
  return {statements: count, statementsPerSecond: Math.round((count / elapsed) * 1000), msPerStatement: Number((elapsed / count).toFixed(3))}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchNormalise()
  console.log(`normalise: ${result.statements} statements, ${result.statementsPerSecond} statements/s, ${result.msPerStatement} ms per statement (goal ≤ 2 ms)`)
}
