import {describe, expect, it} from 'vitest'
import {normalise} from '../../src/normalise/index.ts'
import {validateConfig} from '../../src/config.ts'
import {defaultRates, isPlainWord, spokenLength, timeToSpeak} from '../../src/speaking-time/estimate.ts'

const estimate = (language: string, body: string, rates?: Record<string, number>) => {
  const {tree, meta} = normalise(`---\nlanguage: ${language}\n---\n\n${body}\n`)
  return timeToSpeak(spokenLength(tree, meta.language), meta.language, rates)
}

/** `count` copies of a sentence of `per` words, as paragraphs of ten sentences. */
const repeat = (sentence: string, count: number) => Array.from({length: count / 10}, () => Array(10).fill(sentence).join(' ')).join('\n\n')

describe('spokenLength and timeToSpeak', () => {
  // Each sentence has five words (Chinese: ten characters); 60 sentences are 300 words.
  const sentences: Record<string, string> = {
    en: 'We support this draft resolution.',
    fr: 'Nous soutenons ce projet important.',
    es: 'Apoyamos este proyecto de resolución.',
    ru: 'Мы поддерживаем этот важный проект.',
    ar: 'نحن ندعم مشروع القرار هذا.',
  }
  for (const [language, sentence] of Object.entries(sentences)) {
    it(`counts words in ${language} and reads them at ${defaultRates[language]} a minute`, () => {
      const time = estimate(language, repeat(sentence, 60))
      expect(time).toEqual({seconds: Math.round((300 / defaultRates[language]!) * 60), words: 300, rate: defaultRates[language], limitSeconds: null})
    })
  }

  it('counts characters in Chinese, not punctuation, at 160 a minute', () => {
    const time = estimate('zh', repeat('我们支持这项决议草案。', 40).replaceAll(' ', ''))
    expect(time).toEqual({seconds: 150, characters: 400, rate: 160, limitSeconds: null})
    expect(time).not.toHaveProperty('words')
  })

  it('leaves out headings and footnotes, which are not read aloud', () => {
    const body = 'Mr. President,\n\nWe thank you[^1].\n\n## Our three priorities\n\nWe support the draft.\n\n[^1]: A footnote of many words that nobody reads out.'
    expect(normalise(`---\nlanguage: en\n---\n\n${body}\n`).markdown).toContain('## Our three priorities')
    expect(estimate('en', body).words).toBe(9)
  })

  it('takes the rate of a language from the config over the default', () => {
    expect(estimate('en', repeat(sentences.en!, 60), {en: 100})).toMatchObject({seconds: 180, words: 300, rate: 100})
  })
})

describe('counting words without the segmenter', () => {
  const segmenter = new Intl.Segmenter('en', {granularity: 'word'})
  const segmenterWords = (text: string) => [...segmenter.segment(text)].filter((segment) => segment.isWordLike).length
  const paragraphs = (...texts: string[]) => ({type: 'root' as const, children: texts.map((value) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value}]}))})

  it('takes a token for one word only where Intl.Segmenter reads one word, for every character it admits', () => {
    const disagreements: string[] = []
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      const character = String.fromCodePoint(codePoint)
      if (!isPlainWord(character)) continue
      for (const token of [character, `a${character}1`, `(«${character}я»),`, `${character}’.`]) if (!isPlainWord(token) || segmenterWords(token) !== 1) disagreements.push(token)
    }
    expect(disagreements).toEqual([])
    expect(['well-known', "don't", 'U.S.', '1,000', 'l’Assemblée', '日本語', 'ไทยภาษา', 'e\u0301', 'a\u00a0b', '\u00adword'].filter(isPlainWord)).toEqual([])
  })

  it('counts what Intl.Segmenter counts, in any script and around any punctuation', () => {
    const text = "We thank you, Mr. President (and the U.S. delegation). It's 3.5% of 1,000 well-known \u00a0cases — «l’Assemblée» 日本語の文 ไทยภาษา 한국어 عربي٣ Привет!\n\tе\u0301 \u0301x 👩\u200d💻 soft\u00adhyphen"
    expect(spokenLength(paragraphs(text, text.slice(20)), 'en')).toEqual({words: segmenterWords(text) + segmenterWords(text.slice(20))})
  })
})

describe('speakingTime.rates in the config', () => {
  it('takes rates by language tag and refuses anything else, by path', () => {
    expect(validateConfig({speakingTime: {rates: {en: 130, zh: 180}}}).config?.speakingTime.rates).toEqual({en: 130, zh: 180})
    expect(validateConfig({}).config?.speakingTime.rates).toEqual({})
    expect(validateConfig({speakingTime: {rates: {english: 130}}}).errors).toEqual(['speakingTime.rates.english: expected a language tag such as en or zh'])
    expect(validateConfig({speakingTime: {rates: {en: 0}}}).errors[0]).toMatch(/^speakingTime\.rates\.en: /)
    expect(validateConfig({speakingTime: {rate: {}}}).errors).toEqual(['speakingTime.rate: unknown setting; did you mean `rates`?'])
  })
})
