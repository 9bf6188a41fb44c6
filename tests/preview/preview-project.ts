import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {preview, type PreviewCommandOptions} from '../../src/commands/preview.ts'

/** A statement written for these tests, with its header, in the form people paste. */
export function testStatement(country: string, sentence: string): string {
  return `Statement by the Republic of ${country}
Meeting of States Parties to the Convention on Cluster Munitions
Geneva, 2 September 2025
Agenda item 5: General exchange of views

Mr. President,

${sentence}

The delegation of ${country} remains committed to the universalisation of the Convention and to the clearance of every contaminated area within the deadlines the States Parties agreed.

Thank you, Mr. President.
`
}

/** A project folder with a config (its output in `output/`) and these sources in `sources/`. */
export async function previewProject(sources: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'sp-preview-'))
  await mkdir(join(root, 'sources'))
  await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({sources: ['sources'], output: 'output'}))
  for (const [name, content] of Object.entries(sources)) await writeFile(join(root, 'sources', name), content)
  return root
}

export interface RunningPreview {
  url: string
  port: number
  stop(): Promise<void>
}

/** The preview command, run in `root` until `stop`. */
export async function startPreview(root: string, options: PreviewCommandOptions = {}): Promise<RunningPreview> {
  const controller = new AbortController()
  let listening: (url: string) => void
  const started = new Promise<string>((resolve) => (listening = resolve))
  const running = preview(options, root, {signal: controller.signal, onListening: (url) => listening(url)})
  const url = await Promise.race([started, running.then(() => Promise.reject(new Error('The preview stopped before listening')))])
  return {
    url,
    port: Number(new URL(url).port),
    stop: async () => {
      controller.abort()
      await running
    },
  }
}
