import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {normalise} from '../../src/normalise/index.ts'

const body = '\n\nMr. Chair,\n\nWe thank you for your able leadership, and we wish the Bureau every success in the weeks ahead of us.\n\nThank you.\n'
const read = (header: string) => normalise(new VFile({path: 'statement.txt', value: `${header}${body}`})).meta

describe('"Statement by" alone on a line, the name a blank line below it', () => {
  it('names a person with a title and a function as the speaker', () => {
    const meta = read('Permanent Mission of Norway to the United Nations\n\nStatement by\n\nH.E. Ms. Kari Lindqvist\nPermanent Representative\n\nFirst Committee, 80th session\nNew York, 14 October 2025')
    expect(meta.title).toBe('Statement by H.E. Ms. Kari Lindqvist, Permanent Representative')
    expect(meta.speaker).toBe('H.E. Ms. Kari Lindqvist, Permanent Representative')
    expect(meta.organisations).toEqual(['Norway'])
  })

  it('names a person by the shape of the name, never as an organisation', () => {
    const meta = read('Statement by\n\nKari Lindqvist\nPermanent Representative of Norway\n\nFirst Committee, 80th session')
    expect(meta.speaker).toBe('Kari Lindqvist, Permanent Representative of Norway')
    expect(meta.organisations).toEqual(['Norway'])
    expect(read('Statement by\n\nTomas Okafor-Lund\n\nFirst Committee, 80th session').speaker).toBe('Tomas Okafor-Lund')
  })

  it('names an organisation by an organisation word, with no speaker', () => {
    const meta = read('Statement by\n\nRiverside Survivors Network\n\nHuman Rights Council, 61st session')
    expect(meta.title).toBe('Statement by Riverside Survivors Network')
    expect(meta.organisations).toEqual(['Riverside Survivors Network'])
    expect(meta.speaker).toBeNull()
  })
})
