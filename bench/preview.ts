import {get, type IncomingMessage} from 'node:http'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {preview} from '../src/commands/preview.ts'
import {median, round} from './statistics.ts'

/** The target (issue 14): from saving a source to the open page being told to reload. */
export const previewTargets = {reloadEventMs: 1000}

export interface PreviewBenchResult {
  rounds: number
  /** Median time from writing a source to the reload event arriving at a connected page. */
  reloadEventMs: number
  reloadEventMaxMs: number
  /** Median time from writing a source to the reloaded reading copy having arrived (event + new render). */
  reloadedPageMs: number
  targets: Array<{measure: string; value: number; target: string; met: boolean}>
}

const statement = (round: number) => `Statement by the Republic of Benchland
Meeting of States Parties to the Convention on Cluster Munitions
Geneva, 2 September 2025
Agenda item 5: General exchange of views

Mr. President,

Benchland reports, for the ${round}th time, on the clearance of the areas it declared contaminated.

Thank you, Mr. President.
`

/** The preview's event stream, as a page holds it open: resolves each reload event's arrival. */
function listen(url: string): {next: () => Promise<number>; close: () => void} {
  const waiting: Array<(at: number) => void> = []
  let response: IncomingMessage | null = null
  let buffer = ''
  let connected = false
  const request = get(`${url}_preview/events`, (stream) => {
    response = stream
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      buffer += chunk
      const events = buffer.split('\n\n')
      buffer = events.pop() ?? ''
      for (const event of events) {
        if (!event.startsWith('event: reload')) continue
        // The first event says the version the page connects at: no change yet.
        if (!connected) connected = true
        else waiting.shift()?.(performance.now())
      }
    })
  })
  return {next: () => new Promise((resolve) => waiting.push(resolve)), close: () => (response ? response.destroy() : request.destroy())}
}

async function fetchText(url: string): Promise<string> {
  return (await fetch(url)).text()
}

/** Saves one source `rounds` times under a running preview and times the reload each time. */
export async function benchPreview(rounds = 10): Promise<PreviewBenchResult> {
  const root = await mkdtemp(join(tmpdir(), 'statement-packs-bench-preview-'))
  const source = join(root, 'sources', 'benchland.txt')
  await mkdir(join(root, 'sources'))
  await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({sources: ['sources'], output: 'output'}))
  await writeFile(source, statement(0))
  const controller = new AbortController()
  let listening: (url: string) => void
  const started = new Promise<string>((resolve) => (listening = resolve))
  const running = preview({}, root, {signal: controller.signal, onListening: (url) => listening(url)})
  try {
    const url = await started
    const page = `${url}reading-copies/benchland.html`
    await fetchText(page)
    const events = listen(url)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const toEvent: number[] = []
    const toPage: number[] = []
    for (let round = 1; round <= rounds; round++) {
      const arrived = events.next()
      const saved = performance.now()
      await writeFile(source, statement(round))
      toEvent.push((await arrived) - saved)
      const html = await fetchText(page)
      if (!html.includes(`for the ${round}th time`)) throw new Error(`The reloaded page does not show round ${round}`)
      toPage.push(performance.now() - saved)
      // Saves a person makes, not a burst the watcher would fold into one.
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
    events.close()
    const reloadEventMs = round(median(toEvent))
    return {
      rounds,
      reloadEventMs,
      reloadEventMaxMs: round(Math.max(...toEvent)),
      reloadedPageMs: round(median(toPage)),
      targets: [{measure: 'save → reload event at the page: ms (median)', value: reloadEventMs, target: `< ${previewTargets.reloadEventMs}`, met: reloadEventMs < previewTargets.reloadEventMs}],
    }
  } finally {
    controller.abort()
    await running
    await rm(root, {recursive: true, force: true})
  }
}

/** The line `npm run bench` prints: each figure beside its target. */
export function previewSummary(result: PreviewBenchResult): string {
  const [target] = result.targets
  return `preview: save → reload event ${result.reloadEventMs} ms median, ${result.reloadEventMaxMs} ms at most (target ${target!.target} ms) ${target!.met ? 'met' : 'MISSED'}; save → reloaded reading copy ${result.reloadedPageMs} ms`
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(previewSummary(await benchPreview()))
}
