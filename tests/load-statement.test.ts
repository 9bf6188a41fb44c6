import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError} from '../src/errors.ts'
import {loadStatement} from '../src/load-statement.ts'

const statement = 'Mr President,\n\nMy delegation thanks you for convening this meeting.\n'

async function sources(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'sp-load-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text)
  return folder
}

async function refusalOf(load: Promise<unknown>): Promise<InputError> {
  const error = await load.then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('loadStatement', () => {
  it('turns a limit the parser checks into a refusal of that file, at its line', async () => {
    const folder = await sources({'deep.txt': `${statement}\n${'>'.repeat(2000)} deep\n`})
    const error = await refusalOf(loadStatement(join(folder, 'deep.txt')))
    expect(error).toMatchObject({file: join(folder, 'deep.txt'), ruleId: 'nesting-too-deep', line: 5, column: 1})
    expect(error.message).toContain('deep.txt: ')
  })

  it('stops a document that runs past its time, and reads the next one', async () => {
    const folder = await sources({'long.txt': `${statement}\n${'A paragraph of the statement. '.repeat(20)}\n\n`.repeat(3000), 'short.txt': statement})
    const error = await refusalOf(loadStatement(join(folder, 'long.txt'), {timeoutMs: 1}))
    expect(error.ruleId).toBe('document-timeout')
    expect(error.reason).toContain('--timeout')
    const next = await loadStatement(join(folder, 'short.txt'))
    expect(next.markdown).toContain('My delegation thanks you')
  })

  it('reads many documents at once on the reading threads, each with its own messages', async () => {
    const names = Array.from({length: 12}, (_, index) => `statement-${index}.txt`)
    const folder = await sources(Object.fromEntries(names.map((name, index) => [name, `${statement}\nParagraph number ${index}.\n`])))
    const loaded = await Promise.all(names.map((name) => loadStatement(join(folder, name))))
    loaded.forEach((each, index) => {
      expect(each.source).toBe(join(folder, names[index]!))
      expect(each.markdown).toContain(`Paragraph number ${index}.`)
      // The same statement but for its last line: the same diagnostics, none of another document's.
      expect(each.messages).toEqual(loaded[0]!.messages)
    })
  })
})
