import type {VFileMessage} from 'vfile-message'
import type {InputError} from '../errors.ts'
import '../ingest/origin.ts'

export interface Diagnostic {
  ruleId: string | null
  reason: string
  line: number | null
  column: number | null
  fatal: boolean
  /** "warning" for problems, "info" for what normalisation changed, "error" for fatal ones. */
  severity: 'error' | 'warning' | 'info'
  /** The PDF page the line came from (native documents only). */
  page?: number
  /** The Word paragraph the line came from (native documents only). */
  paragraph?: number
}

export function toDiagnostic(message: VFileMessage): Diagnostic {
  return {
    ruleId: message.ruleId ?? null,
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    fatal: message.fatal === true,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    ...(message.origin?.page === undefined ? {} : {page: message.origin.page}),
    ...(message.origin?.paragraph === undefined ? {} : {paragraph: message.origin.paragraph}),
  }
}

/** A source that could not be read, as the one fatal diagnostic every command reports for it. */
export function inputErrorDiagnostic(error: InputError): Diagnostic {
  return {ruleId: error.ruleId, reason: error.reason, line: error.line, column: error.column, fatal: true, severity: 'error'}
}

/** `file:line:column  warning  reason  ruleId`, the form remark users know. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const place = `${file}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}`
  return `${place}  ${diagnostic.severity}  ${diagnostic.reason}  ${diagnostic.ruleId ?? ''}`.trimEnd()
}

/** `::warning file=…,line=…::…` for GitHub Actions. */
export function formatGithubAnnotation(file: string, diagnostic: Diagnostic): string {
  const level = diagnostic.severity === 'error' ? 'error' : diagnostic.severity === 'warning' ? 'warning' : 'notice'
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
  const title = diagnostic.ruleId ? `,title=${property(diagnostic.ruleId)}` : ''
  return `::${level} file=${property(file)},line=${diagnostic.line ?? 1},col=${diagnostic.column ?? 1}${title}::${escape(diagnostic.reason)}`
}
