import {spawn} from 'node:child_process'
import {copyFile, mkdir, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {pageLayouts, textOf} from '../pack/pdf-layout.ts'

const bin = fileURLToPath(new URL('../../bin/statement-packs.js', import.meta.url))
const bundled = fileURLToPath(new URL('../../sources/', import.meta.url))
const good = ['apmbc-5rc-2024-ifrc-universalisation.txt', 'ccm-13msp-2025-ghana-pdf-en.txt']
/** 2 KB that once took every command down with "Maximum call stack size exceeded". */
const poisoned = `Mr President,\n\nMy delegation thanks the Quokka Committee.\n\n${'>'.repeat(2000)} deep\n`

function run(args: string[], cwd: string): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...process.env, CI: 'true'}})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stderr}))
  })
}

async function project(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'sp-poisoned-'))
  await mkdir(join(root, 'sources'))
  for (const name of good) await copyFile(join(bundled, name), join(root, 'sources', name))
  await writeFile(join(root, 'sources', 'poisoned.txt'), poisoned)
  return root
}

/** The poisoned file costs one diagnostic, positioned, and exit 1; nothing else fails. */
function expectOnePoisonedDiagnostic({code, stderr}: {code: number | null; stderr: string}) {
  expect(code).toBe(1)
  const errors = stderr.split('\n').filter((line) => /\berror\b/.test(line))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/poisoned\.txt:5:1 +error +.*nested more than 100 levels deep +nesting-too-deep/)
  expect(stderr).not.toMatch(/Maximum call stack|session is closed/)
}

describe('one poisoned file among good ones', {timeout: 180_000}, () => {
  it('normalise writes the good statements', async () => {
    const root = await project()
    expectOnePoisonedDiagnostic(await run(['normalise', 'sources', '-o', 'out'], root))
    expect((await readdir(join(root, 'out'))).sort()).toEqual(good.map((name) => name.replace(/\.txt$/, '.md')).sort())
  })

  it('render prints the good statements', async () => {
    const root = await project()
    expectOnePoisonedDiagnostic(await run(['render', 'sources', '-o', 'out'], root))
    const written = await readdir(join(root, 'out'), {recursive: true})
    for (const name of good) {
      const stem = name.replace(/\.txt$/, '')
      expect(written.some((file) => file.endsWith(`${stem}.pdf`))).toBe(true)
      expect(written.some((file) => file.endsWith(`${stem}.html`))).toBe(true)
    }
    expect(written.some((file) => file.includes('poisoned'))).toBe(false)
  })

  it('pack prints the pack with the good statements', async () => {
    const root = await project()
    expectOnePoisonedDiagnostic(await run(['pack', 'sources', '-o', 'pack.pdf'], root))
    const text = (await pageLayouts(await readFile(join(root, 'pack.pdf')))).map((page) => textOf(page.body)).join(' ')
    expect(text).toContain('Ghana')
    expect(text).toContain('International Federation of Red Cross')
    expect(text).not.toContain('Quokka')
  })

  it('archive publishes the good statements', async () => {
    const root = await project()
    expectOnePoisonedDiagnostic(await run(['archive', 'sources', '-o', 'site'], root))
    const catalogue = JSON.parse(await readFile(join(root, 'site', 'catalogue.json'), 'utf8')) as {statements: unknown[]}
    expect(catalogue.statements).toHaveLength(good.length)
  })

  it('build builds the good statements, reading copies complete', async () => {
    const root = await project()
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({outputs: {delegationPacks: false, archive: false}}))
    expectOnePoisonedDiagnostic(await run(['build', '--report', 'report.json'], root))
    const report = JSON.parse(await readFile(join(root, 'report.json'), 'utf8')) as {sources: {source: string; status: string; outputs: string[]}[]}
    const statuses = Object.fromEntries(report.sources.map(({source, status}) => [source.replace(/^.*\//, ''), status]))
    expect(statuses).toEqual({...Object.fromEntries(good.map((name) => [name, 'built'])), 'poisoned.txt': 'failed'})
    const written = await readdir(join(root, 'output'), {recursive: true})
    for (const name of good) expect(written.filter((file) => file.includes(name.replace(/\.txt$/, ''))).map((file) => file.replace(/^.*\./, '')).sort()).toEqual(expect.arrayContaining(['html', 'pdf']))
  })
})
