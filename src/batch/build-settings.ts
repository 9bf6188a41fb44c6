import type {LoadStatementOptions} from '../load-statement.ts'
import type {BuildEvents} from '../report/build-events.ts'
import type {PackDefinition} from '../config.ts'
import type {InterfaceLanguage} from '../templates/labels.ts'
import {hashJson} from '../hash.ts'
import type {SpeakingTimeSettings} from '../speaking-time/speaking-time-for.ts'
import type {BuildStages} from './stages.ts'

/** The settings every output depends on; shared by `build` and `merge`. */
export interface BuildSettings {
  outDir: string
  /** Folder the sources are relative to: the originals the archive offers for download are read from it. */
  root?: string
  templatesDir: string | null
  paper: 'a4' | 'letter'
  largePrint: boolean
  formats: ('pdf' | 'html')[]
  delegationPacks: boolean
  packs: PackDefinition[]
  archive: boolean
  /** The language of the archive's interface (`archive.language`). */
  archiveLanguage: InterfaceLanguage
  baseUrl: string | null
  concurrency: number
  /** How sources are read (`encoding`, `maxSize`), and one document's time limit (`timeoutMs`, for printing too). */
  read: LoadStatementOptions
  /** Rates and limits: the reports, reading copies, packs and archive show the times. */
  speakingTime: SpeakingTimeSettings
  force: boolean
  /** Warnings fail the build: its status is "failed". */
  strict: boolean
  failFast: boolean
  toolVersion: string
  stages: BuildStages
  signal?: AbortSignal
  events?: BuildEvents
}

/** A hash of the options every rendering depends on: reading copies, packs and archive all include it. */
export async function settingsKeyFor(settings: BuildSettings): Promise<string> {
  return hashJson({
    toolVersion: settings.toolVersion,
    templates: await settings.stages.templatesFingerprint(settings.templatesDir),
    paper: settings.paper,
    largePrint: settings.largePrint,
    formats: settings.formats,
    speakingTime: settings.speakingTime,
  })
}
