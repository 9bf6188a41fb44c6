import {describe, expect, it} from 'vitest'
import {findEntities} from '../../src/normalise/vocabulary/entities.ts'

const names = (text: string) => findEntities(text).map((entity) => entity.name)

describe('findEntities', () => {
  const cases: [string, string[]][] = [
    ['Statement by the Republic of Ghana', ['Ghana']],
    ['Delivered by Ireland on behalf of Austria, Colombia, Mozambique, Norway, the Philippines and Thailand', ['Ireland', 'Austria', 'Colombia', 'Mozambique', 'Norway', 'Philippines', 'Thailand']],
    ['ICRC-IFRC Joint Statement', ['International Committee of the Red Cross', 'International Federation of Red Cross and Red Crescent Societies']],
    ['Statement of the International Federation of Red Cross and Red Crescent Societies', ['International Federation of Red Cross and Red Crescent Societies']],
    ['on behalf of the European Union and its Member States', ['European Union']],
    ['Statement by Equatorial Guinea and Papua New Guinea', ['Equatorial Guinea', 'Papua New Guinea']],
    ['the United States of America and the United Kingdom of Great Britain and Northern Ireland', ['United States', 'United Kingdom']],
    ['Statement by the Russian Federation, Iran and Türkiye', ['Russian Federation', 'Iran', 'Türkiye']],
    ['Statement by Russia, Syria and Turkey', ['Russian Federation', 'Syrian Arab Republic', 'Türkiye']],
    ['Côte d’Ivoire and the Democratic Republic of the Congo', ["Côte d'Ivoire", 'Democratic Republic of the Congo']],
    ['Statement by HI and the CMC', ['Humanity & Inclusion', 'Cluster Munition Coalition']],
    // French
    ['Déclaration de la Belgique', ['Belgium']],
    ['Déclaration du Comité international de la Croix-Rouge', ['International Committee of the Red Cross']],
    ['Intervention de la Suisse au nom de l’Autriche et du Mexique', ['Switzerland', 'Austria', 'Mexico']],
    // Spanish
    ['Intervención de la República de Chile', ['Chile']],
    ['Declaración de México en nombre de Colombia y Perú', ['Mexico', 'Colombia', 'Peru']],
    // Russian, with case forms
    ['Выступление делегации Республики Казахстан', ['Kazakhstan']],
    ['Выступление делегации Российской Федерации', ['Russian Federation']],
    ['Заявление Бельгии и Ирландии', ['Belgium', 'Ireland']],
    ['Первое совещание', []],
    // Arabic and Chinese
    ['كلمة المملكة العربية السعودية وبلجيكا', ['Saudi Arabia', 'Belgium']],
    ['中华人民共和国代表团发言', ['China']],
    ['红十字国际委员会的发言', ['International Committee of the Red Cross']],
    // not names: lower case words, pronouns
    ['turkey and chad were served to us', []],
  ]
  it.each(cases)('finds the names in %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
