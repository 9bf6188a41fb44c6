import {checkOutputTarget} from '../file-safety/check-output-target.ts'
import {checkTemplateOverrides} from '../templates/template-files.ts'

export interface WorkChecks {
  /** Where the command will write, and the flag that named it (for the message). */
  outputs: Array<{path: string; kind: 'folder' | 'file'; flag: string}>
  templatesDir?: string | null
  /** Told about template overrides that replace nothing. */
  warn?: (message: string) => void
}

/**
 * What a command checks before it reads or prints anything: that its outputs can be written
 * (else a usage error, exit 2) and that the template overrides each replace a template.
 */
export async function checkBeforeWork({outputs, templatesDir, warn}: WorkChecks): Promise<void> {
  for (const {path, kind, flag} of outputs) await checkOutputTarget(path, kind, flag)
  if (templatesDir) for (const warning of await checkTemplateOverrides(templatesDir)) warn?.(warning)
}
