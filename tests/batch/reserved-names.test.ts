import {mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../src/commands/build.ts'
import {reservedNames} from '../../src/file-safety/reserved-names.ts'

const statement = (front: string, body: string) => `---\n${front}\n---\n\nMadam President,\n\n${body}\n`

describe('names the output folder uses are reserved against metadata', () => {
  it('a meetingKey that takes one is refused with a warning; no statement overwrites another, and a deleted one leaves nothing behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-reserved-'))
    await mkdir(join(root, 'sources'))
    const config = {outputs: {readingCopies: ['html'], delegationPacks: false, archive: true}}
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify(config))
    // `index.md` has its reading copy at reading-copies/index.html, where a meeting called
    // "reading-copies" would put its page.
    await writeFile(join(root, 'sources', 'index.md'), statement('title: The index statement\nmeetingKey: apmbc-22msp', 'Ireland welcomes the report.'))
    await writeFile(join(root, 'sources', 'hostile.md'), statement('title: The hostile statement\nmeetingKey: reading-copies', 'Nothing to add.'))
    const out = join(root, 'output')

    const first = await build({}, root)
    expect(first.status).toBe('success')
    const hostile = first.sources.find((source) => source.source === 'sources/hostile.md')!
    expect(hostile.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'front-matter-invalid', severity: 'warning', line: 3, column: 1}))
    expect(await readFile(join(out, 'reading-copies', 'index.html'), 'utf8')).toContain('Ireland welcomes the report.')
    const catalogue = JSON.parse(await readFile(join(out, 'catalogue.json'), 'utf8')) as {statements: {source: string; paths: {page: string}}[]}
    const hostilePage = catalogue.statements.find((entry) => entry.source === 'sources/hostile.md')!.paths.page
    expect(reservedNames.has(hostilePage.split('/')[0]!)).toBe(false)

    await rm(join(root, 'sources', 'hostile.md'))
    const second = await build({}, root)
    expect(second.status).toBe('success')
    expect(second.removed).toContain(hostilePage)
    expect(await readdir(join(out, 'reading-copies'))).toEqual(['index.html'])
    expect(await readFile(join(out, 'reading-copies', 'index.html'), 'utf8')).toContain('Ireland welcomes the report.')
    await rm(root, {recursive: true, force: true})
  }, 60_000)
})
