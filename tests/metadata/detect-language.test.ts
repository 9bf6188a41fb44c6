import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/normalise/metadata/detect-language.ts'

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['en', 'We welcome the opportunity to address this Meeting. The Convention has saved many lives, and its States Parties have cleared large areas of land that are now used by communities for farming.'],
    ['fr', 'La Belgique vous remercie pour la préparation de cette session. Nous encourageons les États parties à associer les organisations de survivants à la préparation de leurs plans nationaux et de leurs rapports.'],
    ['es', 'Mi delegación desea felicitarle por la conducción de esta reunión y agradecer a los coordinadores por el informe presentado, que ofrece una visión clara de los avances y de los desafíos pendientes.'],
    ['pt', 'A minha delegação agradece a oportunidade de se dirigir a esta reunião. O Brasil reafirma o seu compromisso com a Convenção e com a assistência às vítimas nas comunidades afetadas.'],
    ['de', 'Die Bundesrepublik Deutschland dankt dem Präsidenten für die Vorbereitung dieser Tagung. Wir unterstützen die Arbeit der Koordinatoren und setzen uns für die vollständige Umsetzung des Übereinkommens ein.'],
    ['ru', 'Прежде всего позвольте поздравить Вас с избранием на пост Председателя Совещания и заверить Вас в полной поддержке со стороны нашей делегации.'],
    ['ar', 'السيد الرئيس، يسرني أن أهنئكم على انتخابكم لرئاسة هذا الاجتماع، وأن أؤكد لكم دعم وفد بلادي الكامل لجهودكم من أجل إنجاح أعمال هذه الدورة.'],
    ['zh', '主席先生，中国代表团祝贺您当选本次会议主席，并感谢执行支助股为会议所做的准备工作。中国一贯支持公约的宗旨和目标。'],
  ]
  it.each(cases)('detects %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language)
  })

  it('says nothing about text too short to tell: under 20 words', () => {
    expect(detectLanguage('ICRC')).toBeNull()
    expect(detectLanguage('')).toBeNull()
    const eighteen = 'We welcome the report of the Coordinators and thank them for the care with which they prepared it.'
    expect(detectLanguage(eighteen)).toBeNull()
    expect(detectLanguage(`${eighteen} Thank you.`)).toBe('en')
    expect(detectLanguage('主席先生，中国代表团祝贺您当选主席。')).toBeNull()
  })

  it('says nothing when no language has a majority', () => {
    const halves = [
      'Madam President, the first paragraph follows the salutation.',
      'Monsieur le Président, le deuxième paragraphe suit la salutation.',
      'Señor Presidente: el tercer párrafo sigue al saludo.',
      'Уважаемый господин Председатель, четвёртый абзац следует за обращением.',
      'السيد الرئيس، الفقرة الخامسة تتبع التحية.',
    ].join('\n')
    expect(detectLanguage(halves)).toBeNull()
    expect(detectLanguage('We thank the President for the report and the Coordinators for their work. Nous remercions le Président pour son rapport et les coordinateurs pour leur travail.')).toBeNull()
  })

  it('reads a statement that quotes another language in its own', () => {
    expect(
      detectLanguage(
        'As the survivors we met in Colombia told us, «nada sobre nosotros sin nosotros». We ask every State Party to involve survivors in the preparation of their national plans and reports, and to fund their organisations.',
      ),
    ).toBe('en')
  })
})
