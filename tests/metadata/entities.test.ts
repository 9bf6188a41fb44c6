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
    // "&", footnote markers and asterisks, index forms with their qualifier in brackets
    ['Trinidad & Tobago, Antigua & Barbuda and the Bahamas', ['Trinidad and Tobago', 'Antigua and Barbuda', 'Bahamas']],
    ['Austria*, Chile¹, Costa Rica2 and Ireland[3]', ['Austria', 'Chile', 'Costa Rica', 'Ireland']],
    ['Gambia (Republic of The), Congo (Democratic Republic of the), Korea (Republic of)', ['Gambia', 'Democratic Republic of the Congo', 'Republic of Korea']],
    ['Venezuela (República Bolivariana de) y la República Islámica del Irán', ['Venezuela', 'Iran']],
    // UN names in the other languages and official long forms
    ['Declaración de la delegación de los Estados Unidos Mexicanos', ['Mexico']],
    ['République populaire démocratique de Corée et République de Corée', ["Democratic People's Republic of Korea", 'Republic of Korea']],
    ['République arabe syrienne', ['Syrian Arab Republic']],
    ['Reino Unido de Gran Bretaña e Irlanda del Norte', ['United Kingdom']],
    ['Выступление делегации Соединённых Штатов Америки', ['United States']],
    ['Делегация Соединенного Королевства Великобритании и Северной Ирландии', ['United Kingdom']],
    ['Представитель Китая и Кыргызской Республики', ['China', 'Kyrgyzstan']],
    ['بيان المملكة الأردنية الهاشمية', ['Jordan']],
    ['كلمة الجمهورية العربية السورية والجمهورية الجزائرية الديمقراطية الشعبية', ['Syrian Arab Republic', 'Algeria']],
    ['كلمة المملكة المغربية والجمهورية الإسلامية الموريتانية', ['Morocco', 'Mauritania']],
    ['المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية والاتحاد الروسي', ['United Kingdom', 'Russian Federation']],
    ['الدولة الطرف', []],
    ['大不列颠及北爱尔兰联合王国、美利坚合众国、大韩民国、刚果民主共和国和刚果', ['United Kingdom', 'United States', 'Republic of Korea', 'Democratic Republic of the Congo', 'Congo']],
    // A forum's name holds an organisation's without being it
    ['Permanent Mission of Norway to the United Nations Office at Geneva', ['Norway']],
    ['Statement by Ireland at the United Nations General Assembly', ['Ireland']],
    ['Message of the United Nations Secretary-General', ['United Nations']],
  ]
  it.each(cases)('finds the names in %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('findEntities with forums', () => {
  it('returns forums only when asked', () => {
    expect(findEntities('Statement to the UN Security Council', {forums: true}).map((entity) => [entity.name, entity.kind])).toEqual([['United Nations Security Council', 'forum']])
  })
})
