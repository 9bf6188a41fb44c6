import picomatch from 'picomatch'
import {meetingSlug, organisationShortSlug} from '../archive/permalinks.ts'
import {slugify} from '../slugify.ts'
import type {StatementMeta} from '../normalise/meta.ts'
import {agendaKey} from '../normalise/metadata/agenda-key.ts'
import type {PackDefinition, PackSelection} from '../config.ts'

export interface PackCandidate {
  source: string
  meta: StatementMeta
}

export interface PlannedPack {
  /** The PDF, relative to the output folder. */
  file: string
  /** Null: the pack's default title (its delegation and meeting). */
  title: string | null
  lang: string | null
  html: boolean
  /** Member sources, in source order (the pack orders them itself). */
  statements: string[]
}

export interface PlanPacksOptions {
  /** One pack per meeting and delivering delegation (the first organisation). */
  delegationPacks: boolean
  /** Named packs from the config; empty selections are skipped. */
  packs: PackDefinition[]
}

/**
 * Which packs a build writes and what goes in each. Delegation packs live at
 * `packs/<meeting>/<delegation>.pdf`, named packs at `packs/<file or title slug>.pdf`.
 */
export function planPacks(candidates: readonly PackCandidate[], options: PlanPacksOptions): PlannedPack[] {
  const planned: PlannedPack[] = []
  const taken = new Set<string>()
  if (options.delegationPacks) {
    const groups = new Map<string, PackCandidate[]>()
    for (const candidate of candidates) {
      const delegation = candidate.meta.organisations[0]
      const who = delegation ? organisationShortSlug(delegation) || 'delegation' : 'no-delegation'
      const file = `packs/${meetingSlug(candidate.meta)}/${who}`
      groups.set(file, [...(groups.get(file) ?? []), candidate])
    }
    for (const [file, members] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
      planned.push({file: unique(`${file}.pdf`, taken), title: null, lang: null, html: false, statements: members.map((member) => member.source)})
    }
  }
  for (const pack of options.packs) {
    const members = candidates.filter((candidate) => matchesSelection(candidate, pack.select))
    if (members.length === 0) continue
    const file = pack.file ?? `${slugify(pack.title) || 'pack'}.pdf`
    planned.push({
      file: unique(`packs/${file}`, taken),
      title: pack.title,
      lang: pack.lang ?? null,
      html: pack.html ?? false,
      statements: members.map((member) => member.source),
    })
  }
  return planned
}

export function matchesSelection({source, meta}: PackCandidate, selection: PackSelection): boolean {
  const list = (value: string | string[] | undefined) => (value === undefined ? null : Array.isArray(value) ? value : [value])
  const same = (a: string, b: string) => a.localeCompare(b, 'en', {sensitivity: 'base'}) === 0
  const meetings = list(selection.meeting)
  if (meetings && !meetings.some((wanted) => [meta.meetingKey, meta.meeting].some((value) => value && same(value, wanted)))) return false
  const organisations = list(selection.organisation)
  // By name, or by the short name its slug uses ("ICRC" for "International Committee of the Red Cross").
  const sameOrganisation = (name: string, wanted: string) => same(name, wanted) || organisationShortSlug(name) === slugify(wanted)
  if (organisations && !organisations.some((wanted) => meta.organisations.some((value) => sameOrganisation(value, wanted)))) return false
  const agendaItems = list(selection.agendaItem)
  if (agendaItems && !agendaItems.some((wanted) => meta.agendaItem && agendaKey(meta.agendaItem.key) === agendaKey(wanted))) return false
  const patterns = list(selection.sources)
  if (patterns && !picomatch(patterns, {dot: false})(source)) return false
  return true
}

function unique(file: string, taken: Set<string>): string {
  let candidate = file
  for (let n = 2; taken.has(candidate); n++) candidate = file.replace(/\.pdf$/, `-${n}.pdf`)
  taken.add(candidate)
  return candidate
}
