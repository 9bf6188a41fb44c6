import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfig, validateConfig} from '../../src/build/config.ts'
import {resolveBuildSettings} from '../../src/commands/build.ts'
import {ConfigError} from '../../src/errors.ts'

describe('validateConfig', () => {
  it('fills the defaults of an empty config', () => {
    const {config, errors} = validateConfig({})
    expect(errors).toEqual([])
    expect(config).toMatchObject({sources: ['sources'], output: 'output', paper: 'a4', outputs: {readingCopies: ['pdf', 'html'], delegationPacks: true, archive: true}, packs: []})
  })

  it('reports each error by its path and never throws', () => {
    const result = validateConfig({
      paper: 'a3',
      concurrency: 0,
      packs: [{title: 'Ours', select: {meeting: 'apmbc-22msp'}}, {title: 'Theirs', select: {}}, {title: 7, select: {}}, {title: 'No selection'}],
    })
    expect(result.config).toBeNull()
    expect(result.errors).toContain('packs[2].title: expected string')
    expect(result.errors).toContain('packs[3].select: expected object')
    expect(result.errors.find((error) => error.startsWith('paper: '))).toMatch(/a4.*letter/)
    expect(result.errors.find((error) => error.startsWith('concurrency: '))).toBeDefined()
  })

  it('ignores unknown settings with a warning naming their path', () => {
    const result = validateConfig({outptu: 'dist', outputs: {archive: false, pdfs: true}})
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual(expect.arrayContaining(['outptu: unknown setting, ignored', 'outputs.pdfs: unknown setting, ignored']))
    expect(result.config?.outputs.archive).toBe(false)
    expect(result.config?.output).toBe('output')
  })

  it('refuses a pack file name that could leave the packs folder', () => {
    expect(validateConfig({packs: [{title: 'x', file: '../../etc/x.pdf', select: {}}]}).errors[0]).toMatch(/^packs\[0\]\.file: /)
  })
})

describe('loadConfig', () => {
  it('finds the YAML config in a parent folder and resolves paths against it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-config-'))
    await writeFile(join(root, 'statement-packs.config.yaml'), 'output: site\npaper: letter\nsources: [raw]\n')
    await mkdir(join(root, 'raw', 'deeper'), {recursive: true})
    const loaded = await loadConfig({cwd: join(root, 'raw', 'deeper')})
    expect(loaded.path).toBe(join(root, 'statement-packs.config.yaml'))
    expect(loaded.config?.paper).toBe('letter')
    const {settings} = await resolveBuildSettings({}, join(root, 'raw', 'deeper'), {})
    expect(settings.outDir).toBe(join(root, 'site'))
  })

  it('lets command-line flags win over the config', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-config-'))
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({output: 'site', paper: 'letter', concurrency: 3}))
    const {settings} = await resolveBuildSettings({output: 'elsewhere', paper: 'a4', concurrency: 1}, root, {})
    expect(settings).toMatchObject({outDir: join(root, 'elsewhere'), paper: 'a4', concurrency: 1})
  })

  it('returns syntax errors as errors, and the command turns them into a ConfigError (exit 2)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-config-'))
    await writeFile(join(root, 'statement-packs.config.json'), '{"output": ')
    const loaded = await loadConfig({cwd: root})
    expect(loaded.config).toBeNull()
    expect(loaded.errors[0]).toContain('statement-packs.config.json')
    await expect(resolveBuildSettings({}, root, {})).rejects.toBeInstanceOf(ConfigError)
  })

  it('reports a named config file that does not exist', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-config-'))
    const loaded = await loadConfig({cwd: root, file: 'missing.json'})
    expect(loaded.config).toBeNull()
    expect(loaded.errors[0]).toMatch(/missing\.json: cannot read the config file \(ENOENT\)/)
  })
})
