import {describe, expect, it} from 'vitest'
import {formatSpeakingTime} from '../../src/templates/format-speaking-time.ts'

describe('formatSpeakingTime', () => {
  it('rounds to 10 s and leaves out a part that is zero', () => {
    expect([264, 265, 296, 300, 44, 4].map((seconds) => formatSpeakingTime(seconds, 'en'))).toEqual(['≈ 4 min 20 s', '≈ 4 min 30 s', '≈ 5 min', '≈ 5 min', '≈ 40 s', '≈ 0 s'])
  })

  it('writes the units of each of the six languages, and English ones for any other', () => {
    const written = Object.fromEntries(['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de'].map((language) => [language, formatSpeakingTime(260, language)]))
    expect(written).toEqual({
      ar: expect.stringMatching(/^≈ \S+ د \S+ ث$/),
      zh: '≈ 4 分 20 秒',
      en: '≈ 4 min 20 s',
      fr: '≈ 4 min 20 s',
      ru: '≈ 4 мин 20 с',
      es: '≈ 4 min 20 s',
      de: '≈ 4 min 20 s',
    })
  })
})
