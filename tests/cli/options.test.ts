import {access, mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {glob} from 'tinyglobby'
import {describe, expect, it} from 'vitest'
import {project, run} from './cli-helpers.ts'

const statement = 'Mr President,\n\nWe support the draft decision and thank the facilitators for their work.\n'
const russian = 'Господин Председатель,\n\nРоссийская Федерация поддерживает проект решения.\n'
/** Windows-1251 puts А…я (U+0410–U+044F) at 0xC0–0xFF. */
const windows1251 = (text: string) => Buffer.from([...text].map((char) => (char >= 'А' && char <= 'я' ? char.codePointAt(0)! - 0x350 : char.codePointAt(0)!)))
const exists = (path: string) => access(path).then(() => true, () => false)

describe('flags are checked before any work', () => {
  it('a usage error is one line and a pointer to the command\'s help, exit 2', async () => {
    const root = await project({'a.txt': statement})
    for (const [args, message] of [
      [['build', '--concurrency', '65'], "option '--concurrency <n>' argument '65' is invalid. expected a whole number from 1 to 64"],
      [['render', 'sources', '--concurrency', '0'], "option '--concurrency <n>' argument '0' is invalid. expected a whole number from 1 to 64"],
      [['archive', 'sources', '-o', 'site', '--base-url', 'not a url'], "option '--base-url <url>' argument 'not a url' is invalid. expected an absolute http(s) address such as https://example.org/statements/"],
      [['normalise', 'sources', '--max-size', 'huge'], "option '--max-size <size>' argument 'huge' is invalid. expected a size such as 10MB, 512KB or 1000000 (bytes)"],
      [['build', '--no-such-flag'], "unknown option '--no-such-flag'"],
    ] as const) {
      const result = await run([...args], root)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual([`statement-packs: ${message}`, `Run \`statement-packs ${args[0]} --help\` for usage.`])
    }
  })

  it('build --base-url that is not an address stops before anything is read or printed', async () => {
    const root = await project({'a.txt': statement}, {outputs: {readingCopies: ['pdf'], delegationPacks: false, archive: true}})
    const result = await run(['build', '--base-url', 'not a url'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain('statements:')
    expect(await exists(join(root, 'output'))).toBe(false)
    // The same from the config file.
    await writeFile(join(root, 'statement-packs.config.json'), JSON.stringify({baseUrl: 'not a url'}))
    const fromConfig = await run(['build'], root)
    expect(fromConfig.code).toBe(2)
    expect(fromConfig.stderr).toContain('baseUrl: expected an absolute http(s) address')
    expect(await exists(join(root, 'output'))).toBe(false)
  })

  it('an output that is a file, or sits under one, is a usage error that says what to do, before any work', async () => {
    const root = await project({'a.txt': statement})
    await writeFile(join(root, 'taken'), 'not a folder\n')
    await mkdir(join(root, 'folder.pdf'))
    for (const [args, message] of [
      [['build', '-o', 'taken'], /^statement-packs: -o .*taken is a file, not a folder: choose a folder \(or remove the file\)$/],
      [['build', '--report', 'taken/report.json'], /^statement-packs: --report .*taken\/report\.json cannot be created: .*taken is a file, not a folder$/],
      [['render', 'sources', '-o', 'taken/copies'], /^statement-packs: -o .*taken\/copies cannot be created: .*taken is a file, not a folder$/],
      [['archive', 'sources', '-o', 'taken'], /is a file, not a folder/],
      [['normalise', 'sources', '-o', 'taken'], /is a file, not a folder/],
      [['pack', 'sources', '-o', 'folder.pdf'], /^statement-packs: -o .*folder\.pdf is a folder: give a file name inside it$/],
    ] as const) {
      const result = await run([...args], root)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr.trim(), args.join(' ')).toMatch(message)
      expect(result.stderr).not.toMatch(/ENOTDIR|EISDIR|EACCES|\.tmp/)
    }
    expect(await exists(join(root, 'output'))).toBe(false)
  })
})

describe('read options in every command', () => {
  it('--max-size refuses a larger source in normalise, render, pack, archive and build', async () => {
    const root = await project({'a.txt': statement})
    for (const args of [
      ['normalise', 'sources'],
      ['render', 'sources', '--format', 'html'],
      ['pack', 'sources', '-o', 'pack.pdf'],
      ['archive', 'sources', '-o', 'site'],
      ['build'],
    ]) {
      const result = await run([...args, '--max-size', '10'], root)
      expect(result.code, args.join(' ')).toBe(1)
      expect(result.stderr, args.join(' ')).toMatch(/sources\/a\.txt(:\d+:\d+)?  error  .*larger than the 10 bytes limit/)
    }
  })

  it('build reads a Windows-1251 corpus with --encoding, or with encoding and maxSize in the config', async () => {
    const files = {'ru.txt': windows1251(russian)}
    const htmlOnly = {outputs: {readingCopies: ['html'], delegationPacks: false, archive: false}}
    const root = await project(files, htmlOnly)
    const result = await run(['build', '--encoding', 'windows-1251'], root)
    expect(result.code, result.stderr).toBe(0)
    const [copy] = await glob('reading-copies/**/*.html', {cwd: join(root, 'output')})
    expect(await readFile(join(root, 'output', copy!), 'utf8')).toContain('Российская Федерация поддерживает проект решения')

    const configured = await project(files, {...htmlOnly, encoding: 'windows-1251', maxSize: '1KB'})
    expect((await run(['build'], configured)).code).toBe(0)
    await writeFile(join(configured, 'sources', 'big.txt'), `${statement}${'More words. '.repeat(100)}\n`)
    const tooBig = await run(['build'], configured)
    expect(tooBig.code).toBe(1)
    expect(tooBig.stderr).toMatch(/sources\/big\.txt.*error.*larger than the 1 KB limit/)
  })
})
