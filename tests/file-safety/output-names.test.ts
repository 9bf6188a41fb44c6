import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {outputNames} from '../../src/file-safety/output-names.ts'
import {project, run} from '../cli/cli-helpers.ts'

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
  it('render, normalise and build name a statement\'s outputs alike, warn about the sources whose names collide, and the report maps each source to its outputs', async () => {
    const root = await project(
      {
        'Chile Statement.txt': 'Mr President,\n\nChile supports the decision.\n',
      },
      {outputs: {readingCopies: ['html'], delegationPacks: false, archive: false}},
    )
    for (const folder of ['en', 'fr']) await mkdir(join(root, 'sources', folder))
    await writeFile(join(root, 'sources', 'en', 'statement.txt'), 'Madam President,\n\nIreland welcomes the report.\n')
    await writeFile(join(root, 'sources', 'fr', 'statement.txt'), 'Madame la Présidente,\n\nL’Irlande salue le rapport.\n')

    const rendered = await run(['render', 'sources', '-o', 'rendered', '--format', 'html'], root)
    const built = await run(['build', '--report', 'report.json'], root)
    const normalised = await run(['normalise', 'sources', '-o', 'normalised'], root)
    for (const result of [rendered, built, normalised]) expect(result.code).toBe(0)

    const renderedFiles = (await readdir(join(root, 'rendered'))).sort()
    expect(renderedFiles).toEqual((await readdir(join(root, 'output', 'reading-copies'))).sort())
    expect(renderedFiles).toContain('chile-statement.html')
    expect(renderedFiles.filter((file) => /^statement-[0-9a-f]{8}\.html$/.test(file))).toHaveLength(2)
    expect((await readdir(join(root, 'normalised'))).sort()).toEqual(renderedFiles.map((file) => file.replace(/\.html$/, '.md')))

    for (const {stderr} of [rendered, built, normalised]) {
      const warned = stderr.split('\n').filter((line) => line.includes('output-name-collision'))
      expect(warned.map((line) => /^(\S+):1:1 +warning /.exec(line)?.[1]).sort()).toEqual(['sources/en/statement.txt', 'sources/fr/statement.txt'])
    }
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as {sources: Array<{source: string; outputs: string[]}>}
    const outputs = Object.fromEntries(report.sources.map(({source, outputs}) => [source, outputs]))
    expect(outputs['sources/Chile Statement.txt']).toEqual(['reading-copies/chile-statement.html'])
    expect(outputs['sources/en/statement.txt']).toEqual([expect.stringMatching(/^reading-copies\/statement-[0-9a-f]{8}\.html$/)])
    expect(new Set(report.sources.flatMap((source) => source.outputs))).toEqual(new Set(renderedFiles.map((file) => `reading-copies/${file}`)))
    await rm(root, {recursive: true, force: true})
  }, 90_000)
})
