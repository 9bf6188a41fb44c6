import {describe, expect, it} from 'vitest'
import type {HeaderLine} from '../../src/normalise/metadata/header-lines.ts'
import {readPerson, readSignature} from '../../src/normalise/metadata/read-author.ts'
import {readHeader} from '../../src/normalise/metadata/read-header.ts'

/** Header lines as the header block gives them: blank lines between blocks, one line per line. */
function header(text: string): HeaderLine[] {
  return text.split(/\n\s*\n/u).flatMap((block, index) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({text: line, block: index, strong: null})),
  )
}

const read = (lines: string, body = '') => readHeader(header(lines), body)

describe('organisations', () => {
  const cases: [string, string, string, string[]][] = [
    // Joint statements: the delivering State first, then each member once.
    [
      'the speaker’s own country last in the body',
      'Joint Statement on the rights of survivors of explosive ordnance',
      'Mr. President,\n\nI have the honour to deliver this statement on behalf of a cross-regional group of seven States: Austria, Colombia, Mozambique, Norway, the Philippines, Thailand and my own country, Ireland.',
      ['Ireland', 'Austria', 'Colombia', 'Mozambique', 'Norway', 'Philippines', 'Thailand'],
    ],
    [
      'the delivering State in the title and in the body',
      'Statement by New Zealand',
      'I have the honour to speak on behalf of Austria, Chile and my own country, New Zealand.',
      ['New Zealand', 'Austria', 'Chile'],
    ],
    [
      '“I take the floor on behalf of”, with “&” and “the”',
      'Joint Statement on Explosive Weapons',
      'Mr. Chair,\n\nI take the floor on behalf of Austria, Chile, Trinidad & Tobago, the Gambia and Ireland.',
      ['Austria', 'Chile', 'Trinidad and Tobago', 'Gambia', 'Ireland'],
    ],
    [
      'a list of States after a colon, with asterisks, footnote numbers and index forms',
      'Joint Statement',
      'Madam President,\n\nI have the honour to deliver this statement on behalf of the following States:\n\nAustria*, Chile¹, Gambia (Republic of The), Congo (Democratic Republic of the), Korea (Republic of) and Mexico.\n\n* Observer State.',
      ['Austria', 'Chile', 'Gambia', 'Democratic Republic of the Congo', 'Republic of Korea', 'Mexico'],
    ],
    ['“also on behalf of” in the title', 'Statement by Ireland, also on behalf of Austria and Mexico', '', ['Ireland', 'Austria', 'Mexico']],
    [
      'French, “et de mon propre pays, la France”',
      'Déclaration de la France',
      "J’ai l’honneur de prendre la parole au nom de l’Autriche, du Mexique et de mon propre pays, la France.",
      ['France', 'Austria', 'Mexico'],
    ],
    ['Spanish, “y mi propio país”', 'Intervención de la República de Chile', 'Tengo el honor de intervenir en nombre de Colombia, México y mi propio país, Chile.', ['Chile', 'Colombia', 'Mexico']],
    // Someone else's statement is not this one's list.
    ['a State aligning itself with a group', 'Statement by Norway', 'Madam President,\n\nNorway aligns itself with the statement delivered on behalf of the European Union.', ['Norway']],
    [
      '“we align ourselves with the statement delivered by … on behalf of”',
      'Statement by Norway',
      'We align ourselves with the statement delivered by Ireland on behalf of the Nordic countries. I would like to add a few words.',
      ['Norway'],
    ],
    ['another State’s statement thanked for', 'Statement by Norway', 'We thank Ireland for the statement it made on behalf of the European Union.', ['Norway']],
    [
      'a list after a sentence that names no one',
      'Joint Statement',
      'I would like, on behalf of my delegation, to congratulate you. I also have the honour to speak on behalf of Austria and Chile.',
      ['Austria', 'Chile'],
    ],
    ['the chair of a committee is no organisation', 'Statement by the Chair of the Committee on Victim Assistance', '', []],
    // The State that speaks, in the six languages, by its UN short name in English.
    ['Intervención de la República de X', 'Intervención de la República de Colombia', '', ['Colombia']],
    ['Declaración de la delegación de X', 'Declaración de la delegación de los Estados Unidos Mexicanos', '', ['Mexico']],
    ['Declaración de los Estados Unidos de América', 'Declaración de los Estados Unidos de América', '', ['United States']],
    ['Intervención del Reino de España', 'Intervención del Reino de España', '', ['Spain']],
    ['Déclaration de la France', 'Déclaration de la France', '', ['France']],
    ['Intervention de la Suisse', 'Intervention de la Suisse', '', ['Switzerland']],
    ['Déclaration de l’Autriche', 'Déclaration de l’Autriche', '', ['Austria']],
    ['Déclaration du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord', 'Déclaration du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord', '', ['United Kingdom']],
    ['Déclaration de la République arabe syrienne', 'Déclaration de la République arabe syrienne', '', ['Syrian Arab Republic']],
    ['Выступление представителя Российской Федерации', 'Выступление представителя Российской Федерации', '', ['Russian Federation']],
    ['Заявление делегации Республики Казахстан', 'Заявление делегации Республики Казахстан', '', ['Kazakhstan']],
    ['Выступление делегации Соединённых Штатов Америки', 'Выступление делегации Соединённых Штатов Америки', '', ['United States']],
    ['كلمة وفد جمهورية مصر العربية', 'كلمة وفد جمهورية مصر العربية', '', ['Egypt']],
    ['بيان المملكة الأردنية الهاشمية', 'بيان المملكة الأردنية الهاشمية', '', ['Jordan']],
    ['بيان الجمهورية العربية السورية', 'بيان الجمهورية العربية السورية', '', ['Syrian Arab Republic']],
    ['中国代表团团长…发言', '中国代表团团长李松大使在裁军谈判会议上的发言', '', ['China']],
    ['中华人民共和国代表…发言', '中华人民共和国代表在第一委员会的发言', '', ['China']],
    // The forum is not an author.
    ['the Human Rights Council', 'Statement by Ireland to the Human Rights Council', '', ['Ireland']],
    ['the Conference on Disarmament and its acronym', 'Statement by Norway at the Conference on Disarmament (CD)', 'The Conference on Disarmament (CD) is the single multilateral forum.', ['Norway']],
    ['the First Committee of the United Nations General Assembly', 'Statement by Ireland at the United Nations General Assembly First Committee', '', ['Ireland']],
    ['the Security Council', 'Statement by Mexico to the United Nations Security Council', '', ['Mexico']],
    ['where a mission is accredited', 'Statement by the Permanent Mission of Ghana to the United Nations', '', ['Ghana']],
    // Bodies only mentioned are not listed.
    ['what the title is about', 'Statement by Norway on cooperation with UNICEF and the ICRC', 'We thank the ICRC for its work.', ['Norway']],
    ['an organisation thanked in the body', 'Statement by Norway', 'Madam President,\n\nWe thank the ICRC and UNMAS for their briefings.', ['Norway']],
  ]
  it.each(cases)('%s', (_name, lines, body, organisations) => {
    expect(read(lines, body).organisations).toEqual(organisations)
  })
})

describe('messages of the Secretary-General and the High Representative', () => {
  // The United Nations speaks. The speaker is whoever delivers the message; when no one else
  // does, the official named with the office ("António Guterres"); with no name, no one (`null`,
  // as for any statement that names no person).
  const cases: [string, string | null][] = [
    ['Message of the Secretary-General to the Conference on Disarmament\nDelivered by Tatiana Valovaya, Director-General of the United Nations Office at Geneva', 'Tatiana Valovaya, Director-General of the United Nations Office at Geneva'],
    ['Message of the Secretary-General to the Conference on Disarmament, delivered by Ms. Tatiana Valovaya', 'Ms. Tatiana Valovaya'],
    ['Message of United Nations Secretary-General António Guterres', 'António Guterres'],
    ['Video message of the Secretary-General', null],
    ['Mensaje del Secretario General', null],
    ['Message du Secrétaire général', null],
    ['Послание Генерального секретаря', null],
    ['رسالة الأمين العام', null],
    ['秘书长致辞', null],
    ['Statement by Izumi Nakamitsu, Under-Secretary-General and High Representative for Disarmament Affairs', 'Izumi Nakamitsu, Under-Secretary-General and High Representative for Disarmament Affairs'],
    // Who delivers, in brackets after the title or on a line of its own; the office they serve is the United Nations.
    [
      "Secretary-General's message to the Tenth Review Conference [delivered by Mr. Tomas Ek, Chief, Vienna Branch, Office for Disarmament Affairs]",
      'Mr. Tomas Ek, Chief, Vienna Branch, Office for Disarmament Affairs',
    ],
    ['Mensaje del Secretario General a la Conferencia\n[Pronunciado por la Sra. Ana Gil, Directora de la Oficina de Asuntos de Desarme]', 'Sra. Ana Gil, Directora de la Oficina de Asuntos de Desarme'],
  ]
  it.each(cases)('reads %j', (lines, speaker) => {
    expect(read(lines)).toMatchObject({organisations: ['United Nations'], speaker})
  })

  it('takes no page label for the title, and joins a title line with the line that goes on with a preposition', () => {
    expect(read('Speech\nUK statement to the Meeting of States Parties').title).toBe('UK statement to the Meeting of States Parties')
    expect(read('Disarmament and international security\n\n03-10-2024 Statement\n\nStatement by the IFRC, First Committee, New York, 3 October 2024').title).not.toMatch(/^03-10-2024/)
    expect(read('Statement\nof the International Committee of the Red Cross').title).toBe('Statement of the International Committee of the Red Cross')
    expect(read('Statement of the Arab Group\nbefore the First Committee').title).toBe('Statement of the Arab Group before the First Committee')
  })

  it('takes the State that speaks of itself in the first paragraphs when the header names no one', () => {
    const body = 'Monsieur le Président,\n\nLa Suisse tient à vous remercier. Nous saluons le rapport.\n\nLa Suisse poursuivra son action.'
    expect(read('Universalisation point 10 - intervention de SEM Jean Morel', body).organisations).toEqual(['Switzerland'])
    // Once is no evidence: a State named at the start of one sentence may be the one spoken of.
    expect(read('Universalisation point 10', 'Mr. President,\n\nUkraine has suffered greatly. We stand with it.').organisations).toEqual([])
  })

  it('takes a web page’s headline for the title when the statement line only says who delivers it', () => {
    expect(read('Testland Ministry of Foreign Affairs.\nMeeting of High Contracting Parties: General Exchange of Views\nStatement delivered by Dr. Ana Ruiz, Geneva, 12 November 2025')).toMatchObject({
      title: 'Meeting of High Contracting Parties: General Exchange of Views',
      speaker: 'Dr. Ana Ruiz',
      dates: {start: '2025-11-12', end: '2025-11-12'},
    })
  })

  it('keeps the bracketed delivery out of the title', () => {
    expect(read("Secretary-General's message to the Tenth Review Conference [delivered by Mr. Tomas Ek]").title).toBe("Secretary-General's message to the Tenth Review Conference")
  })

  it('does not take another organisation’s Secretary-General for the United Nations', () => {
    expect(read('Message of the Secretary-General of NATO').organisations).toEqual(['North Atlantic Treaty Organization'])
    expect(read('Statement by Norway\nDelivered by Ms. Jane Doe, Secretary-General of the ICBL')).toMatchObject({
      organisations: ['International Campaign to Ban Landmines', 'Norway'],
      speaker: 'Ms. Jane Doe, Secretary-General of the ICBL',
    })
  })
})

describe('speakers', () => {
  const cases: [string, string, string | null][] = [
    ['Delivered by Ambassador Kari Nordheim', '', 'Ambassador Kari Nordheim'],
    ['Statement delivered by Dr. Ana Ruiz, Disarmament Ambassador, Geneva, 12 November 2025', '', 'Dr. Ana Ruiz, Disarmament Ambassador'],
    [
      'Delivered by Ms. Ana Ruiz, Deputy Permanent Representative to the Conference on Disarmament, on behalf of a group of States.',
      '',
      'Ms. Ana Ruiz, Deputy Permanent Representative to the Conference on Disarmament',
    ],
    ['Delivered by Kari Nordheim, Permanent Representative of Norway', '', 'Kari Nordheim, Permanent Representative of Norway'],
    ['Delivered by Mr. J. R. Smith', '', 'Mr. J. R. Smith'],
    ['Statement by H.E. Mr. John Smith, Permanent Representative', '', 'H.E. Mr. John Smith, Permanent Representative'],
    ['Statement by Amb. Kari Nordheim', '', 'Amb. Kari Nordheim'],
    ['Statement by Dr. Jane Smith, Legal Adviser, ICRC', '', 'Dr. Jane Smith, Legal Adviser'],
    ['Intervención de S.E. Sra. María López, Embajadora, Representante Permanente de México', '', 'S.E. Sra. María López, Embajadora, Representante Permanente de México'],
    ['Déclaration de S.E. M. Jean Dupont, Ambassadeur', '', 'S.E. M. Jean Dupont, Ambassadeur'],
    ['Intervention de Mme Marie Lefèvre', '', 'Mme Marie Lefèvre'],
    ['Victim assistance point 9 - intervention de SEM Jean Morel', '', 'SEM Jean Morel'],
    ['Statement by Ms. Ana Gil, Permanent Observer of the ICRC to the United Nations', '', 'Ms. Ana Gil, Permanent Observer of the ICRC to the United Nations'],
    // A page's summary sentence under the title: the name ends where the verb starts.
    ['Speech\nUK statement to the Meeting\nAmbassador Jo Vale-Hart reaffirmed support for a mine-free world.', '', 'Ambassador Jo Vale-Hart'],
    ['Intervención del Sr. Juan Pérez', '', 'Sr. Juan Pérez'],
    ['Выступление Г-на И.И. Иванова, Постоянного представителя', '', 'Г-н И.И. Иванов, Постоянный представитель'],
    ['Выступление заместителя Министра иностранных дел Российской Федерации С.А. Рябкова', '', 'заместитель Министра иностранных дел Российской Федерации С.А. Рябков'],
    ['Statement by the Minister for Foreign Affairs of Ireland, Mr. Simon Harris', '', 'Minister for Foreign Affairs of Ireland, Mr. Simon Harris'],
    ['Statement by Ireland\nГ-н Иван Петров', '', 'Г-н Иван Петров'],
    ['كلمة السفير محمد عبد الله، المندوب الدائم', '', 'السفير محمد عبد الله، المندوب الدائم'],
    ['بيان دولة قطر\nالسيد محمد عبد الله', '', 'السيد محمد عبد الله'],
    // Her function follows the name; hamza spellings are read as folded ("نائبة", "رئيس").
    ['كلمة اللجنة الدولية\nألقتها السيدة هدى سالم، نائبة رئيس اللجنة الدولية', '', 'السيدة هدى سالم، نائبة رئيس اللجنة الدولية'],
    ['中国代表团团长李松大使在裁军谈判会议上的发言', '', '中国代表团团长李松大使'],
    ['H.E. Mr. Seán Murphy\nMinister of State for Foreign Affairs of Ireland', '', 'H.E. Mr. Seán Murphy'],
    // A name without a title, with its function on the next line.
    ['Statement by Norway\nKari Nordheim\nPermanent Representative', '', 'Kari Nordheim'],
    // A title line, then who delivers it on a line that opens with “by”.
    ['Opening Statement for the Delegation of Norway\nby Kari Nordheim, Legal Adviser,\nHead of Delegation', '', 'Kari Nordheim, Legal Adviser, Head of Delegation'],
    ['Intervention de la délégation de la France\npar M. Jean Dupont, Ambassadeur', '', 'M. Jean Dupont, Ambassadeur'],
    // From the first paragraph, with abbreviations that do not end the sentence.
    ['Statement by Ghana', 'This statement is delivered by H.E. Mr. John Mensah on behalf of Ghana. Thank you.', 'H.E. Mr. John Mensah'],
    // No one named.
    ['Statement by Ireland\nGeneral Debate', '', null],
    ['Statement by the Landmine Survivors Initiative', '', null],
    ['Delivered by the Permanent Representative of Norway', '', null],
    ['中华人民共和国代表在第一委员会的发言', '', null],
  ]
  it.each(cases)('reads %j', (lines, body, speaker) => {
    expect(read(lines, body).speaker).toBe(speaker)
  })

  it('reads a one-line header: the speaker, then the meeting and date from the rest of the line', () => {
    const meta = read('Statement by H.E. Ms Ana Ruiz, Permanent Representative, at the Fifth Meeting of States Parties, Lusaka, 2 September 2014')
    expect(meta).toMatchObject({
      speaker: 'H.E. Ms Ana Ruiz, Permanent Representative',
      meeting: '5th Meeting of States Parties',
      dates: {start: '2014-09-02', end: '2014-09-02'},
    })
  })

  it('reads the meeting from the rest of a speaker’s line', () => {
    const meta = read('H.E. Ms Ana Ruiz, Permanent Representative, at the Fifth Meeting of States Parties, 2 September 2014')
    expect(meta).toMatchObject({speaker: 'H.E. Ms Ana Ruiz, Permanent Representative', meeting: '5th Meeting of States Parties'})
  })

  it('reads the State from the function before the name', () => {
    expect(read('Statement by the Minister for Foreign Affairs of Ireland, Mr. Simon Harris')).toMatchObject({
      organisations: ['Ireland'],
      speaker: 'Minister for Foreign Affairs of Ireland, Mr. Simon Harris',
    })
  })

  it('takes no meeting from the speaker’s accreditation on the title line', () => {
    const meta = read('Statement by Ambassador Kari Nordheim, Permanent Representative of Norway to the Conference on Disarmament\n\nGeneva, 3 March 2025')
    expect(meta).toMatchObject({speaker: 'Ambassador Kari Nordheim, Permanent Representative of Norway to the Conference on Disarmament', organisations: ['Norway'], meeting: null})
  })
})

describe('readPerson', () => {
  it.each([
    ['H.E. Ms Ana Ruiz, Permanent Representative, at the Fifth Meeting', 'H.E. Ms Ana Ruiz, Permanent Representative'],
    ['Ambassador Kari Nordheim Permanent Representative of Norway', 'Ambassador Kari Nordheim Permanent Representative of Norway'],
    ['the Hon. Penny Wong, Minister for Foreign Affairs', 'Hon. Penny Wong, Minister for Foreign Affairs'],
    ['Mr. Kwabena Asante-Darko, Minister-Counsellor', 'Mr. Kwabena Asante-Darko, Minister-Counsellor'],
    ['Sr. Vicente Pérez, Vice-Presidente', 'Sr. Vicente Pérez, Vice-Presidente'],
    // The function first, then the name
    ['the Minister for Foreign Affairs of Ireland, Mr. Simon Harris', 'Minister for Foreign Affairs of Ireland, Mr. Simon Harris'],
    ['Заместитель Министра иностранных дел Российской Федерации С.А. Рябков', 'Заместитель Министра иностранных дел Российской Федерации С.А. Рябков'],
    ['Постоянный представитель Российской Федерации Иванов И.И. на Конференции', 'Постоянный представитель Российской Федерации Иванов И.И.'],
  ])('reads %j', (text, speaker) => {
    expect(readPerson(text)?.speaker).toBe(speaker)
  })

  it.each([['Ireland'], ['the Republic of Ghana'], ['Permanent Representative of Norway'], ['General Debate'], ['the Landmine Survivors Initiative']])('finds no person in %j', (text) => {
    expect(readPerson(text)).toBeNull()
  })
})

describe('readSignature', () => {
  const signed: [string[], string][] = [
    [['Thank you.', 'Ambassador Kari Nordheim\nPermanent Representative'], 'Ambassador Kari Nordheim'],
    [['(Signed) Kari Nordheim'], 'Kari Nordheim'],
    [['[signed] H.E. Mr. John Smith'], 'H.E. Mr. John Smith'],
    [['Kari Nordheim\nPermanent Representative of Norway\nGeneva, 3 March 2025'], 'Kari Nordheim'],
    [['H.E. Ms Ana Ruiz, Permanent Representative'], 'H.E. Ms Ana Ruiz, Permanent Representative'],
    [['Ambassador Kari Nordheim Permanent Representative'], 'Ambassador Kari Nordheim Permanent Representative'],
    [['Jean Dupont\nAmbassadeur, Représentant permanent de la France'], 'Jean Dupont'],
    [['Г-н И.И. Иванов\nПостоянный представитель'], 'Г-н И.И. Иванов'],
    [['السفير محمد عبد الله\nالمندوب الدائم'], 'السفير محمد عبد الله'],
    [['**Ambassador Kari Nordheim**', '* * *'], 'Ambassador Kari Nordheim'],
  ]
  it.each(signed)('reads the signature in %j', (paragraphs, speaker) => {
    expect(readSignature(paragraphs)).toBe(speaker)
  })

  it.each([
    [['Thank you.']],
    [['Thank you, Madam President.']],
    [['We look forward to working with all of you.']],
    [['Madam President']],
    [['Kari Nordheim']],
    [['Geneva, 3 March 2025']],
    [['***']],
    [[]],
  ])('finds no signature in %j', (paragraphs) => {
    expect(readSignature(paragraphs)).toBeNull()
  })
})
