import cliProgress from 'cli-progress'

/** How progress is shown: a redrawn bar on a terminal, one line per event in logs, or nothing. */
export type ProgressMode = 'bar' | 'lines' | 'silent'

export interface ProgressModeInput {
  quiet?: boolean
  isTTY?: boolean
  env?: NodeJS.ProcessEnv
}

/** A bar only on an interactive terminal outside CI; `--quiet` shows no progress at all. */
export function progressModeFor({quiet, isTTY, env = process.env}: ProgressModeInput): ProgressMode {
  if (quiet) return 'silent'
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0'
  return isTTY && !ci ? 'bar' : 'lines'
}

export interface Progress {
  /** Begin a phase ("statements", "packs", "archive") of `total` items. */
  phase(name: string, total: number): void
  /** One item of the current phase is done; `status` is shown in line mode ("built", "failed"…). */
  advance(item: string, status: string): void
  /** An item has started (shown as the current file on the bar). */
  current(item: string): void
  /** Print a line without breaking the bar (diagnostics). */
  log(line: string): void
  stop(): void
}

export interface ProgressOptions {
  mode: ProgressMode
  /** Where the bar and progress lines go (stderr by default, so stdout stays for data). */
  stream?: NodeJS.WritableStream
  /** Line-mode items with these statuses are not printed one by one (e.g. "up to date"). */
  quietStatuses?: string[]
}

export function createProgress({mode, stream = process.stderr, quietStatuses = []}: ProgressOptions): Progress {
  if (mode === 'bar') return barProgress(stream)
  if (mode === 'lines') return lineProgress(stream, new Set(quietStatuses))
  return {phase() {}, advance() {}, current() {}, log: (line) => void stream.write(`${line}\n`), stop() {}}
}

function lineProgress(stream: NodeJS.WritableStream, quietStatuses: Set<string>): Progress {
  let name = ''
  let total = 0
  let done = 0
  return {
    phase(phaseName, phaseTotal) {
      name = phaseName
      total = phaseTotal
      done = 0
      if (total > 0) stream.write(`${name}: ${total} to check\n`)
    },
    advance(item, status) {
      done++
      if (!quietStatuses.has(status)) stream.write(`[${name} ${done}/${total}] ${status} ${item}\n`)
    },
    current() {},
    log: (line) => void stream.write(`${line}\n`),
    stop() {},
  }
}

function barProgress(stream: NodeJS.WritableStream): Progress {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{phase} [{bar}] {value}/{total} {file}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      barsize: 30,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  )
  let bar: cliProgress.SingleBar | null = null
  return {
    phase(name, total) {
      bar?.update({file: ''})
      bar = total > 0 ? bars.create(total, 0, {phase: name.padEnd(10), file: ''}) : null
    },
    advance(item) {
      bar?.increment(1, {file: item})
    },
    current(item) {
      bar?.update({file: item})
    },
    log(line) {
      bars.log(`${line}\n`)
    },
    stop() {
      bar?.update({file: ''})
      bars.stop()
    },
  }
}
