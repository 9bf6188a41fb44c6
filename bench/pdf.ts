import {readFile} from 'node:fs/promises'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {readPdf} from '../src/ingest/pdf/read-pdf.ts'
import {median, round} from './statistics.ts'

export interface PdfBenchResult {
  documents: number
  pages: number
  /** The first PDF of the process: loading pdf.js included. */
  coldFirstDocumentMs: number
  /** Median over the warm reads of each document's time divided by its pages, CPU time (one core). */
  warmMsPerPage: number
  /** The same median in wall-clock time, for comparison. */
  warmWallMsPerPage: number
  /** Median warm read of a three-page statement, CPU time (goal ≤ 30 ms), and wall-clock. */
  warmThreePageMs: number
  warmThreePageWallMs: number
}

const documents = fileURLToPath(new URL('../tests/documents/', import.meta.url))
const names = [
  'en-two-page-statement.pdf',
  'es-cooperation-statement.pdf',
  'ru-universalisation-statement.pdf',
  'ar-victim-assistance-statement.pdf',
  'zh-cooperation-statement.pdf',
]

/** Reads the committed test PDFs (laid out by LibreOffice) `rounds` times after a first, cold read. */
export async function benchPdf(rounds = 20): Promise<PdfBenchResult> {
  const files = await Promise.all(names.map(async (name) => ({path: `${documents}${name}`, bytes: await readFile(`${documents}${name}`)})))
  const coldStarted = performance.now()
  const first = await readPdf(files[0]!.bytes, files[0]!.path)
  const coldFirstDocumentMs = performance.now() - coldStarted
  const pagesOf = new Map<string, number>([[files[0]!.path, pageCount(first)]])
  for (const file of files.slice(1)) pagesOf.set(file.path, pageCount(await readPdf(file.bytes, file.path)))

  const cpuPerPage: number[] = []
  const wallPerPage: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const file of files) {
      const cpuStarted = process.cpuUsage()
      const started = performance.now()
      await readPdf(file.bytes, file.path)
      const wall = performance.now() - started
      const cpu = process.cpuUsage(cpuStarted)
      const pages = pagesOf.get(file.path)!
      cpuPerPage.push((cpu.user + cpu.system) / 1000 / pages)
      wallPerPage.push(wall / pages)
    }
  }

  const threePageBytes = await readFile(`${documents}en-three-page-indented-statement.pdf`)
  const threePageCpu: number[] = []
  const threePageWall: number[] = []
  for (let round = 0; round < rounds; round++) {
    const cpuStarted = process.cpuUsage()
    const started = performance.now()
    await readPdf(threePageBytes, 'en-three-page-indented-statement.pdf')
    threePageWall.push(performance.now() - started)
    const cpu = process.cpuUsage(cpuStarted)
    threePageCpu.push((cpu.user + cpu.system) / 1000)
  }
  return {
    documents: files.length,
    pages: [...pagesOf.values()].reduce((sum, pages) => sum + pages, 0),
    coldFirstDocumentMs: round(coldFirstDocumentMs),
    warmMsPerPage: round(median(cpuPerPage)),
    warmWallMsPerPage: round(median(wallPerPage)),
    warmThreePageMs: round(median(threePageCpu)),
    warmThreePageWallMs: round(median(threePageWall)),
  }
}

function pageCount(document: Awaited<ReturnType<typeof readPdf>>): number {
  return Math.max(1, ...document.origins.map((origin) => origin?.page ?? 0))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchPdf()
  console.log(
    `pdf: ${result.documents} documents, ${result.pages} pages; warm ${result.warmMsPerPage} ms CPU per page (wall ${result.warmWallMsPerPage} ms); a 3-page PDF in ${result.warmThreePageMs} ms CPU (goal ≤ 30 ms; wall ${result.warmThreePageWallMs} ms); cold first document ${result.coldFirstDocumentMs} ms`,
  )
}
