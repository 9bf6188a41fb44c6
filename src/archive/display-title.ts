import type {StatementMeta} from '../normalise/meta.ts'

/** The statement's title, else "Statement by …", else "Statement". */
export function displayTitle(meta: StatementMeta): string {
  if (meta.title) return meta.title
  if (meta.organisations.length > 0) return `Statement by ${meta.organisations.join(', ')}`
  return 'Statement'
}
