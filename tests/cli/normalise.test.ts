import {mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {statementPacks} from './cli-helpers.ts'

interface JsonEntry {
  source: string
  format: string | null
  meta: Record<string, unknown> | null
  markdown: string | null
  messages: {ruleId: string | null; reason: string; line: number | null; column: number | null; fatal: boolean}[]
}

let folder: string
const path = (name: string) => join(folder, name)

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-normalise-'))
  await writeFile(path('good-a.txt'), 'Madam President,\n\nIreland welcomes the report.\n')
  await writeFile(path('old.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512), Buffer.from('WordDocument', 'utf16le')]))
  await writeFile(path('nul.txt'), 'Madam President,\n\nwor\0ld\n')
  await writeFile(path('large.txt'), 'Madam President, the Convention is working.\n'.repeat(60))
  await writeFile(path('good-b.txt'), 'Mr. Chair,\n\nThank you.\n')
  await writeFile(path('warn.txt'), '---\ndates: notadate\n---\n\nMadam President,\n\nThe text.\n')
  // "Женева, Председатель" in windows-1251.
  await writeFile(path('cp1251.txt'), Buffer.from('C6E5EDE5E2E02C20CFF0E5E4F1E5E4E0F2E5EBFC0A', 'hex'))
})

afterAll(async () => {
  await rm(folder, {recursive: true, force: true})
})

describe('statement-packs normalise', () => {
  it('exits 0 and prints one JSON entry per source, in order, with the full document and positioned messages', async () => {
    const chile = 'sources/ccm-12msp-2024-chile-cp1252-crlf-es.txt'
    const mojibake = 'sources/unga80-first-committee-2025-ifrc-mojibake-en.txt'
    const run = await statementPacks('normalise', chile, mojibake, '--json')
    expect(run.code).toBe(0)
    const entries = JSON.parse(run.stdout) as JsonEntry[]
    expect(entries.map((entry) => entry.source)).toEqual([chile, mojibake])
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(['format', 'markdown', 'messages', 'meta', 'source', 'speakingTime'])
      expect(entry.format).toBe('text')
      expect(entry.markdown).toMatch(/^---\n[\s\S]*\n---\n/)
      expect(entry.meta).toHaveProperty('title')
      expect(entry.meta).toHaveProperty('organisations', expect.any(Array))
      for (const message of entry.messages) expect(Object.keys(message).sort()).toEqual(['column', 'fatal', 'line', 'reason', 'ruleId'])
    }
    const [spanish, english] = entries as [JsonEntry, JsonEntry]
    expect(spanish.markdown).toContain('“nadie debe quedarse atrás”')
    expect(spanish.markdown).not.toContain('\r')
    expect(spanish.messages).toContainEqual(expect.objectContaining({ruleId: 'decode-windows-1252', line: 1, column: 5, fatal: false}))
    expect(english.markdown).toContain('Côte d’Ivoire')
    expect(english.markdown).not.toMatch(/â€|Ã|\u009d/)
    expect(english.messages).toContainEqual(expect.objectContaining({ruleId: 'repair-mojibake', line: 3, fatal: false}))
    // What was repaired is in the JSON, not among the diagnostics on stderr.
    expect(run.stderr).not.toContain('repair-mojibake')
  })

  it('exits 1 for refused sources, still writing and printing the good ones', async () => {
    const out = path('out')
    const inputs = ['good-a.txt', 'old.doc', 'nul.txt', 'large.txt', 'good-b.txt'].map(path)
    const run = await statementPacks('normalise', ...inputs, '--max-size', '2KB', '--json', '-o', out)
    expect(run.code).toBe(1)

    const entries = JSON.parse(run.stdout) as JsonEntry[]
    expect(entries.map((entry) => entry.source)).toEqual(inputs)
    expect(entries.map((entry) => entry.markdown !== null)).toEqual([true, false, false, false, true])
    expect(entries[2]?.messages).toEqual([expect.objectContaining({ruleId: 'binary-file', line: 3, column: 4, fatal: true})])

    expect((await readdir(out)).sort()).toEqual(['good-a.md', 'good-b.md'])
    expect(await readFile(join(out, 'good-a.md'), 'utf8')).toBe(entries[0]?.markdown)
    expect(await readFile(join(out, 'good-b.md'), 'utf8')).toContain('Thank you.')

    expect(run.stderr).toContain(`${path('old.doc')}:1:1  error  this is a Word 97 document (.doc), which is not read; open it in a word processor and save it as .docx (or as plain text)  unsupported-format`)
    expect(run.stderr).toMatch(new RegExp(`^${escape(path('nul.txt'))}:3:4  error  .+  binary-file$`, 'm'))
    expect(run.stderr).toMatch(new RegExp(`^${escape(path('large.txt'))}:1:1  error  .*larger than the 2 KB limit.*  file-too-large$`, 'm'))
    expect(run.stderr).not.toContain('good-a.txt')
  })

  it('prints warnings as file:line:column  warning  reason  ruleId and exits 0, or 1 with --strict', async () => {
    const lenient = await statementPacks('normalise', path('warn.txt'))
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toMatch(new RegExp(`^${escape(path('warn.txt'))}:\\d+:\\d+  warning  Unexpected .+  front-matter-invalid$`, 'm'))

    const strict = await statementPacks('normalise', path('warn.txt'), path('good-a.txt'), '--strict')
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('front-matter-invalid')
  })

  it('expands a pattern itself, and reports a missing file and a dangling link without stopping', async () => {
    await mkdir(path('glob'))
    await writeFile(path('glob/one.txt'), 'Madam President,\n\nOne.\n')
    await writeFile(path('glob/two.txt'), 'Madam President,\n\nTwo.\n')
    await symlink(path('glob/nowhere.txt'), path('glob/dangling.txt'))
    const run = await statementPacks('normalise', `${folder}/glob/*.txt`, path('missing.txt'), '--json')
    expect(run.code).toBe(1)
    const entries = JSON.parse(run.stdout) as JsonEntry[]
    expect(entries.map((entry) => [entry.source, entry.messages.find((message) => message.fatal)?.ruleId ?? null])).toEqual([
      [path('glob/dangling.txt'), 'dangling-symlink'],
      [path('glob/one.txt'), null],
      [path('glob/two.txt'), null],
      [path('missing.txt'), 'missing-file'],
    ])
    expect(run.stderr).toMatch(new RegExp(`^${escape(path('missing.txt'))}:1:1  error  no such file  missing-file$`, 'm'))
    const empty = await statementPacks('normalise', `${folder}/glob/*.markdown`)
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('No source files match')
  })

  it('refuses to write into the folder it reads (exit 2), leaving the sources as they were', async () => {
    await mkdir(path('own'))
    await writeFile(path('own/a.md'), 'Madam President,\n\nKeep   me.\n')
    for (const args of [[path('own'), '-o', path('own')], [path('own/a.md'), '-o', path('own')]]) {
      const run = await statementPacks('normalise', ...args)
      expect(run.code).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect(await readFile(path('own/a.md'), 'utf8')).toBe('Madam President,\n\nKeep   me.\n')
  })

  it('decodes with --encoding', async () => {
    const run = await statementPacks('normalise', path('cp1251.txt'), '--encoding', 'windows-1251', '--json')
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as JsonEntry[])[0]?.markdown).toContain('Женева, Председатель')
  })

  it('prints one source\'s Markdown to stdout without -o or --json, and only the diagnostics for several', async () => {
    const one = await statementPacks('normalise', path('good-a.txt'))
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/^---\n[\s\S]*\n---\n\nMadam President,\n\nIreland welcomes the report\.\n$/)
    const several = await statementPacks('normalise', path('good-a.txt'), path('good-b.txt'))
    expect(several.code).toBe(0)
    expect(several.stdout).toBe('')
  })

  it('exits 2 on usage errors', async () => {
    const runs = await Promise.all([
      statementPacks('normalise', path('good-a.txt'), '--frobnicate'),
      statementPacks('normalise', path('good-a.txt'), '--encoding', 'klingon-8'),
      statementPacks('normalise', path('good-a.txt'), '--max-size', 'huge'),
      statementPacks('normalise'),
    ])
    for (const run of runs) {
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^statement-packs: .*\nRun `statement-packs normalise --help` for usage\.$/m)
      expect(run.stdout).toBe('')
    }
    expect(runs[1]?.stderr).toContain('unknown encoding')
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
