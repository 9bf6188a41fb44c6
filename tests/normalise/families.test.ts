import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {readSource} from '../../src/ingest/read-source.ts'
import {normalise} from '../../src/normalise/index.ts'
import {lostWords} from './words.ts'

/**
 * Statements in the layouts real ones arrive in (web pages with chrome, PDF and Word exports,
 * e-mails; six languages), each with what a careful reader takes from it: see tests/families/README.md.
 */
const families = new URL('../families/', import.meta.url).pathname
const cases = readdirSync(families, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

/** Families the normaliser does not read right yet, and what it gets wrong: each must still fail. */
const knownGaps: Record<string, string> = {
}

interface Expected {
  meta: Record<string, unknown> & {organisations: string[]; agendaItem: {number: string; key: string; title: string | null} | null}
  paragraphs: number
  bodyStartsWith: string
  bodyEndsWith: string
  mustNotContain: string[]
  mustContain: string[]
}

const han = /\p{Script=Han}/u
/** Whitespace-insensitive, and for Chinese (written without spaces) exact. */
const normalised = (text: string) => (han.test(text) ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ').trim())

/** A block's text as a reader sees it: a line break is whitespace between its lines. */
const textOf = (node: RootContent) => toString({...node, children: 'children' in node ? node.children.map((child) => (child.type === 'break' ? {type: 'text', value: ' '} : child)) : []} as RootContent)

/** The blocks a reader counts: list items one each, notes and rules not at all. */
function readerBlocks(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'footnoteDefinition' || node.type === 'thematicBreak' || node.type === 'definition') return []
    if (node.type === 'list') return node.children
    if (node.type === 'blockquote') return readerBlocks(node.children)
    return [node]
  })
}

describe('statements in the layouts they arrive in', () => {
  it('has every family', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
  })

  for (const name of cases) {
    const test = knownGaps[name] ? it.fails : it
    test(`reads ${name}${knownGaps[name] ? ` (known gap: ${knownGaps[name]})` : ''}`, async () => {
      const expected = JSON.parse(readFileSync(join(families, name, 'expected.json'), 'utf8')) as Expected
      const file = await readSource(join(families, name, 'input.txt'))
      const input = String(file.value)
      const {meta, tree, markdown, messages} = normalise(file)
      const {agendaItem, organisations, ...fields} = expected.meta
      for (const [key, value] of Object.entries(fields)) expect(meta[key as keyof typeof meta], key).toEqual(value)
      expect(meta.organisations[0], 'delivering organisation').toBe(organisations[0])
      expect([...meta.organisations].sort(), 'organisations').toEqual([...organisations].sort())
      expect(meta.agendaItem && {number: meta.agendaItem.number, key: meta.agendaItem.key, title: meta.agendaItem.title}, 'agendaItem').toEqual(agendaItem)

      const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
      const blocks = readerBlocks(tree.children)
      expect(blocks.length, 'paragraphs').toBe(expected.paragraphs)
      expect(normalised(textOf(blocks[0] ?? {type: 'text', value: ''})).startsWith(normalised(expected.bodyStartsWith)), 'body starts').toBe(true)
      expect(normalised(textOf(blocks.at(-1) ?? {type: 'text', value: ''})).endsWith(normalised(expected.bodyEndsWith)), 'body ends').toBe(true)
      for (const text of expected.mustNotContain) {
        expect(body, 'left in the body').not.toContain(text)
        // Invisible furniture (a form feed, a no-break space) is checked as written, above.
        if (normalised(text)) expect(normalised(body), 'left in the body').not.toContain(normalised(text))
      }
      const wanted = new Map<string, number>()
      for (const text of expected.mustContain) wanted.set(text, (wanted.get(text) ?? 0) + 1)
      for (const [text, count] of wanted) expect(normalised(body).split(normalised(text)).length - 1, `kept: ${text}`).toBeGreaterThanOrEqual(count)
      expect(lostWords(input, markdown, messages)).toEqual([])
    })
  }
})

