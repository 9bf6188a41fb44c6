import {z} from 'zod'
import {sourceFormats} from '../ingest/native-document.ts'

/** Bumped when a field changes meaning or disappears; new optional fields keep the version. */
export const reportSchemaVersion = 1

const diagnosticSchema = z.object({
  ruleId: z.string().nullable(),
  reason: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  fatal: z.boolean(),
  severity: z.enum(['error', 'warning', 'info']),
  page: z.number().int().positive().optional().describe('The PDF page the line came from'),
  paragraph: z.number().int().positive().optional().describe('The Word paragraph the line came from'),
})

const speakingTimeSchema = z
  .object({
    seconds: z.number().int().nonnegative(),
    words: z.number().int().nonnegative().optional().describe('Words read out; absent for Chinese, which counts characters'),
    characters: z.number().int().nonnegative().optional().describe('Letters and digits read out, for Chinese'),
    rate: z.number().positive().describe('Words (or characters) a minute'),
    limitSeconds: z.number().int().positive().nullable().describe('The limit that applies to the statement (config speakingTime.limits), null without one'),
  })
  .describe('The estimated speaking time of the statement\'s spoken text, at its language\'s rate')

/** "built": (re)written this run; "up-to-date": outputs kept from a previous run; "failed": see diagnostics. */
const statusSchema = z.enum(['built', 'up-to-date', 'failed'])

/** A source's status adds "duplicate": the same statement as another source, which is built in its place. */
const sourceStatusSchema = z.enum(['built', 'up-to-date', 'duplicate', 'failed'])

const sourceSchema = z.object({
  source: z.string().describe('Source path, relative to the project folder, "/"-separated'),
  status: sourceStatusSchema,
  duplicateOf: z.string().optional().describe('With status "duplicate": the source (first by path) built in its place'),
  format: z.enum(sourceFormats).optional().describe('The format the source was read as'),
  outputs: z.array(z.string()).describe('Files written for the source, relative to the output folder'),
  speakingTime: speakingTimeSchema.optional().describe('Absent when the source could not be read'),
  diagnostics: z.array(diagnosticSchema),
  timings: z.object({normaliseMs: z.number().nonnegative(), renderMs: z.number().nonnegative()}),
})

const packSchema = z.object({
  file: z.string().describe('The pack PDF, relative to the output folder'),
  title: z.string().nullable(),
  status: statusSchema,
  statements: z.array(z.string()).describe('Sources in the pack'),
  outputs: z.array(z.string()),
  error: z.string().nullable(),
  timings: z.object({renderMs: z.number().nonnegative()}),
})

export const buildReportSchema = z
  .object({
    schemaVersion: z.literal(reportSchemaVersion),
    tool: z.object({name: z.literal('statement-packs'), version: z.string()}),
    status: z.enum(['success', 'failed', 'interrupted']).describe('The exit code follows it: success 0, failed 1 (with --strict, also for warnings), interrupted 130'),
    output: z.string().describe('The output folder'),
    shard: z.object({index: z.number().int().positive(), count: z.number().int().positive()}).nullable(),
    summary: z.object({
      sources: z.number().int().nonnegative(),
      built: z.number().int().nonnegative(),
      upToDate: z.number().int().nonnegative(),
      duplicates: z.number().int().nonnegative().optional().describe('Sources not built because they repeat another source\'s statement'),
      failed: z.number().int().nonnegative(),
      warnings: z.number().int().nonnegative().describe('Warnings over all sources'),
      packs: z.number().int().nonnegative(),
      removed: z.number().int().nonnegative(),
    }),
    sources: z.array(sourceSchema),
    packs: z.array(packSchema),
    archive: z
      .object({
        status: statusSchema,
        outputs: z.number().int().nonnegative().describe('Files in the archive'),
        skipped: z.array(z.object({source: z.string(), reason: z.string()})).describe('Statements kept out of the archive (draft, embargo)'),
        error: z.string().nullable(),
        timings: z.object({buildMs: z.number().nonnegative()}),
      })
      .nullable(),
    removed: z.array(z.string()).describe('Files of earlier builds deleted because nothing produces them any more'),
    timings: z.object({totalMs: z.number().nonnegative()}),
  })
  .describe('statement-packs build report (--report FILE.json)')

export type BuildReport = z.infer<typeof buildReportSchema>
export type SourceReport = BuildReport['sources'][number]
export type PackReport = BuildReport['packs'][number]
export type ArchiveReport = NonNullable<BuildReport['archive']>

/** The published JSON Schema (schemas/report.schema.json is this, written by `npm run schemas`). */
export function buildReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(buildReportSchema, {target: 'draft-2020-12'})
}

/** Sources, packs and the archive that failed. */
export function failedCount(report: Omit<BuildReport, 'status'>): number {
  return report.summary.failed + report.packs.filter((pack) => pack.status === 'failed').length + (report.archive?.status === 'failed' ? 1 : 0)
}

/**
 * How a build ended, decided here once: the report says it and the exit code follows from it
 * (`buildOutcomeError`). With `strict`, warnings fail the build.
 */
export function buildStatus(report: Omit<BuildReport, 'status'>, {interrupted, strict}: {interrupted: boolean; strict: boolean}): BuildReport['status'] {
  if (interrupted) return 'interrupted'
  if (failedCount(report) > 0 || (strict && report.summary.warnings > 0)) return 'failed'
  return 'success'
}

/** `12 sources: 3 built, 7 up to date, 1 duplicate, 1 failed · 4 warnings · 2 packs · 5.2 s` */
export function summaryLine(report: BuildReport): string {
  const {summary} = report
  const parts = [`${summary.built} built`, `${summary.upToDate} up to date`]
  if (summary.duplicates) parts.push(`${summary.duplicates} duplicate${summary.duplicates === 1 ? '' : 's'}`)
  if (summary.failed > 0) parts.push(`${summary.failed} failed`)
  const extras = [`${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`]
  if (summary.packs > 0) extras.push(`${summary.packs} pack${summary.packs === 1 ? '' : 's'}`)
  if (summary.removed > 0) extras.push(`${summary.removed} removed`)
  if (report.status === 'interrupted') extras.push('interrupted')
  const shard = report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : ''
  return `${summary.sources} source${summary.sources === 1 ? '' : 's'}${shard}: ${parts.join(', ')} · ${extras.join(' · ')} · ${(report.timings.totalMs / 1000).toFixed(1)} s`
}
