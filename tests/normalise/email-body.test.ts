import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {readSource} from '../../src/ingest/read-source.ts'
import {normalise} from '../../src/normalise/index.ts'

const documents = fileURLToPath(new URL('../documents/', import.meta.url))

describe('a statement pasted into an e-mail', () => {
  it('reads the statement between the covering note and the signature, and reports both line by line', async () => {
    const {meta, markdown, messages} = normalise(await readSource(join(documents, 'email-text-body.eml')))
    expect(meta).toMatchObject({
      title: 'Intervención de la República de Chile',
      organisations: ['Chile'],
      meetingKey: 'ccm-13msp',
      venue: 'Geneva',
      dates: {start: '2025-09-15', end: '2025-09-15'},
      agendaItem: {number: '7 c)', key: '7c'},
      language: 'es',
    })
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '')
    // The header is read as lines of its own, not run into one paragraph.
    expect(body).toBe('Señor Presidente:\n\nChile agradece a los coordinadores su informe y reafirma su compromiso con la limpieza de las zonas contaminadas antes de los plazos del artículo 4.\n\nMuchas gracias.\n')
    const removed = messages.filter((message) => message.ruleId === 'drop-covering-message' || message.ruleId === 'drop-site-chrome').map((message) => `${message.line} ${message.actual}`)
    expect(removed).toEqual([
      '1 Dear colleagues,',
      '3 Please find below the statement of Chile for publication on the website.',
      '5 Best regards,',
      '6 Ana',
      '20 --',
      '21 Ana Pérez',
      '22 Secretary | Permanent Mission of Chile',
      '23 Tel: +41 22 555 01 23',
      '25 Sent from my iPhone',
      '27 CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee.',
    ])
  })

  it('keeps a statement that opens with "Dear colleagues," when no covering note sends it', () => {
    const {markdown} = normalise('Dear colleagues,\n\nWe meet at a difficult moment for the Convention, and I thank you all for coming.\n\nBest regards to the Presidency for its work.\n')
    expect(markdown).toContain('Dear colleagues,')
    expect(markdown).toContain('We meet at a difficult moment')
  })

  it('keeps a statement written without blank lines that opens with a greeting, whatever words follow it', () => {
    const statement = 'Dear colleagues,\nLet me share below the views of my delegation, for your information.\nThe Convention works, and we must keep it working.\nWe stand ready to help.\nThank you.\n'
    const {markdown, messages} = normalise(statement)
    expect(messages.filter((message) => message.ruleId === 'drop-covering-message')).toEqual([])
    for (const words of ['Dear colleagues,', 'for your information', 'We stand ready to help.']) expect(markdown).toContain(words)
  })

  it('keeps a statement whose closing lines speak of "this message"', () => {
    const {markdown} = normalise('Mr. President,\n\nWe welcome the report.\n\nThis message is one of hope for every survivor.\n\nThank you.\n')
    expect(markdown).toContain('This message is one of hope for every survivor.')
  })

  it('reads a page that holds nothing but chrome without failing', () => {
    expect(() => normalise('Home\nNews\nContact\n')).not.toThrow()
  })

  it('takes a greeting and the paragraph that sends the statement for a covering note without a valediction', () => {
    const {markdown, messages} = normalise('Dear all,\n\nAttached is the text as delivered, for publication.\n\nMr. President,\n\nNorland supports the draft decision.\n')
    expect(markdown).not.toContain('Dear all')
    expect(markdown).not.toContain('for publication')
    expect(markdown).toContain('Mr. President,\n\nNorland supports the draft decision.')
    expect(messages.filter((message) => message.ruleId === 'drop-covering-message')).toHaveLength(2)
  })
})
