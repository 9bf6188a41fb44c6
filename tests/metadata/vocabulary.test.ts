import ar from 'i18n-iso-countries/langs/ar.json' with {type: 'json'}
import es from 'i18n-iso-countries/langs/es.json' with {type: 'json'}
import fr from 'i18n-iso-countries/langs/fr.json' with {type: 'json'}
import ru from 'i18n-iso-countries/langs/ru.json' with {type: 'json'}
import zh from 'i18n-iso-countries/langs/zh.json' with {type: 'json'}
import {describe, expect, it} from 'vitest'
import {findEntities} from '../../src/normalise/vocabulary/entities.ts'
import {organisations} from '../../src/normalise/vocabulary/organisations.ts'
import {stateNames, stateNamesInUnLanguages} from '../../src/normalise/vocabulary/states.ts'

describe('vocabulary', () => {
  it('has every UN Member State and both Observer States', () => {
    expect(Object.keys(stateNames)).toHaveLength(195)
    expect(new Set(Object.values(stateNames)).size).toBe(195)
  })

  it('reads every State’s name in French, Spanish, Russian, Arabic and Chinese as that State', () => {
    const wrong: string[] = []
    for (const [code, name] of Object.entries(stateNames)) {
      for (const locale of [fr, es, ru, ar, zh]) {
        const value = (locale.countries as Record<string, string | string[]>)[code]
        for (const foreign of Array.isArray(value) ? value : value ? [value] : []) {
          if (/[,(（]/.test(foreign)) continue
          const found = findEntities(foreign)[0]?.name
          if (found !== name) wrong.push(`${foreign} → ${found} (expected ${name})`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('reads every UN name in the other languages as that State', () => {
    const wrong: string[] = []
    for (const [code, names] of Object.entries(stateNamesInUnLanguages)) {
      for (const text of names) {
        const found = findEntities(text).map((entity) => entity.name)
        if (found.length !== 1 || found[0] !== stateNames[code]) wrong.push(`${text} → ${found.join(', ')} (expected ${stateNames[code]})`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('reads every organisation’s name and acronym as that organisation', () => {
    const wrong: string[] = []
    for (const entry of organisations) {
      for (const text of [entry.name, ...entry.names, ...entry.acronyms]) {
        const found = findEntities(text)[0]?.name
        if (found !== entry.name) wrong.push(`${text} → ${found}`)
      }
    }
    expect(wrong).toEqual([])
  })
})
