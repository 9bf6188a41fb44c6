import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Catalogue} from '../../src/archive/index.ts'
import {archive} from '../../src/commands/archive.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'statement-packs-archive-cli-'))
  mkdirSync(join(work, 'sources'))
  for (const name of ['apmbc-belgium-9d.md', 'apmbc-iraq-7a.md', 'draft-norway.md']) {
    copyFileSync(join(root, 'tests/archive/fixtures/site', name), join(work, 'sources', name))
  }
  writeFileSync(join(work, 'sources', 'empty.txt'), '')
})

afterAll(() => rmSync(work, {recursive: true, force: true}))

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/statement-packs.js'), 'archive', ...args], {cwd: work, encoding: 'utf8', env: {...process.env, CI: 'true'}})
}

describe('statement-packs archive', () => {
  it('archives every readable source of a folder, reports the unreadable and the skipped, and exits 1', () => {
    const result = run('sources', '-o', 'site')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/sources\/empty\.txt.*error/)
    expect(result.stderr).toMatch(/sources\/draft-norway\.md\s+skipped\s+draft: true/)
    const catalogue = JSON.parse(readFileSync(join(work, 'site', 'catalogue.json'), 'utf8')) as Catalogue
    expect(catalogue.statements.map((statement) => statement.source).sort()).toEqual(['sources/apmbc-belgium-9d.md', 'sources/apmbc-iraq-7a.md'])
    expect(existsSync(join(work, 'site', 'sitemap.xml'))).toBe(false)
  })

  it('refuses a site folder inside the source folder (exit 2), and a missing source fails alone (exit 1)', () => {
    const inside = run('sources', '-o', 'sources/site')
    expect(inside.status).toBe(2)
    expect(inside.stderr.trim()).toMatch(/^statement-packs: The output folder .*sources\/site is inside the source folder sources: .*$/)
    expect(existsSync(join(work, 'sources', 'site'))).toBe(false)
    const missing = run('sources/apmbc-iraq-7a.md', 'sources/gone.md', '-o', 'with-missing')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/^sources\/gone\.md:1:1  error  no such file  missing-file$/m)
    const catalogue = JSON.parse(readFileSync(join(work, 'with-missing', 'catalogue.json'), 'utf8')) as Catalogue
    expect(catalogue.statements.map((statement) => statement.source)).toEqual(['sources/apmbc-iraq-7a.md'])
  })

  it('writes a sitemap with --base-url and refuses a base URL that is not http(s) with exit 2', () => {
    const good = run('sources/apmbc-belgium-9d.md', '-o', 'with-sitemap', '--base-url', 'https://example.org/archive')
    expect(good.status).toBe(0)
    expect(readFileSync(join(work, 'with-sitemap', 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/archive/</loc>')
    const bad = run('sources/apmbc-belgium-9d.md', '-o', 'bad', '--base-url', 'javascript:alert(1)')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--base-url')
  })

  it('lays out the site in the language given by --language, and refuses a language other than the six with exit 2', () => {
    const arabic = run('sources/apmbc-belgium-9d.md', '-o', 'in-arabic', '--language', 'ar')
    expect(arabic.status).toBe(0)
    expect(readFileSync(join(work, 'in-arabic', 'index.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/)
    const unknown = run('sources/apmbc-belgium-9d.md', '-o', 'in-german', '--language', 'de')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("option '--language <code>' argument 'de' is invalid. Allowed choices are ar, zh, en, fr, ru, es.")
  })

  it('takes the language from the config\'s archive.language when --language is not given', async () => {
    writeFileSync(join(work, 'french.config.json'), JSON.stringify({archive: {language: 'fr'}}))
    await archive(['sources/apmbc-belgium-9d.md'], {output: 'in-french', config: 'french.config.json'}, work)
    expect(readFileSync(join(work, 'in-french', 'index.html'), 'utf8')).toContain('<html lang="fr" dir="ltr">')
    await archive(['sources/apmbc-belgium-9d.md'], {output: 'in-chinese', config: 'french.config.json', language: 'zh'}, work)
    expect(readFileSync(join(work, 'in-chinese', 'index.html'), 'utf8')).toContain('<html lang="zh" dir="ltr">')
  })

  it('takes a templates folder that overrides archive layouts by name', async () => {
    const templates = join(work, 'my-templates', 'archive', 'partials')
    mkdirSync(templates, {recursive: true})
    const original = readFileSync(join(root, 'templates/archive/partials/page.hbs'), 'utf8')
    writeFileSync(join(templates, 'page.hbs'), original.replace('<footer class="site-footer"', '<p class="house-style">Published by the Secretariat</p>\n<footer class="site-footer"'))
    const result = await archive(['sources/apmbc-iraq-7a.md'], {output: 'styled', templates: 'my-templates'}, work)
    expect(result.pages.length).toBeGreaterThan(0)
    for (const page of result.pages) expect(readFileSync(join(work, 'styled', page), 'utf8'), page).toContain('Published by the Secretariat')
  })
})
