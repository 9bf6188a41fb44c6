import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {listZipEntries, unpacksPast} from '../../src/ingest/zip-entries.ts'

/** The archive with every local and central header declaring that its entry unpacks to 1 KB. */
function declareSmallSizes(zip: Uint8Array): Uint8Array {
  const bytes = Uint8Array.from(zip)
  const view = new DataView(bytes.buffer)
  for (let offset = 0; offset + 30 <= bytes.length; offset++) {
    const signature = view.getUint32(offset, true)
    if (signature === 0x04034b50) view.setUint32(offset + 22, 1024, true)
    if (signature === 0x02014b50) view.setUint32(offset + 24, 1024, true)
  }
  return bytes
}

const MB = 1024 ** 2

describe('listZipEntries', () => {
  it('lists the entries with their declared sizes, without inflating them', () => {
    expect(listZipEntries(zipSync({'word/document.xml': strToU8('<w:document/>'), 'word/footer1.xml': new Uint8Array(3000)}))).toEqual([
      {name: 'word/document.xml', declaredSize: 13},
      {name: 'word/footer1.xml', declaredSize: 3000},
    ])
  })

  it('says null for an archive it cannot read', () => {
    expect(listZipEntries(strToU8('PK\x03\x04 not really a zip'))).toBeNull()
  })
})

describe('unpacksPast', () => {
  const bomb = zipSync({'word/document.xml': new Uint8Array(3 * MB)})

  it('counts what the entries really inflate to', () => {
    expect(unpacksPast(bomb, MB)).toBe(true)
    expect(unpacksPast(bomb, 4 * MB)).toBe(false)
  })

  it('is not fooled by headers that declare small sizes', () => {
    const lying = declareSmallSizes(bomb)
    expect(listZipEntries(lying)).toEqual([{name: 'word/document.xml', declaredSize: 1024}])
    expect(unpacksPast(lying, MB)).toBe(true)
  })
})
