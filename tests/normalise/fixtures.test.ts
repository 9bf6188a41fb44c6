import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readSource} from '../../src/ingest/read-source.ts'
import {normalise} from '../../src/normalise/index.ts'
import {lostWords} from './words.ts'

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const update = process.env.UPDATE_FIXTURES === '1'
const cases = readdirSync(fixtures, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(fixtures, entry.name, 'input.txt')))
  .map((entry) => entry.name)
  .sort()

/** The messages as a user reads them in diagnostics. */
function summarise(messages: ReturnType<typeof normalise>['messages']) {
  return messages.map((message) => ({ruleId: message.ruleId ?? null, line: message.line ?? null, column: message.column ?? null, reason: message.reason}))
}

describe('normalise fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  for (const name of cases) {
    describe(name, () => {
      const folder = join(fixtures, name)

      it('gives the expected document and messages', async () => {
        const file = await readSource(join(folder, 'input.txt'))
        const result = normalise(file)
        const messages = summarise(result.messages)
        if (update) {
          writeFileSync(join(folder, 'output.md'), result.markdown)
          writeFileSync(join(folder, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`)
        }
        expect(result.markdown).toBe(readFileSync(join(folder, 'output.md'), 'utf8'))
        expect(messages).toEqual(JSON.parse(readFileSync(join(folder, 'messages.json'), 'utf8')))
      })

      it('keeps every word that is not reported as dropped', async () => {
        const file = await readSource(join(folder, 'input.txt'))
        const text = String(file.value)
        const result = normalise(file)
        expect(lostWords(text, result.markdown, result.messages)).toEqual([])
      })

      it('is idempotent', async () => {
        const first = normalise(await readSource(join(folder, 'input.txt')))
        const second = normalise(first.markdown)
        expect(second.markdown).toBe(first.markdown)
        expect(second.messages.filter((message) => message.ruleId?.startsWith('drop-')).map((message) => message.reason)).toEqual([])
      })
    })
  }
})
