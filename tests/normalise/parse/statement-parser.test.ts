import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {readMarkdownEvidence} from '../../../src/normalise/parse/markdown-evidence.ts'
import {readSourceLines} from '../../../src/normalise/parse/source-lines.ts'
import {statementParser} from '../../../src/normalise/parse/statement-parser.ts'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(statementParser)

function parse(text: string) {
  const file = new VFile(text)
  const tree = processor.parse(file) as Root
  return {blocks: tree.children.map((node) => `${node.type}: ${toString(node)}`), messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`), file}
}

describe('readMarkdownEvidence', () => {
  it.each([
    ['---\ntitle: x\n---\nText', true],
    ['**Bold header**\n\n---\n\nText', true],
    ['## Heading\n\n- item\n- item', true],
    ['Text\n\n----\n[1] note\n\n- a point\n- another', false],
    ['Plain text.\n\nMore plain text.', false],
  ])('%j → %s', (text, markdown) => {
    expect(readMarkdownEvidence(readSourceLines(text)).markdown).toBe(markdown)
  })
})

describe('statementParser', () => {
  it('reads indented paragraphs as text, never as code', () => {
    expect(parse('Mr. President,\n\n    We thank you for your leadership.\n').blocks).toEqual(['paragraph: Mr. President,', 'paragraph: We thank you for your leadership.'])
  })

  it('reads "---" under a line as a rule, not a heading underline', () => {
    expect(parse('Thank you.\n---\n').blocks).toEqual(['paragraph: Thank you.', 'thematicBreak: '])
  })

  it('splits paragraphs that single newlines separate, and reports each split where it is', () => {
    const {blocks, messages} = parse(
      'Mr. President,\nOur delegation thanks the Coordinators for their report and for their careful analysis of the deadlines.\nWe also welcome the work of the Implementation Support Unit over the past year and its support to States.\nThank you.\n',
    )
    expect(blocks).toHaveLength(4)
    expect(messages).toEqual(['1:1 separate-salutation', '3:1 split-paragraph', '4:1 split-paragraph'])
  })

  it('drops site chrome with a positioned message that carries the text', () => {
    const {blocks, file} = parse('Print page\nBack to top\n\nMr. President,\n\nWe thank you.\n\nBack to top\n')
    expect(blocks).toEqual(['paragraph: Mr. President,', 'paragraph: We thank you.'])
    expect(file.messages.map((message) => [message.line, message.ruleId, message.actual])).toEqual([
      [1, 'drop-site-chrome', 'Print page'],
      [2, 'drop-site-chrome', 'Back to top'],
      [8, 'drop-site-chrome', 'Back to top'],
    ])
  })

  it('drops section names and lone share targets among chrome, and keeps them alone', () => {
    const {blocks, file} = parse('Home\nStatements\nStatement\nStatement by Ireland\n\nMr. President,\n\nWe thank you.\n\nShare\nX\nEmail\n\nX\n\nThank you.\n')
    expect(blocks).toEqual(['paragraph: Statement by Ireland', 'paragraph: Mr. President,', 'paragraph: We thank you.', 'paragraph: X', 'paragraph: Thank you.'])
    expect(file.messages.map((message) => `${message.line} ${message.actual}`).sort()).toEqual(['1 Home', '10 Share', '11 X', '12 Email', '2 Statements', '3 Statement'])
  })

  it('drops a web address line, a date stamp run into a header line, and the section a breadcrumb names', () => {
    const {blocks, file} = parse(
      'www.example.gov www.travel.example.gov\nHome > News > Speeches and Statements\nPosted on: 03.10.2025 | Statement delivered by Ms. Jo Vale, Ambassador\nSpeeches and Statements:\nMr. Chair,\nWe thank you.\n',
    )
    expect(blocks).toEqual(['paragraph: Statement delivered by Ms. Jo Vale, Ambassador', 'paragraph: Mr. Chair,', 'paragraph: We thank you.'])
    expect(file.messages.filter((message) => message.ruleId === 'drop-site-chrome').map((message) => `${message.line} ${message.actual}`)).toEqual([
      '1 www.example.gov www.travel.example.gov',
      '2 Home > News > Speeches and Statements',
      '3 Posted on: 03.10.2025 |',
      '4 Speeches and Statements:',
    ])
  })

  it('drops the links under "Related content" at the end of a page, and keeps a statement that goes on after "Read more"', () => {
    const {blocks, file} = parse('Mr. Chair,\n\nWe thank you.\n\nRelated content\nStatement on clearance deadlines\n4 December 2025\n')
    expect(blocks).toEqual(['paragraph: Mr. Chair,', 'paragraph: We thank you.'])
    expect(file.messages.filter((message) => message.ruleId === 'drop-site-chrome').map((message) => `${message.line} ${message.actual}`)).toEqual([
      '5 Related content',
      '6 Statement on clearance deadlines',
      '7 4 December 2025',
    ])
    const goesOn = parse('Mr. Chair,\n\nRead more\nStatement on clearance deadlines\n\nWe thank the Presidency for its work.\n')
    expect(goesOn.blocks).toEqual(['paragraph: Mr. Chair,', 'paragraph: Statement on clearance deadlines', 'paragraph: We thank the Presidency for its work.'])
  })

  it("drops a document site's name for the document above its banner", () => {
    const {blocks} = parse('Our statement - 12MSP\nUpload: someone\nTotal Page: 2 File Type: pdf\nStatement on Universalization\n\nThank you, Mr. President.\n')
    expect(blocks).toEqual(['paragraph: Statement on Universalization', 'paragraph: Thank you, Mr. President.'])
  })

  it('splits blocks a web page ran together into one line, where a sentence or a year meets a capital', () => {
    const {blocks, messages} = parse('Statement on Cluster Munitions.Geneva, 10 April 2008The delegation of Ireland welcomes the Convention.\n')
    expect(blocks).toEqual(['paragraph: Statement on Cluster Munitions.', 'paragraph: Geneva, 10 April 2008', 'paragraph: The delegation of Ireland welcomes the Convention.'])
    expect(messages).toEqual(['1:32 split-paragraph', '1:53 split-paragraph'])
    expect(parse('See www.example.org/Statements and U.S.Delegation notes.\n').blocks).toHaveLength(1)
    // A year run into a salutation, and the salutation run into the text.
    expect(parse('Geneva, 3 May 2024Mr. President,Chile thanks you.\n').blocks).toEqual(['paragraph: Geneva, 3 May 2024', 'paragraph: Mr. President,', 'paragraph: Chile thanks you.'])
  })

  it('splits a heading in capitals, a date and a salutation that a copy from a PDF viewer ran into one line', () => {
    const {blocks} = parse('STATEMENT BY THE DELEGATION OF TESTLAND AT THE SIXTH MEETING. Lisbon, 3 May 2024 Mr. President, Testland thanks you for the floor.\n')
    // Each part keeps the blank it ended with; the pipeline trims block edges later.
    expect(blocks.map((block) => block.trimEnd())).toEqual([
      'paragraph: STATEMENT BY THE DELEGATION OF TESTLAND AT THE SIXTH MEETING.',
      'paragraph: Lisbon, 3 May 2024',
      'paragraph: Mr. President,',
      'paragraph: Testland thanks you for the floor.',
    ])
    // Three words in capitals are no heading, and a year before a sentence is no date line.
    expect(parse('The UN ICRC IFRC partnership grew in 2024 and we thank them.\n').blocks).toHaveLength(1)
    expect(parse('NATO EU OSCE Partners met in 2024 Mr. President, as you know.\n').blocks).toHaveLength(1)
  })

  it('says when it reads a source as Markdown', () => {
    expect(parse('**Statement**\n\n---\n\nText.\n').messages).toEqual(['1:1 parse-as-markdown'])
  })

  it('records where the statement starts after its header', () => {
    const text = 'Statement by Chile\nGeneva, 10 September 2024\nMr. President,\nChile welcomes the report.\n'
    expect(parse(text).file.data.headerEnd).toBe(text.indexOf('Mr. President'))
  })
})
