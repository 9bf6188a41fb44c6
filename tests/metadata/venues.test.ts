import {describe, expect, it} from 'vitest'
import {findVenue, russianCases} from '../../src/normalise/metadata/find-venue.ts'
import {venues} from '../../src/normalise/vocabulary/venues.ts'

describe('findVenue', () => {
  const cases: [string, string][] = [
    // in a longer line, in every UN language
    ['Lusaka, 2 September 2014', 'Lusaka'],
    ['Geneva, 30th November – 4th December 2026', 'Geneva'],
    ['à Genève, le 3 mai', 'Geneva'],
    ['Genève, 17 – 20 juin 2025', 'Geneva'],
    ['en Ginebra', 'Geneva'],
    ['Ginebra, 15 de septiembre de 2025', 'Geneva'],
    ['في جنيف', 'Geneva'],
    ['بجنيف، 25 نوفمبر 2025', 'Geneva'],
    ['جنيف، ٢٥ نوفمبر ٢٠٢٥', 'Geneva'],
    ['в Женеве', 'Geneva'],
    ['Женева, 25 ноября 2025 года', 'Geneva'],
    ['于日内瓦', 'Geneva'],
    ['日内瓦，2025年12月1日', 'Geneva'],
    ['GENEVA, 24 OCTOBER 2025', 'Geneva'],
    // Russian cases
    ['в Нью-Йорке', 'New York'], ['в Вене', 'Vienna'], ['в Гааге', 'The Hague'], ['в Осло', 'Oslo'], ['в Лусаке', 'Lusaka'],
    ['в Мапуту', 'Maputo'], ['в Брюсселе', 'Brussels'], ['в Пномпене', 'Phnom Penh'], ['в Претории', 'Pretoria'], ['из Парижа', 'Paris'],
    ['в Аддис-Абебе', 'Addis Ababa'], ['в Буэнос-Айресе', 'Buenos Aires'], ['в Сиемреапе', 'Siem Reap'], ['в Картахене', 'Cartagena'],
    ['в Белграде', 'Belgrade'], ['в Загребе', 'Zagreb'], ['в Канкуне', 'Cancún'], ['в Найроби', 'Nairobi'], ['в Куала-Лумпуре', 'Kuala Lumpur'],
    // the gazetteer, a few names in each language
    ['New York, 3 March 2025', 'New York'], ['Nueva York', 'New York'], ['纽约', 'New York'], ['نيويورك', 'New York'],
    ['Vienne', 'Vienna'], ['Viena', 'Vienna'], ['La Haye', 'The Hague'], ['en La Haya', 'The Hague'], ['The Hague, 15 November 2021', 'The Hague'],
    ['Siem Reap, 25–29 November 2024', 'Siem Reap'], ['暹粒', 'Siem Reap'], ['San José, Costa Rica', 'San José'], ['San Jose', 'San José'],
    ['Сан-Хосе', 'San José'], ['Maputo, Mozambique', 'Maputo'], ['Cartagena de Indias', 'Cartagena'], ['Carthagène', 'Cartagena'],
    ['Dubrovnik, 7–11 September 2015', 'Dubrovnik'], ['Phnom Penh', 'Phnom Penh'], ['Beyrouth', 'Beirut'], ['بيروت', 'Beirut'],
    ['Bangkok', 'Bangkok'], ['Managua, Nicaragua', 'Managua'], ['Zagreb', 'Zagreb'], ['Nairobi', 'Nairobi'], ['Amman', 'Amman'],
    ['Santiago de Chile', 'Santiago'], ['Santiago, 28 November 2016', 'Santiago'], ['Vientiane', 'Vientiane'], ['万象', 'Vientiane'],
    ['Oslo, 25–29 November 2019', 'Oslo'], ['Lausanne', 'Lausanne'], ['Belgrade', 'Belgrade'], ['Dublin', 'Dublin'], ['Kampala', 'Kampala'],
    ['Manila', 'Manila'], ['Tirana', 'Tirana'], ['Montreux', 'Montreux'], ['Abu Dhabi', 'Abu Dhabi'], ['أبوظبي', 'Abu Dhabi'],
    ['Addis-Abeba', 'Addis Ababa'], ['Bruxelles', 'Brussels'], ['Paris', 'Paris'], ['Tokyo, 20 August 2018', 'Tokyo'], ['Lomé', 'Lomé'],
    ['Cancún, 24–27 August 2015', 'Cancún'], ['Ottawa, 3 December 1997', 'Ottawa'], ['Wellington', 'Wellington'], ['Dakar', 'Dakar'],
    ['Kuala Lumpur', 'Kuala Lumpur'], ['Jakarta', 'Jakarta'], ['Yakarta', 'Jakarta'], ['Buenos Aires', 'Buenos Aires'],
    ['Mexico City', 'Mexico City'], ['Ciudad de México', 'Mexico City'], ['Pretoria', 'Pretoria'], ['Cairo', 'Cairo'], ['au Caire', 'Cairo'],
    ['بالقاهرة', 'Cairo'], ['Baku', 'Baku'], ['Bakou', 'Baku'], ['Astana', 'Astana'], ['Nur-Sultan', 'Astana'], ['Dead Sea, Jordan', 'Dead Sea'],
    ['Nuevo Vallarta, Nayarit', 'Nayarit'], ['Lima', 'Lima'], ['Bogotá', 'Bogotá'],
    // the first venue named
    ['New York and Geneva', 'New York'],
    // a city naming a document, a plan or an organisation is not the venue; the venue after it is
    ['Ottawa Convention, Geneva, 1 December 2025', 'Geneva'],
    ['Implementing the Oslo Action Plan', ''],
    ['Siem Reap-Angkor Action Plan', ''],
    ['Convention d’Ottawa – Genève, 2 décembre 2025', 'Geneva'],
    ['Plan de Acción de Oslo', ''],
    ['Maputo +15 Declaration', ''],
    ['Plan d’action de Siem Reap-Angkor', ''],
    ['выполнение Плана действий Осло', ''],
    ['Siem Reap-Angkor Action Plan\nSiem Reap, 25 November 2024', 'Siem Reap'],
    ['Vienna Conference on the Humanitarian Impact of Nuclear Weapons', 'Vienna'],
    ['the Geneva Conventions and their Additional Protocols', ''],
    ['Conventions de Genève', ''],
    ['Convenios de Ginebra', ''],
    ['Geneva Call', ''],
    ['Geneva International Centre for Humanitarian Demining', ''],
    ['اتفاقية أوتاوا', ''],
    ['خطة عمل أوسلو', ''],
    ['《渥太华公约》', ''],
    ['日内瓦四公约', ''],
    // no venue
    ['Statement by the Republic of Ghana', ''],
  ]
  it.each(cases)('finds in %j the venue %j', (text, venue) => {
    expect(findVenue(text)).toBe(venue || null)
  })

  it.each([
    ['женева', ['женева', 'женевы', 'женеви', 'женеве', 'женеву', 'женевои', 'женевою']],
    ['нью-иорк', ['нью-иорк', 'нью-иорка', 'нью-иорку', 'нью-иорке', 'нью-иорком']],
    ['осло', ['осло']],
  ])('declines %j', (name, forms) => {
    expect(russianCases(name)).toEqual(forms)
  })

  it('has each name once, in one script, for one venue', () => {
    const seen = new Map<string, string>()
    for (const [venue, aliases] of Object.entries(venues)) {
      for (const alias of aliases) {
        expect(seen.get(alias) ?? venue, alias).toBe(venue)
        seen.set(alias, venue)
        const scripts = ['Latin', 'Cyrillic', 'Arabic', 'Han'].filter((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(alias))
        expect(scripts, alias).toHaveLength(1)
      }
      expect(findVenue(venue), venue).toBe(venue)
    }
  })
})
