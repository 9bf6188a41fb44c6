import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {readSource} from '../src/ingest/read-source.ts'
import {normalise} from '../src/normalise/index.ts'

export interface NormaliseBenchResult {
  statements: number
  /** From the CPU time the process spent (one core), so a busy machine does not skew it. */
  statementsPerSecond: number
  msPerStatement: number
  /** Wall-clock time per statement, for comparison. */
  wallMsPerStatement: number
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
  const cpuStarted = process.cpuUsage()
  for (let index = 0; index < count; index++) normalise(texts[index % texts.length] as string)
  const cpu = process.cpuUsage(cpuStarted)
  const elapsed = performance.now() - started
  const cpuMs = (cpu.user + cpu.system) / 1000
  return {
    statements: count,
    statementsPerSecond: Math.round((count / cpuMs) * 1000),
    msPerStatement: Number((cpuMs / count).toFixed(3)),
    wallMsPerStatement: Number((elapsed / count).toFixed(3)),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchNormalise()
  console.log(
    `normalise: ${result.statements} statements, ${result.statementsPerSecond} statements/s, ${result.msPerStatement} ms CPU per statement (goal ≤ 2 ms; wall ${result.wallMsPerStatement} ms)`,
  )
}
