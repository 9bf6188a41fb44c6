import {readFile, writeFile} from 'node:fs/promises'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {configJsonSchema} from '../../src/config.ts'
import {statementMetaJsonSchema} from '../../src/normalise/meta.ts'
import {buildReportJsonSchema} from '../../src/report/build-report.ts'

const published = {
  'schemas/report.schema.json': buildReportJsonSchema,
  'schemas/config.schema.json': configJsonSchema,
  'schemas/statement-meta.schema.json': statementMetaJsonSchema,
}

describe('published JSON Schemas', () => {
  for (const [file, generate] of Object.entries(published)) {
    it(`${file} matches the schema the code validates with (UPDATE_FIXTURES=1 rewrites it)`, async () => {
      const expected = `${JSON.stringify(generate(), null, 2)}\n`
      const path = new URL(`../../${file}`, import.meta.url)
      if (process.env.UPDATE_FIXTURES) await writeFile(path, expected)
      expect(await readFile(path, 'utf8')).toBe(expected)
      // And it is a valid draft 2020-12 schema.
      expect(() => new Ajv2020({strict: false, validateFormats: false}).compile(JSON.parse(expected))).not.toThrow()
    })
  }

  it('the config schema accepts the starter config that `init` writes and refuses a pack without a title', async () => {
    const validate = new Ajv2020({strict: false, validateFormats: false}).compile(configJsonSchema())
    const starter = JSON.parse(await readFile(new URL('../../examples/starter/statement-packs.config.json', import.meta.url), 'utf8'))
    expect(validate(starter), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({packs: [{select: {}}]})).toBe(false)
  })
})
