import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {inventedStatement} from '../tests/invented-statement.ts'

export interface ArchiveBenchResult {
  statements: number
  /** Wall time of `statement-packs archive` in a fresh process: reading, normalising and building the site. */
  seconds: number
  /** Of which: reading and normalising the sources. */
  loadSeconds: number
  /** Of which: laying out and writing the site. */
  siteSeconds: number
  /** CPU time of that process (all its threads), which the machine's other load does not inflate. */
  cpuSeconds: number
  loadCpuSeconds: number
  siteCpuSeconds: number
  /** Peak resident memory of that process (`maxRSS`: the whole process, its worker threads included). */
  peakMemoryMB: number
  files: number
  siteMB: number
  /** What the search page loads before a query: the page, its scripts and search/index.js. */
  searchPageKB: number
  /** Added by the first query (field lengths for scoring) and by the first filter (a column per facet). */
  scoresKB: number
  filtersKB: number
  /** Term shards: a query loads the one or two holding its words. */
  medianShardKB: number
  largestShardKB: number
  /** The heaviest page of the site (HTML only). */
  largestPageKB: number
}

const root = fileURLToPath(new URL('../', import.meta.url))

/** The targets (issue 13): cold 10,000 statements, 50,000 statements, the search page's first load. */
export const archiveTargets = {seconds10k: 15, peakMB10k: 600, peakMB50k: 1024, searchPageKB: 400, linearRatio: 1.25}

/**
 * Sizes `npm run bench` archives unless `--sizes` says otherwise: small enough that a plain
 * `npm run bench` finishes in minutes. The targets are at 10,000 and 50,000 (`--sizes 1000,10000,50000`).
 */
export const defaultArchiveSizes = [1000, 5000]

export interface ArchiveSizesResult {
  sizes: ArchiveBenchResult[]
  /** Per size, seconds per 1,000 statements against the smallest size's: 1 is linear. */
  growth: Array<{statements: number; secondsPer1000: number; ratioToSmallest: number}>
  /** Each figure beside its target (only the sizes measured). */
  targets: Array<{measure: string; value: number; target: string; met: boolean}>
}

/** Archives each size in turn (one child process each) and puts every figure beside its target. */
export async function benchArchiveSizes(sizes: readonly number[] = defaultArchiveSizes, log: (line: string) => void = () => undefined): Promise<ArchiveSizesResult> {
  const results: ArchiveBenchResult[] = []
  for (const size of [...sizes].sort((a, b) => a - b)) {
    log(`archive of ${size} statements…`)
    const result = await benchArchive(size)
    log(describeArchive(result))
    results.push(result)
  }
  const smallest = results[0]!
  const per1000 = (result: ArchiveBenchResult) => (result.seconds / result.statements) * 1000
  const growth = results.map((result) => ({
    statements: result.statements,
    secondsPer1000: Number(per1000(result).toFixed(2)),
    ratioToSmallest: Number((per1000(result) / per1000(smallest)).toFixed(2)),
  }))
  const targets: ArchiveSizesResult['targets'] = []
  const at = (count: number) => results.find((result) => result.statements === count)
  const ten = at(10_000)
  if (ten) {
    targets.push({measure: 'cold archive, 10,000 statements: seconds', value: round(ten.seconds), target: `≤ ${archiveTargets.seconds10k}`, met: ten.seconds <= archiveTargets.seconds10k})
    targets.push({measure: 'cold archive, 10,000 statements: peak MB', value: ten.peakMemoryMB, target: `≤ ${archiveTargets.peakMB10k}`, met: ten.peakMemoryMB <= archiveTargets.peakMB10k})
  }
  const fifty = at(50_000)
  if (fifty) targets.push({measure: 'archive, 50,000 statements: peak MB', value: fifty.peakMemoryMB, target: `≤ ${archiveTargets.peakMB50k}`, met: fifty.peakMemoryMB <= archiveTargets.peakMB50k})
  const largest = growth.at(-1)!
  if (results.length > 1) targets.push({measure: `time per statement at ${largest.statements} against ${smallest.statements} (linear = 1)`, value: largest.ratioToSmallest, target: `≤ ${archiveTargets.linearRatio}`, met: largest.ratioToSmallest <= archiveTargets.linearRatio})
  const heaviest = Math.max(...results.map((result) => result.searchPageKB))
  targets.push({measure: 'search page: KB before the first query (largest size)', value: heaviest, target: `≤ ${archiveTargets.searchPageKB}`, met: heaviest <= archiveTargets.searchPageKB})
  for (const target of targets) log(`  ${target.measure}: ${target.value} (target ${target.target}) ${target.met ? 'met' : 'MISSED'}`)
  return {sizes: results, growth, targets}
}

const round = (value: number) => Number(value.toFixed(1))

function describeArchive(result: ArchiveBenchResult): string {
  return (
    `  ${result.statements} statements in ${result.seconds.toFixed(1)} s (read and normalise ${result.loadSeconds.toFixed(1)} s, site ${result.siteSeconds.toFixed(1)} s); ` +
    `CPU ${result.cpuSeconds} s, peak memory ${result.peakMemoryMB} MB; ${result.files} files, ${result.siteMB} MB; ` +
    `search page ${result.searchPageKB} KB before a query (+ ${result.scoresKB} KB with it, + ${result.filtersKB} KB with a filter); ` +
    `term shards ${result.medianShardKB} KB median, ${result.largestShardKB} KB largest; largest page ${result.largestPageKB} KB`
  )
}

/**
 * Builds an archive of `count` generated statements (HTML only) in a child
 * process, the way a user runs the command, and reports its time and peak memory
 * (the child's own maxRSS, so the generator's memory does not count).
 */
export async function benchArchive(count = 10_000): Promise<ArchiveBenchResult> {
  const work = mkdtempSync(join(tmpdir(), 'statement-packs-bench-archive-'))
  try {
    const sources = join(work, 'sources')
    generateStatements(sources, count)
    const out = join(work, 'site')
    const output = execFileSync(process.execPath, [fileURLToPath(new URL('./archive-child.js', import.meta.url)), sources, out], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const measured = JSON.parse(output.trim().split('\n').at(-1)!) as {
      seconds: number
      loadSeconds: number
      siteSeconds: number
      loadCpuSeconds: number
      siteCpuSeconds: number
      maxRssKB: number
    }
    const sizes = folderSizes(out)
    const kb = (path: string) => statSync(join(out, path)).size / 1024
    const searchPage = ['search.html', 'assets/minisearch.js', 'assets/search-terms.js', 'assets/search.js', 'assets/archive.css', 'assets/fonts.css', 'search/index.js']
    const shards = readdirSync(join(out, 'search'))
      .filter((name) => name.startsWith('terms-'))
      .map((name) => kb(`search/${name}`))
      .sort((a, b) => a - b)
    const pages = readdirSync(out, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    return {
      statements: count,
      seconds: measured.seconds,
      loadSeconds: measured.loadSeconds,
      siteSeconds: measured.siteSeconds,
      cpuSeconds: Number((measured.loadCpuSeconds + measured.siteCpuSeconds).toFixed(1)),
      loadCpuSeconds: measured.loadCpuSeconds,
      siteCpuSeconds: measured.siteCpuSeconds,
      peakMemoryMB: Math.round(measured.maxRssKB / 1024),
      files: sizes.files,
      siteMB: Math.round(sizes.bytes / 1024 / 1024),
      searchPageKB: Math.round(searchPage.reduce((sum, path) => sum + kb(path), 0)),
      scoresKB: Math.round(kb('search/scores.js')),
      filtersKB: Math.round(kb('search/filters.js')),
      medianShardKB: Math.round(shards[Math.floor(shards.length / 2)] ?? 0),
      largestShardKB: Math.round(shards.at(-1) ?? 0),
      largestPageKB: Math.round(Math.max(...pages.map((entry) => statSync(join(entry.parentPath, entry.name)).size / 1024))),
    }
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

function folderSizes(folder: string): {files: number; bytes: number} {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    files++
    bytes += statSync(join(entry.parentPath, entry.name)).size
  }
  return {files, bytes}
}

/** A small deterministic PRNG (mulberry32), so every run archives the same statements. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words of the bundled sources, by language, plus made-up rare words: a vocabulary of realistic size. */
function vocabularies(next: () => number): Record<string, string[]> {
  const byLanguage: Record<string, Set<string>> = {en: new Set(), fr: new Set(), es: new Set(), ru: new Set(), ar: new Set()}
  for (const name of readdirSync(join(root, 'sources'))) {
    const language = /-(fr|es|ru|ar)\.txt$/.exec(name)?.[1] ?? 'en'
    for (const word of readFileSync(join(root, 'sources', name), 'utf8').split(/[^\p{L}]+/u)) if (word.length > 2) byLanguage[language]!.add(word.toLowerCase())
  }
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vi', 'del', 'an', 'qui', 'mar', 'nes', 'ob', 'ul', 'ter']
  const made = Array.from({length: 30_000}, () => Array.from({length: 2 + Math.floor(next() * 3)}, () => syllables[Math.floor(next() * syllables.length)]).join(''))
  return Object.fromEntries(Object.entries(byLanguage).map(([language, words]) => [language, [...words, ...(language === 'en' ? made : made.slice(0, 3000))]]))
}

export function generateStatements(folder: string, count: number): void {
  const next = random(20251201)
  const vocabulary = vocabularies(next)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  // Zipf-like: common words often, rare words rarely.
  const word = (words: string[]) => words[Math.floor(words.length * next() ** 3)]!
  const conventions = [
    ['apmbc', 'Anti-Personnel Mine Ban Convention'],
    ['ccm', 'Convention on Cluster Munitions'],
    ['ccw', 'Convention on Certain Conventional Weapons'],
    ['att', 'Arms Trade Treaty'],
  ] as const
  const organisations = Array.from({length: 200}, (_, index) => `Delegation ${String.fromCharCode(65 + (index % 26))}${Math.floor(index / 26) + 1}`)
  organisations.push('International Committee of the Red Cross', 'International Federation of Red Cross and Red Crescent Societies')
  const languages = ['en', 'en', 'en', 'en', 'en', 'en', 'fr', 'es', 'ru', 'ar']
  execFileSync('mkdir', ['-p', folder])
  for (let index = 0; index < count; index++) {
    const [prefix, convention] = conventions[index % conventions.length]!
    const meetingNumber = 10 + (Math.floor(index / conventions.length) % 10)
    const year = 2015 + (meetingNumber - 10)
    const item = `${5 + Math.floor(next() * 12)}${pick(['', 'a', 'b', 'c'])}`
    const language = pick(languages)
    const words = vocabulary[language]!
    const paragraphs = Array.from({length: 5 + Math.floor(next() * 5)}, () => {
      const sentence = Array.from({length: 50 + Math.floor(next() * 60)}, () => word(words)).join(' ')
      return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`
    })
    const organisation = pick(organisations)
    const source = inventedStatement(
      {
        title: `Statement ${index} on item ${item}`,
        organisation,
        meeting: `${meetingNumber}th Meeting of States Parties`,
        convention,
        meetingKey: `${prefix}-${meetingNumber}msp`,
        date: `${year}-11-${String(1 + (index % 28)).padStart(2, '0')}`,
        item,
        language,
      },
      paragraphs,
    )
    writeFileSync(join(folder, `statement-${String(index).padStart(5, '0')}.md`), source)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.env.ARCHIVE_BENCH_STATEMENTS ?? 10_000)
  console.log(describeArchive(await benchArchive(count)))
}
