/**
 * One error class per failure mode. Commands throw these; `cli.ts` turns them
 * into exit codes through `exitCodeFor`, the only place that decides one.
 */
export class StatementPacksError extends Error {
  readonly exitCode: number = 1
  constructor(message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = new.target.name
  }
}

/** Bad command line: unknown flag, missing argument, invalid value. Exit 2. */
export class UsageError extends StatementPacksError {
  override readonly exitCode = 2
}

/** Invalid configuration file. Exit 2. */
export class ConfigError extends StatementPacksError {
  override readonly exitCode = 2
}

/** A source that cannot be read as a statement (empty, binary, garbage, too large). Exit 1. */
export class InputError extends StatementPacksError {
  /** 1-based place of the evidence in the file (the first NUL byte, the first garbled character), when there is one. */
  readonly line: number | null
  readonly column: number | null
  constructor(
    readonly file: string,
    /** The message without the file name, for diagnostics that name the file themselves. */
    readonly reason: string,
    readonly ruleId: string,
    options?: {cause?: unknown; line?: number; column?: number},
  ) {
    super(`${file}: ${reason}`, options?.cause === undefined ? undefined : {cause: options.cause})
    this.line = options?.line ?? null
    this.column = options?.column ?? null
  }
}

/** No browser could be found or launched. Exit 1. */
export class BrowserError extends StatementPacksError {}

/** A document failed to render. Exit 1. */
export class RenderError extends StatementPacksError {}

/** An output could not be written (permissions, a file in the way, a full disk). Exit 1. */
export class OutputError extends StatementPacksError {}

/** Another build holds the output folder. Exit 1. */
export class BuildLockedError extends StatementPacksError {}

/** Stopped by Ctrl-C (SIGINT, SIGTERM, SIGHUP) after the documents in progress. Exit 130, as shells expect. */
export class InterruptedError extends StatementPacksError {
  override readonly exitCode = 130
}

/** Some sources failed or (with --strict) warned; details were already reported. Exit 1. */
export class BatchFailedError extends StatementPacksError {}

export function exitCodeFor(error: unknown): number {
  if (error instanceof StatementPacksError) return error.exitCode
  return 1
}
