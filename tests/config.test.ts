import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfig, validateConfig} from '../src/config.ts'
import {resolveBuildSettings} from '../src/commands/build.ts'
import {ConfigError} from '../src/errors.ts'

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

  it('refuses unknown settings at every level, naming the closest known one when it is close', () => {
    const result = validateConfig({
      ouptut: 'dist',
      outputs: {archive: false, pdfs: true},
      packs: [{title: 'Only ICRC', select: {organization: 'ICRC'}}],
      zzz: 1,
    })
    expect(result.config).toBeNull()
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'ouptut: unknown setting; did you mean `output`?',
        'packs[0].select.organization: unknown setting; did you mean `organisation`?',
        expect.stringMatching(/^outputs\.pdfs: unknown setting; expected one of readingCopies, delegationPacks, archive$/),
        expect.stringMatching(/^zzz: unknown setting; expected one of \$schema, sources, output, /),
      ]),
    )
  })

  it('reads encoding and maxSize (bytes or a size such as "5MB"), and refuses bad values', () => {
    expect(validateConfig({encoding: 'windows-1251', maxSize: '5MB'}).config).toMatchObject({encoding: 'windows-1251', maxSize: 5 * 1024 ** 2})
    expect(validateConfig({maxSize: 2000}).config?.maxSize).toBe(2000)
    const bad = validateConfig({encoding: 'klingon', maxSize: 'huge', baseUrl: 'not a url'})
    expect(bad.errors.sort()).toEqual([
      expect.stringMatching(/^baseUrl: expected an absolute http\(s\) address/),
      expect.stringMatching(/^encoding: unknown encoding; expected a WHATWG label/),
      expect.stringMatching(/^maxSize: expected a size such as 10MB/),
    ])
    expect(validateConfig({maxSize: '0MB'}).errors).toEqual([expect.stringMatching(/^maxSize: expected a size/)])
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

  it('sets the archive\'s interface language to one of the six UN languages, English by default, and the build takes it', async () => {
    expect(validateConfig({}).config?.archive.language).toBe('en')
    expect(validateConfig({archive: {language: 'ar'}}).config?.archive.language).toBe('ar')
    expect(validateConfig({archive: {language: 'de'}}).errors).toEqual(['archive.language: expected one of the six UN languages: ar, zh, en, fr, ru, es'])
    expect(validateConfig({archive: {lang: 'fr'}}).errors).toEqual(['archive.lang: unknown setting; expected one of language'])
    const root = await mkdtemp(join(tmpdir(), 'sp-config-'))
    await writeFile(join(root, 'statement-packs.config.yaml'), 'archive:\n  language: fr\n')
    expect((await resolveBuildSettings({}, root, {})).settings.archiveLanguage).toBe('fr')
    await writeFile(join(root, 'statement-packs.config.yaml'), 'archive:\n  language: french\n')
    await expect(resolveBuildSettings({}, root, {})).rejects.toThrow(/statement-packs\.config\.yaml:\n {2}archive\.language: expected one of the six UN languages: ar, zh, en, fr, ru, es$/)
  })

  it('reports a named config file that does not exist', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sp-config-'))
    const loaded = await loadConfig({cwd: root, file: 'missing.json'})
    expect(loaded.config).toBeNull()
    expect(loaded.errors[0]).toMatch(/missing\.json: cannot read the config file \(ENOENT\)/)
  })
})
