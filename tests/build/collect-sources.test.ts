import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {UsageError} from '../../src/errors.ts'
import {collectSources} from '../../src/sources/collect-sources.ts'

describe('collectSources', async () => {
  const root = await mkdtemp(join(tmpdir(), 'sp-sources-'))
  await mkdir(join(root, 'sources', 'fr'), {recursive: true})
  for (const file of ['sources/10.txt', 'sources/2.txt', 'sources/fr/a.md', 'sources/a.expected.json', 'sources/.hidden.txt', 'notes.docx']) {
    await writeFile(join(root, file), 'text')
  }

  it('expands folders to their statement files, in natural order, relative to cwd', async () => {
    expect(await collectSources(['sources'], {cwd: root})).toEqual(['sources/2.txt', 'sources/10.txt', 'sources/fr/a.md'])
  })

  it('takes globs and named files, without duplicates', async () => {
    expect(await collectSources(['sources/*.txt', 'sources/2.txt', 'notes.docx'], {cwd: root})).toEqual(['notes.docx', 'sources/2.txt', 'sources/10.txt'])
  })

  it('refuses a missing file or a pattern that matches nothing', async () => {
    await expect(collectSources(['sources/missing.txt'], {cwd: root})).rejects.toBeInstanceOf(UsageError)
    await expect(collectSources(['nothing/**/*.txt'], {cwd: root})).rejects.toThrow(/No source files match/)
    expect(await collectSources(['nothing/**/*.txt'], {cwd: root, allowEmpty: true})).toEqual([])
  })
})
