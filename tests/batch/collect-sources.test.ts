import {mkdir, mkdtemp, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {UsageError} from '../../src/errors.ts'
import {collectSources, type CollectedSource} from '../../src/sources/collect-sources.ts'

const names = (sources: CollectedSource[]) => sources.map(({source}) => source)
const refusals = (sources: CollectedSource[]) => sources.flatMap(({source, refusal}) => (refusal ? [[source, refusal.ruleId]] : []))

describe('collectSources', async () => {
  const root = await mkdtemp(join(tmpdir(), 'sp-sources-'))
  const outside = await mkdtemp(join(tmpdir(), 'sp-outside-'))
  await writeFile(join(outside, 'secret.txt'), 'not a statement of this project')
  for (const folder of ['sources/fr', 'sources/node_modules/pkg', 'sources/.git', 'sources/out', 'linked/inner']) await mkdir(join(root, folder), {recursive: true})
  const files = ['sources/10.txt', 'sources/2.txt', 'sources/fr/a.md', 'sources/a.expected.json', 'sources/.hidden.txt', 'notes.docx']
  for (const file of [...files, 'sources/node_modules/pkg/readme.md', 'sources/.git/description.txt', 'sources/out/written.md', 'linked/inner/b.txt']) {
    await writeFile(join(root, file), 'text')
  }

  it('expands folders to their statement files, in natural order, relative to cwd, skipping dot-folders and node_modules', async () => {
    expect(names(await collectSources(['sources'], {cwd: root}))).toEqual(['sources/2.txt', 'sources/10.txt', 'sources/fr/a.md', 'sources/out/written.md'])
  })

  it('takes globs and named files in the order given, each file once', async () => {
    expect(names(await collectSources(['sources/*.txt', 'sources/2.txt', 'notes.docx'], {cwd: root}))).toEqual(['sources/2.txt', 'sources/10.txt', 'notes.docx'])
    expect(names(await collectSources(['**/*.md'], {cwd: root}))).toEqual(['sources/fr/a.md', 'sources/out/written.md'])
  })

  it('never walks into an output folder', async () => {
    expect(names(await collectSources(['**/*.md'], {cwd: root, outputFolders: ['sources/out']}))).toEqual(['sources/fr/a.md'])
  })

  it('reports a missing file for the command to report, and refuses a pattern that matches nothing', async () => {
    const collected = await collectSources(['sources/missing.txt', 'sources/2.txt'], {cwd: root})
    expect(names(collected)).toEqual(['sources/missing.txt', 'sources/2.txt'])
    expect(refusals(collected)).toEqual([['sources/missing.txt', 'missing-file']])
    await expect(collectSources(['nothing/**/*.txt'], {cwd: root})).rejects.toThrow(/No source files match/)
    expect(await collectSources(['nothing/**/*.txt'], {cwd: root, allowEmpty: true})).toEqual([])
  })

  it('refuses an output folder that is a source folder, inside one, or holds a source, and an output file that is a source', async () => {
    const refused = async (inputs: string[], outputs: {outputFolders?: string[]; outputFiles?: string[]}) => {
      const error = await collectSources(inputs, {cwd: root, ...outputs}).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(UsageError)
      return (error as Error).message
    }
    expect(await refused(['sources'], {outputFolders: ['sources']})).toMatch(/is the source folder sources/)
    expect(await refused(['sources'], {outputFolders: ['sources/site']})).toMatch(/is inside the source folder sources/)
    expect(await refused(['sources/*.txt'], {outputFolders: ['sources']})).toMatch(/is the source folder sources\/\*\.txt/)
    expect(await refused(['sources/2.txt'], {outputFolders: ['.']})).toMatch(/holds the source sources\/2\.txt/)
    expect(await refused(['sources/fr/a.md'], {outputFiles: ['sources/fr/a.md']})).toMatch(/is also a source/)
  })

  describe('links', async () => {
    const project = await mkdtemp(join(tmpdir(), 'sp-links-'))
    await mkdir(join(project, 'sources'))
    await mkdir(join(project, 'shared'))
    await writeFile(join(project, 'shared', 'inside.txt'), 'text')
    await writeFile(join(project, 'sources', 'plain.txt'), 'text')
    await symlink(join(project, 'shared', 'inside.txt'), join(project, 'sources', 'to-inside.txt'))
    await symlink(join(outside, 'secret.txt'), join(project, 'sources', 'to-outside.txt'))
    await symlink(join(project, 'gone.txt'), join(project, 'sources', 'dangling.txt'))
    await symlink(outside, join(project, 'sources', 'outside-folder'))
    await symlink(join(project, 'sources'), join(project, 'sources', 'loop'))

    it('reads links inside the project, refuses the others and reports dangling ones, each for its own file', async () => {
      const collected = await collectSources(['sources'], {cwd: project})
      expect(names(collected)).toEqual(['sources/dangling.txt', 'sources/outside-folder', 'sources/plain.txt', 'sources/to-inside.txt', 'sources/to-outside.txt'])
      expect(refusals(collected)).toEqual([
        ['sources/dangling.txt', 'dangling-symlink'],
        ['sources/outside-folder', 'symlink-outside-project'],
        ['sources/to-outside.txt', 'symlink-outside-project'],
      ])
      expect(refusals(await collectSources(['sources/to-outside.txt'], {cwd: project}))).toEqual([['sources/to-outside.txt', 'symlink-outside-project']])
    })

    it('follows every link with followSymlinks, and a dangling link is still reported', async () => {
      const collected = await collectSources(['sources'], {cwd: project, followSymlinks: true})
      expect(names(collected)).toEqual(['sources/dangling.txt', 'sources/outside-folder/secret.txt', 'sources/plain.txt', 'sources/to-inside.txt', 'sources/to-outside.txt'])
      expect(refusals(collected)).toEqual([['sources/dangling.txt', 'dangling-symlink']])
    })

    it('takes the project from the root option (the config file\'s folder)', async () => {
      expect(refusals(await collectSources(['to-outside.txt'], {cwd: join(project, 'sources'), root: join(outside, '..')}))).toEqual([])
    })
  })
})
