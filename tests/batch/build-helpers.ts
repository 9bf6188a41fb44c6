import {createHash} from 'node:crypto'
import {cp, mkdir, mkdtemp, readFile, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {glob} from 'tinyglobby'
import {defaultStages} from '../../src/batch/default-stages.ts'
import type {BuildStages} from '../../src/batch/stages.ts'

export const bundledSources = fileURLToPath(new URL('../../sources/', import.meta.url))

/** Six bundled sources, enough that a build stopped half-way leaves some done and some to do. */
export const interruptedBuildSources = [
  'apmbc-22msp-2025-icrc-ifrc-national-implementation.txt',
  'apmbc-5rc-2024-ifrc-universalisation.txt',
  'ccm-13msp-2025-ghana-pdf-en.txt',
  'ccw-mhcp-2025-ccpac-email-en.txt',
  'ccw-mhcp-2025-kazakhstan-ru.txt',
  'hrc60-2025-joint-survivors-en.txt',
]

/** A project folder with copies of some of the bundled sources under sources/. */
export async function projectWith(names: string[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'sp-build-'))
  await mkdir(join(root, 'sources'))
  for (const name of names) await cp(join(bundledSources, name), join(root, 'sources', name))
  return root
}

export interface RenderCounts {
  readingCopies: string[]
  packs: string[]
  archives: number
  /** The archive pages laid out (site-relative), over every archive build. */
  archivePages: string[]
}

/** The real stages, recording what they were asked to render. */
export function countingStages(): {stages: BuildStages; counts: RenderCounts; reset(): void} {
  const real = defaultStages()
  const counts: RenderCounts = {readingCopies: [], packs: [], archives: 0, archivePages: []}
  const stages: BuildStages = {
    templatesFingerprint: (dir) => real.templatesFingerprint(dir),
    async open(options) {
      const session = await real.open(options)
      return {
        renderReadingCopy(statement, renderOptions) {
          counts.readingCopies.push(statement.source)
          return session.renderReadingCopy(statement, renderOptions)
        },
        buildPack(statements, packOptions) {
          counts.packs.push(packOptions.output)
          return session.buildPack(statements, packOptions)
        },
        async buildArchive(statements, archiveOptions) {
          counts.archives++
          const result = await session.buildArchive(statements, archiveOptions)
          counts.archivePages.push(...result.rendered)
          return result
        },
        close: () => session.close(),
      }
    },
  }
  return {
    stages,
    counts,
    reset() {
      counts.readingCopies = []
      counts.packs = []
      counts.archives = 0
      counts.archivePages = []
    },
  }
}

export interface FileState {
  hash: string
  mtimeMs: number
}

/** Every file under `dir` (dot files included): content hash and modification time. */
export async function snapshot(dir: string): Promise<Map<string, FileState>> {
  const files = await glob('**/*', {cwd: dir, dot: true, onlyFiles: true})
  const state = new Map<string, FileState>()
  for (const file of files.sort()) {
    const [bytes, stats] = await Promise.all([readFile(join(dir, file)), stat(join(dir, file))])
    state.set(file, {hash: createHash('sha256').update(bytes).digest('hex'), mtimeMs: stats.mtimeMs})
  }
  return state
}

/** Files that are new, gone, or were written again (even with the same bytes) between two snapshots. */
export function touched(before: Map<string, FileState>, after: Map<string, FileState>): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names].filter((name) => before.get(name)?.mtimeMs !== after.get(name)?.mtimeMs || before.get(name)?.hash !== after.get(name)?.hash).sort()
}
