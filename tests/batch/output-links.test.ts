import {cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../src/commands/build.ts'

const statement = (meetingKey: string, body: string) => `---\ntitle: A statement\nmeetingKey: ${meetingKey}\n---\n\nMadam President,\n\n${body}\n`

async function project(): Promise<{root: string; out: string; elsewhere: string}> {
  const root = await mkdtemp(join(tmpdir(), 'sp-output-links-'))
  await mkdir(join(root, 'sources'))
  await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({outputs: {readingCopies: ['html'], delegationPacks: false, archive: true}}))
  await writeFile(join(root, 'sources', 'a.md'), statement('apmbc-22msp', 'Ireland welcomes the report.'))
  await writeFile(join(root, 'sources', 'b.md'), statement('apmbc-23msp', 'Chile supports the decision.'))
  const elsewhere = await mkdtemp(join(tmpdir(), 'sp-elsewhere-'))
  return {root, out: join(root, 'output'), elsewhere}
}

describe('outputs are never written or deleted through a link', () => {
  it('replaces a linked folder inside the output folder with a real one, leaving what it pointed to alone', async () => {
    const {root, out, elsewhere} = await project()
    await mkdir(out)
    for (const folder of ['reading-copies', 'assets', '.statement-packs']) {
      await mkdir(join(elsewhere, folder))
      await symlink(join(elsewhere, folder), join(out, folder))
    }
    const report = await build({}, root)
    expect(report.status).toBe('success')
    for (const folder of ['reading-copies', 'assets', '.statement-packs']) {
      expect((await lstat(join(out, folder))).isSymbolicLink()).toBe(false)
      expect(await readdir(join(elsewhere, folder))).toEqual([])
    }
    expect(await readFile(join(out, 'reading-copies', 'a.html'), 'utf8')).toContain('Ireland welcomes the report.')
    await rm(root, {recursive: true, force: true})
  }, 60_000)

  it('never deletes a stale file through a linked folder', async () => {
    const {root, out, elsewhere} = await project()
    await build({}, root)
    // The meeting of b.md now points to a copy of its folder outside the output.
    await cp(join(out, 'apmbc-23msp'), join(elsewhere, 'apmbc-23msp'), {recursive: true})
    const copied = await readdir(join(elsewhere, 'apmbc-23msp'), {recursive: true})
    await rm(join(out, 'apmbc-23msp'), {recursive: true})
    await symlink(join(elsewhere, 'apmbc-23msp'), join(out, 'apmbc-23msp'))
    await rm(join(root, 'sources', 'b.md'))
    const report = await build({}, root)
    expect(report.status).toBe('success')
    expect(await readdir(join(elsewhere, 'apmbc-23msp'), {recursive: true})).toEqual(copied)
    await rm(root, {recursive: true, force: true})
  }, 60_000)
})
