import type {BuildEvents} from './build-events.ts'
import {formatDiagnostic, formatGithubAnnotation, type Diagnostic} from './diagnostics.ts'
import {createProgress, progressModeFor} from './progress.ts'

export type ReporterName = 'default' | 'github'

export interface BuildReporterOptions {
  quiet?: boolean
  reporter?: ReporterName
  stdout?: NodeJS.WritableStream
  stderr?: NodeJS.WritableStream & {isTTY?: boolean}
  env?: NodeJS.ProcessEnv
}

export interface BuildReporter {
  events: BuildEvents
  /** Print a line (the summary) unless quiet, after the progress display is gone. */
  finish(summary: string | null): void
}

/**
 * Progress and diagnostics of a build for people and CI logs: a bar on a terminal, plain
 * lines otherwise, only errors with `quiet`; `github` adds workflow-command annotations on
 * stdout, which GitHub Actions turns into notes on the changed files.
 */
export function createBuildReporter(options: BuildReporterOptions = {}): BuildReporter {
  const stdout = options.stdout ?? process.stdout
  const stderr = options.stderr ?? process.stderr
  const mode = progressModeFor({quiet: options.quiet, isTTY: stderr.isTTY === true, env: options.env})
  const progress = createProgress({mode, stream: stderr, quietStatuses: ['up-to-date']})
  const print = (diagnostic: Diagnostic) => !options.quiet || diagnostic.severity === 'error'
  return {
    events: {
      phase: (name, total) => progress.phase(name, total),
      started: (item) => progress.current(item),
      finished: (item, status) => progress.advance(item, status === 'up-to-date' ? 'up-to-date' : status),
      diagnostic(source, diagnostic) {
        if (diagnostic.severity === 'info' || !print(diagnostic)) return
        progress.log(formatDiagnostic(source, diagnostic))
        if (options.reporter === 'github') stdout.write(`${formatGithubAnnotation(source, diagnostic)}\n`)
      },
      error(item, message) {
        progress.log(`${item}  error  ${message}`)
        if (options.reporter === 'github') {
          stdout.write(`${formatGithubAnnotation(item, {ruleId: null, reason: message, line: null, column: null, fatal: true, severity: 'error'})}\n`)
        }
      },
    },
    finish(summary) {
      progress.stop()
      if (summary && !options.quiet) stderr.write(`${summary}\n`)
    },
  }
}
