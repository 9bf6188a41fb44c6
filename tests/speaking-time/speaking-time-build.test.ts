import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {beforeAll, describe, expect, it} from 'vitest'
import {project, run, type Run} from '../cli/cli-helpers.ts'
import {readPdf} from '../render/read-pdf.ts'

/** A statement with its metadata in front matter, its body `sentences` sentences of eight words. */
const statement = (fields: Record<string, unknown>, salutation: string, sentence: string, sentences: number) =>
  `---\n${JSON.stringify(fields)}\n---\n\n${salutation}\n\n${Array(sentences).fill(sentence).join(' ')}\n`

const meeting = {meetingKey: 'apmbc-22msp', meeting: '22nd Meeting of States Parties', dates: {start: '2024-11-25', end: '2024-11-29'}}
// 3 + 20 × 8 = 163 words: 82 s at 120 a minute, over the minute States are given.
const french = statement({...meeting, title: 'Déclaration sur l’assistance aux victimes', organisations: ['Belgium'], language: 'fr'}, 'Madame la Présidente,', 'Nous soutenons pleinement les travaux de cette réunion.', 20)
// 2 + 5 × 8 = 42 words: 21 s.
const english = statement({...meeting, title: 'Statement on clearance', organisations: ['Norway'], language: 'en'}, 'Madam President,', 'We fully support the work of this meeting.', 5)

const config = {
  outputs: {readingCopies: [], delegationPacks: false, archive: true},
  speakingTime: {limits: [{meeting: 'apmbc-22msp', kind: 'state', time: '1:00'}]},
}

interface SourceReport {
  source: string
  speakingTime?: unknown
  diagnostics: Array<{ruleId: string | null; severity: string}>
}

describe('speaking time in a build, against a limit in the config', () => {
  let root: string
  let build: Run
  beforeAll(async () => {
    root = await project({'fr-long.md': french, 'en-short.md': english}, config)
    build = await run(['build', '--report', 'report.json'], root)
  })

  it('reports each source’s time in the JSON report, and warns over the limit without failing', async () => {
    expect(build.code).toBe(0)
    expect(build.stderr).toContain('sources/fr-long.md:1:1  warning  Unexpected speaking time of about 1:22 at 120 words a minute, expected at most 1:00: cut about 44 words  over-time-limit')
    expect(build.stderr).not.toMatch(/en-short\.md.*over-time-limit/)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as {sources: SourceReport[]}
    const bySource = Object.fromEntries(report.sources.map((source) => [source.source, source]))
    expect(bySource['sources/fr-long.md']!.speakingTime).toEqual({seconds: 82, words: 163, rate: 120, limitSeconds: 60})
    expect(bySource['sources/en-short.md']!.speakingTime).toEqual({seconds: 21, words: 42, rate: 120, limitSeconds: 60})
    expect(bySource['sources/fr-long.md']!.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('over-time-limit')
  })

  it('writes the times into the archive’s catalogue.json', async () => {
    const catalogue = JSON.parse(await readFile(join(root, 'output', 'catalogue.json'), 'utf8')) as {statements: Array<{source: string; speakingTime: unknown}>}
    expect(Object.fromEntries(catalogue.statements.map((entry) => [entry.source, entry.speakingTime]))).toEqual({
      'sources/fr-long.md': {seconds: 82, words: 163, rate: 120, limitSeconds: 60},
      'sources/en-short.md': {seconds: 21, words: 42, rate: 120, limitSeconds: 60},
    })
  })

  it('fails with --strict (exit 1)', async () => {
    const strict = await run(['build', '--strict'], root)
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('over-time-limit')
  })

  it('annotates the warning for GitHub Actions with --reporter github', async () => {
    const github = await run(['build', '--reporter', 'github'], root)
    expect(github.code).toBe(0)
    expect(github.stdout).toContain('::warning file=sources/fr-long.md,line=1,col=1,title=over-time-limit::Unexpected speaking time of about 1:22 at 120 words a minute, expected at most 1:00: cut about 44 words\n')
  })

  it('keeps the times through build --shard and merge', async () => {
    expect((await run(['build', '--shard', '1/2', '-o', 'shard-1'], root)).code).toBe(0)
    expect((await run(['build', '--shard', '2/2', '-o', 'shard-2'], root)).code).toBe(0)
    const merged = await run(['merge', 'shard-1', 'shard-2', '-o', 'merged', '--report', 'merged.json'], root)
    expect(merged.code).toBe(0)
    expect(merged.stderr).toContain('sources/fr-long.md:1:1  warning  Unexpected speaking time')
    const report = JSON.parse(await readFile(join(root, 'merged.json'), 'utf8')) as {sources: SourceReport[]}
    expect(report.sources.map((source) => [source.source, source.speakingTime])).toEqual([
      ['sources/en-short.md', {seconds: 21, words: 42, rate: 120, limitSeconds: 60}],
      ['sources/fr-long.md', {seconds: 82, words: 163, rate: 120, limitSeconds: 60}],
    ])
  })

  it('times an unchanged source again when the config’s rates change', async () => {
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({...config, speakingTime: {...config.speakingTime, rates: {fr: 200}}}))
    const faster = await run(['build', '--strict', '--report', 'report.json'], root)
    expect(faster.code).toBe(0)
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as {sources: Array<SourceReport & {status: string}>}
    const french = report.sources.find((source) => source.source === 'sources/fr-long.md')!
    expect(french.status).toBe('up-to-date')
    expect(french.speakingTime).toEqual({seconds: 49, words: 163, rate: 200, limitSeconds: 60})
  })
})

/** The text a reader sees on a page, white space collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ')
async function pageText(file: string): Promise<string> {
  const words: string[] = []
  visit(fromHtml(await readFile(file, 'utf8')), 'text', (node) => void words.push(node.value))
  return flat(words.join(''))
}

describe('speaking time in the printed outputs and the archive', () => {
  let root: string
  let build: Run
  beforeAll(async () => {
    root = await project({'fr-long.md': french, 'en-short.md': english}, {
      ...config,
      outputs: {readingCopies: ['pdf'], delegationPacks: false, archive: true},
      packs: [{title: 'Meeting pack', file: 'meeting.pdf', lang: 'en', select: {meeting: 'apmbc-22msp'}}],
    })
    build = await run(['build'], root)
  }, 180_000)

  it('prints the estimate in the reading copy’s header, in the statement’s language', async () => {
    expect(build.code, build.stderr).toBe(0)
    const frenchCopy = flat((await readPdf(await readFile(join(root, 'output/reading-copies/fr-long.pdf')))).pages[0]!)
    expect(frenchCopy).toContain('Temps de parole : ≈ 1 min 20 s')
    const englishCopy = flat((await readPdf(await readFile(join(root, 'output/reading-copies/en-short.pdf')))).pages[0]!)
    expect(englishCopy).toContain('Speaking time: ≈ 20 s')
  })

  it('lists each statement’s time beside its page number in the pack’s contents, and the total', async () => {
    const pack = await readPdf(await readFile(join(root, 'output/packs/meeting.pdf')))
    const contents = flat(pack.pages[1]!)
    expect(contents).toContain('Statement on clearance ≈ 20 s 3')
    expect(contents).toContain('Déclaration sur l’assistance aux victimes ≈ 1 min 20 s 4')
    // 21 s + 82 s, added up before rounding.
    expect(contents).toContain('Total speaking time ≈ 1 min 40 s')
  })

  it('shows the estimate on the archive’s statement page in the statement’s language, and on the meeting page in the site’s', async () => {
    expect(await pageText(join(root, 'output/apmbc-22msp/general-belgium/index.html'))).toContain('Temps de parole : ≈ 1 min 20 s')
    const meetingPage = await pageText(join(root, 'output/apmbc-22msp/index.html'))
    expect(meetingPage).toContain('Speaking time: ≈ 1 min 20 s')
    expect(meetingPage).toContain('Speaking time: ≈ 20 s')
  })
})
