import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkTemplateOverrides} from '../../src/templates/template-files.ts'
import {ConfigError} from '../../src/errors.ts'

describe('template overrides that replace nothing', () => {
  it('are warned about with the closest default; real overrides and new partials pass unnoticed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sp-theme-'))
    await mkdir(join(dir, 'partials'))
    await mkdir(join(dir, 'layouts'))
    await mkdir(join(dir, 'styles'))
    await writeFile(join(dir, 'partials', 'covr.hbs'), '<h1>{{title}}</h1>\n')
    await writeFile(join(dir, 'partials', 'cover.hbs'), '<h1>{{title}}</h1>\n')
    await writeFile(join(dir, 'partials', 'our-crest.hbs'), '<img alt="crest">\n')
    await writeFile(join(dir, 'layouts', 'statment.hbs'), '{{> statement}}\n')
    await writeFile(join(dir, 'layouts', 'handout.hbs'), '{{> statement}}\n')
    await writeFile(join(dir, 'styles', 'prnt.css'), 'body {}\n')
    expect(await checkTemplateOverrides(dir)).toEqual([
      `${join(dir, 'layouts', 'handout.hbs')}: no layout is named "handout", so it is never used; the layouts are archive/home, archive/meeting, archive/organisation, archive/organisations, archive/search, archive/statement, pack, statement`,
      `${join(dir, 'layouts', 'statment.hbs')}: no default layout is named "statment", so it replaces nothing; did you mean "statement"?`,
      `${join(dir, 'partials', 'covr.hbs')}: no default partial is named "covr", so it replaces nothing; did you mean "cover"?`,
      `${join(dir, 'styles', 'prnt.css')}: no default style is named "prnt.css", so it replaces nothing; did you mean "print.css"?`,
    ])
  })

  it('a templates folder that does not exist is a config error (exit 2)', async () => {
    await expect(checkTemplateOverrides(join(tmpdir(), 'sp-no-such-theme'))).rejects.toBeInstanceOf(ConfigError)
  })
})
