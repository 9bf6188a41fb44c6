import {z} from 'zod'

/**
 * The metadata contract: what a statement says about itself, read from its
 * header block and overridden by explicit YAML front matter.
 * Every field is present; `null` or `[]` when the text does not say.
 * This schema is the one description of it: the types below are inferred from it, the front
 * matter reads into its fields (plugins/front-matter.ts), and schemas/statement-meta.schema.json is
 * generated from it.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const dateRangeSchema = z.strictObject({
  start: isoDate.describe('ISO date YYYY-MM-DD'),
  end: isoDate.describe('ISO date YYYY-MM-DD; equals start for a single day'),
})

export const agendaItemSchema = z.strictObject({
  number: z.string().describe('As written, without trailing punctuation: "8a", "9.d", "10(b)", "7 (c)"'),
  key: z.string().describe('Normalised for ordering and grouping: "8a", "9d", "10b", "7c"'),
  title: z.string().nullable().describe('In the statement\'s language, without quotes, bold or dashes'),
})

/** Who takes the floor, for the time limits that differ by kind of delegation. */
export const delegationKinds = ['state', 'group', 'international-organisation', 'civil-society'] as const

export const statementMetaSchema = z
  .strictObject({
    title: z.string().nullable(),
    organisations: z.array(z.string()).describe('Delivering organisation first; States by short English name, organisations by full English name'),
    delegationKind: z.enum(delegationKinds).nullable().describe('The kind of the first organisation; front matter may set it'),
    speaker: z.string().nullable(),
    meeting: z.string().nullable().describe('Canonical English name, e.g. "22nd Meeting of States Parties"'),
    convention: z.string().nullable().describe('Canonical English name, e.g. "Anti-Personnel Mine Ban Convention"'),
    venue: z.string().nullable().describe('Canonical English name, e.g. "Geneva"'),
    meetingKey: z.string().nullable().describe('Short stable ASCII key shared by every statement of the meeting, e.g. "apmbc-22msp"'),
    heading: z.array(z.string()).describe('The header lines as written, markup removed'),
    dates: dateRangeSchema.nullable(),
    agendaItem: agendaItemSchema.nullable(),
    language: z.string().nullable().describe('BCP 47 primary language tag'),
    checkAgainstDelivery: z.boolean(),
    order: z.number().nullable().describe('Front matter only: tie-breaker when ordering statements'),
    draft: z.boolean().describe('Front matter only: kept out of archives'),
    embargo: z.string().nullable().describe('Front matter only: ISO date (or date and time) before which the statement stays out of archives'),
  })
  .describe('The metadata contract (src/normalise/meta.ts): every field present, null or [] when the text does not say.')

export type StatementMeta = z.infer<typeof statementMetaSchema>
export type DateRange = z.infer<typeof dateRangeSchema>
export type AgendaItem = z.infer<typeof agendaItemSchema>
export type DelegationKind = (typeof delegationKinds)[number]

/** The published JSON Schema of a statement's metadata (schemas/statement-meta.schema.json), which catalogue.json refers to. */
export function statementMetaJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(statementMetaSchema, {target: 'draft-2020-12'}),
    $id: 'https://statement-packs.dev/schemas/statement-meta.schema.json',
    title: 'statement-packs statement metadata',
  }
}

export function emptyMeta(): StatementMeta {
  return {
    title: null,
    organisations: [],
    delegationKind: null,
    speaker: null,
    meeting: null,
    convention: null,
    venue: null,
    meetingKey: null,
    heading: [],
    dates: null,
    agendaItem: null,
    language: null,
    checkAgainstDelivery: false,
    order: null,
    draft: false,
    embargo: null,
  }
}
