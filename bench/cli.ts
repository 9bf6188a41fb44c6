import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export interface CliBenchResult {
  /** Median wall-clock time of `statement-packs --help`, as a new process. */
  helpMs: number
  /** Median wall-clock time of `statement-packs normalise FILE` on one bundled statement, as a new process. */
  normaliseOneMs: number
}

const bin = fileURLToPath(new URL('../bin/statement-packs.js', import.meta.url))
const statement = fileURLToPath(new URL('../sources/apmbc-5rc-2024-ifrc-universalisation.txt', import.meta.url))

/** The compiled CLI started as a user starts it (Node start-up and module loading included), `runs` times each. */
export async function benchCli(runs = 7): Promise<CliBenchResult> {
  return {helpMs: median(runs, ['--help']), normaliseOneMs: median(runs, ['normalise', statement])}
}

function median(runs: number, args: string[]): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    execFileSync(process.execPath, [bin, ...args], {stdio: 'ignore'})
    times.push(performance.now() - started)
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)]!)
}
