import {mkdtemp, mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {normaliseFiles} from '../../src/commands/normalise.ts'

describe('normaliseFiles', () => {
  it('takes folders as well as files, keeping the order of the inputs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'statement-packs-normalise-'))
    await mkdir(join(root, 'folder'))
    await writeFile(join(root, 'folder', '10.txt'), 'Mr. President,\n\nTen.\n')
    await writeFile(join(root, 'folder', '2.txt'), 'Mr. President,\n\nTwo.\n')
    await writeFile(join(root, 'first.txt'), 'Mr. President,\n\nFirst.\n')
    const results = await normaliseFiles([join(root, 'first.txt'), join(root, 'folder')])
    expect(results.map((result) => result.markdown?.trim().split('\n').at(-1))).toEqual(['First.', 'Two.', 'Ten.'])
    expect(results.every((result) => !result.failed)).toBe(true)
  })
})
