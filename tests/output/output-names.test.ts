import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../src/commands/build.ts'
import {normaliseFiles} from '../../src/commands/normalise.ts'
import {render} from '../../src/commands/render.ts'
import {outputNames} from '../../src/output/output-names.ts'

describe('outputNames', () => {
  it('names outputs by the file name as a slug, and only sources that share one by a hash of their path', () => {
    const {names, collisions} = outputNames(['sources/en/a.txt', 'sources/fr/a.txt', 'sources/A.md', 'sources/Déclaration Belgique.txt'])
    expect(names.get('sources/Déclaration Belgique.txt')).toBe('declaration-belgique')
    const shared = ['sources/en/a.txt', 'sources/fr/a.txt', 'sources/A.md'].map((source) => names.get(source)!)
    for (const name of shared) expect(name).toMatch(/^a-[0-9a-f]{8}$/)
    expect(new Set(shared).size).toBe(3)
    // The same name whatever else is built, and in which order.
    expect(outputNames(['sources/fr/a.txt', 'sources/en/a.txt']).names.get('sources/en/a.txt')).toBe(names.get('sources/en/a.txt'))
    expect([...collisions.keys()].sort()).toEqual(['sources/A.md', 'sources/en/a.txt', 'sources/fr/a.txt'])
    expect(collisions.get('sources/en/a.txt')).toMatchObject({ruleId: 'output-name-collision', severity: 'warning'})
    expect(collisions.get('sources/en/a.txt')?.reason).toContain('sources/fr/a.txt, sources/A.md')
  })
})

describe('one name per output, in every command', () => {
  it('render, normalise and build name a statement\'s outputs alike, and report the sources whose names collide', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-names-'))
    for (const folder of ['sources/en', 'sources/fr']) await mkdir(join(root, folder), {recursive: true})
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({outputs: {readingCopies: ['html'], delegationPacks: false, archive: false}}))
    await writeFile(join(root, 'sources', 'en', 'statement.txt'), 'Madam President,\n\nIreland welcomes the report.\n')
    await writeFile(join(root, 'sources', 'fr', 'statement.txt'), 'Madame la Présidente,\n\nL’Irlande salue le rapport.\n')
    await writeFile(join(root, 'sources', 'Chile Statement.txt'), 'Mr President,\n\nChile supports the decision.\n')

    const rendered = await render(['sources'], {output: 'rendered', formats: ['html']}, root)
    const built = await build({}, root)
    const normalised = await normaliseFiles(['sources'], {outDir: 'normalised', cwd: root})

    const renderedFiles = (await readdir(join(root, 'rendered'))).sort()
    expect(renderedFiles).toEqual((await readdir(join(root, 'output', 'reading-copies'))).sort())
    expect(renderedFiles).toContain('chile-statement.html')
    expect(renderedFiles.filter((file) => /^statement-[0-9a-f]{8}\.html$/.test(file))).toHaveLength(2)
    expect((await readdir(join(root, 'normalised'))).sort()).toEqual(renderedFiles.map((file) => file.replace(/\.html$/, '.md')))

    const collided = (messages: {ruleId: string | null}[]) => messages.some((message) => message.ruleId === 'output-name-collision')
    const inRender = rendered.sources.filter((source) => collided(source.messages)).map((source) => source.source)
    const inBuild = built.sources.filter((source) => collided(source.diagnostics)).map((source) => source.source)
    const inNormalise = normalised.filter((source) => collided(source.messages)).map((source) => source.source)
    expect(inRender.sort()).toEqual(['sources/en/statement.txt', 'sources/fr/statement.txt'])
    expect(inBuild.sort()).toEqual(inRender)
    expect(inNormalise.sort()).toEqual(inRender)
    // The report maps each source to its outputs.
    for (const source of built.sources) expect(source.outputs).toEqual([`reading-copies/${rendered.sources.find((entry) => entry.source === source.source)!.html!.split('/').at(-1)}`])
    await rm(root, {recursive: true, force: true})
  }, 60_000)
})
