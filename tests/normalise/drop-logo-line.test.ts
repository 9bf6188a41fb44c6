import {describe, expect, it} from 'vitest'
import {normalise} from '../../src/normalise/index.ts'

const logoDrops = (text: string) => normalise(text).messages.filter((message) => message.ruleId === 'drop-logo')

describe('dropLogoLine', () => {
  it('drops a known organisation acronym alone on the first line', () => {
    expect(logoDrops('IFRC\n\nStatement by the IFRC\n\nMr. Chair,\n\nThank you.\n')).toHaveLength(1)
  })

  it('drops an acronym the statement spells out', () => {
    const text = 'CCPAC\n\nStatement\n\nMadam Chair,\n\nThe Centre for Civilian Protection in Armed Conflict (CCPAC) thanks you.\n'
    expect(logoDrops(text)).toHaveLength(1)
  })

  it('keeps an all-caps header word that is not an acronym', () => {
    const result = normalise('STATEMENT\n\nby\n\nTHE REPUBLIC OF KOREA\n\nMr. President,\n\nThank you.\n')
    expect(logoDrops('STATEMENT\n\nby\n\nTHE REPUBLIC OF KOREA\n\nMr. President,\n\nThank you.\n')).toHaveLength(0)
    expect(result.markdown).toContain('STATEMENT')
  })
})
