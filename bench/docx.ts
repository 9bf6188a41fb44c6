import {readFile} from 'node:fs/promises'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {readDocx} from '../src/ingest/docx/read-docx.ts'
import {median, round} from './statistics.ts'

export interface DocxBenchResult {
  documents: number
  /** The first Word document of the process: loading mammoth included. */
  coldFirstDocumentMs: number
  /** Median warm read of one document (the two-page statement), CPU time on one core (goal ≤ 15 ms). */
  warmDocumentMs: number
  /** The same median in wall-clock time, for comparison. */
  warmDocumentWallMs: number
}

const path = fileURLToPath(new URL('../tests/documents/en-two-page-statement.docx', import.meta.url))

/** Reads the committed two-page Word statement (laid out by LibreOffice) `rounds` times after a first, cold read. */
export async function benchDocx(rounds = 50): Promise<DocxBenchResult> {
  const bytes = await readFile(path)
  const coldStarted = performance.now()
  await readDocx(bytes, path)
  const coldFirstDocumentMs = performance.now() - coldStarted

  const cpu: number[] = []
  const wall: number[] = []
  for (let round = 0; round < rounds; round++) {
    const cpuStarted = process.cpuUsage()
    const started = performance.now()
    await readDocx(bytes, path)
    wall.push(performance.now() - started)
    const used = process.cpuUsage(cpuStarted)
    cpu.push((used.user + used.system) / 1000)
  }
  return {documents: 1, coldFirstDocumentMs: round(coldFirstDocumentMs), warmDocumentMs: round(median(cpu)), warmDocumentWallMs: round(median(wall))}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchDocx()
  console.log(`docx: warm ${result.warmDocumentMs} ms CPU per document (goal ≤ 15 ms; wall ${result.warmDocumentWallMs} ms); cold first document ${result.coldFirstDocumentMs} ms`)
}
