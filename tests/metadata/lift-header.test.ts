import {describe, expect, it} from 'vitest'
import {normalise} from '../../src/normalise/index.ts'

/** The metadata a header gives, without the front-matter-only fields. */
function read(source: string) {
  const {meta, markdown, messages} = normalise(source)
  const {order: _order, draft: _draft, embargo: _embargo, ...fields} = meta
  const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5).trim()
  return {fields, body, messages}
}

describe('liftHeader', () => {
  it('reads an English State statement with the speaker on its own line and an ALL-CAPS bold meeting', () => {
    const {fields, body} = read(`**STATEMENT BY H.E. AMBASSADOR KARI NORDHEIM**
**PERMANENT REPRESENTATIVE OF NORWAY**

**TWENTY-SECOND MEETING OF STATES PARTIES TO THE ANTI-PERSONNEL MINE BAN CONVENTION**
**GENEVA, 1–5 DECEMBER 2025**

**Item 9 (d): Cooperation and assistance**

Mr. President,

Norway aligns itself with the statement delivered on behalf of the European Union.
`)
    expect(fields).toMatchObject({
      title: 'STATEMENT BY H.E. AMBASSADOR KARI NORDHEIM',
      organisations: ['Norway'],
      speaker: 'H.E. Ambassador Kari Nordheim',
      meeting: '22nd Meeting of States Parties',
      convention: 'Anti-Personnel Mine Ban Convention',
      meetingKey: 'apmbc-22msp',
      venue: 'Geneva',
      dates: {start: '2025-12-01', end: '2025-12-05'},
      agendaItem: {number: '9 (d)', key: '9d', title: 'Cooperation and assistance'},
      language: 'en',
    })
    expect(body.startsWith('Mr. President,')).toBe(true)
  })

  it('reads a statement on behalf of the European Union', () => {
    const {fields} = read(`Statement on behalf of the European Union

Twenty-Second Meeting of States Parties to the Mine Ban Convention
Geneva, 1-5 December 2025

Agenda item 10b – Universalization

Madam President,

I have the honour to speak on behalf of the European Union and its Member States.
`)
    expect(fields).toMatchObject({
      title: 'Statement on behalf of the European Union',
      organisations: ['European Union'],
      speaker: null,
      meetingKey: 'apmbc-22msp',
      agendaItem: {number: '10b', key: '10b', title: 'Universalization'},
    })
  })

  it('reads a French statement with its speaker after “prononcée par”', () => {
    const {fields, body} = read(`Vérifier au prononcé

Vingt-deuxième Assemblée des États parties à la Convention d’Ottawa
Genève, 1er – 5 décembre 2025

Point 10 b) de l’ordre du jour : Coopération et assistance internationales

Déclaration de la France
prononcée par S.E. M. Jean Dupont, Ambassadeur, Représentant permanent

Monsieur le Président,

La France remercie la présidence pour la préparation de cette session et pour son engagement.
`)
    expect(fields).toMatchObject({
      title: 'Déclaration de la France',
      organisations: ['France'],
      speaker: 'S.E. M. Jean Dupont, Ambassadeur, Représentant permanent',
      meeting: '22nd Meeting of States Parties',
      meetingKey: 'apmbc-22msp',
      venue: 'Geneva',
      dates: {start: '2025-12-01', end: '2025-12-05'},
      agendaItem: {number: '10 b)', key: '10b', title: 'Coopération et assistance internationales'},
      language: 'fr',
      checkAgainstDelivery: true,
    })
    expect(body.startsWith('Monsieur le Président,')).toBe(true)
  })

  it('reads a Spanish statement', () => {
    const {fields} = read(`Cotejar con el discurso pronunciado

Vigésima Segunda Reunión de los Estados Partes de la Convención sobre la prohibición de minas antipersonal
Ginebra, 1 al 5 de diciembre de 2025

Tema 8 d) de la agenda: Asistencia a las víctimas

Intervención de la delegación de Colombia

Señora Presidenta:

Colombia agradece la oportunidad de intervenir en esta reunión y reafirma su compromiso con la Convención.
`)
    expect(fields).toMatchObject({
      title: 'Intervención de la delegación de Colombia',
      organisations: ['Colombia'],
      meeting: '22nd Meeting of States Parties',
      meetingKey: 'apmbc-22msp',
      venue: 'Geneva',
      agendaItem: {number: '8 d)', key: '8d', title: 'Asistencia a las víctimas'},
      language: 'es',
      checkAgainstDelivery: true,
    })
  })

  it('reads a Russian statement whose agenda line has no title', () => {
    const {fields} = read(`Проверить по факту выступления

Выступление делегации Российской Федерации

Двадцать второе совещание государств – участников Конвенции о запрещении применения, накопления запасов, производства и передачи противопехотных мин и об их уничтожении

Женева, 1–5 декабря 2025 года

Пункт 9 d) повестки дня

Уважаемая госпожа Председатель,

Российская Федерация внимательно изучила доклад и хотела бы высказать ряд замечаний.
`)
    expect(fields).toMatchObject({
      title: 'Выступление делегации Российской Федерации',
      organisations: ['Russian Federation'],
      meetingKey: 'apmbc-22msp',
      venue: 'Geneva',
      dates: {start: '2025-12-01', end: '2025-12-05'},
      agendaItem: {number: '9 d)', key: '9d', title: null},
      language: 'ru',
      checkAgainstDelivery: true,
    })
  })

  it('reads an Arabic statement', () => {
    const {fields} = read(`يرجى المراجعة عند الإلقاء

كلمة جمهورية مصر العربية

الاجتماع الثاني والعشرون للدول الأطراف في اتفاقية حظر استعمال وتخزين وإنتاج ونقل الألغام المضادة للأفراد وتدمير تلك الألغام

جنيف، 1-5 ديسمبر 2025

البند 5 من جدول الأعمال: تبادل عام للآراء

السيدة الرئيسة،

يسرني أن أهنئكم على انتخابكم لرئاسة هذا الاجتماع، وأن أؤكد لكم دعم وفد بلادي الكامل.
`)
    expect(fields).toMatchObject({
      title: 'كلمة جمهورية مصر العربية',
      organisations: ['Egypt'],
      meeting: '22nd Meeting of States Parties',
      meetingKey: 'apmbc-22msp',
      venue: 'Geneva',
      dates: {start: '2025-12-01', end: '2025-12-05'},
      agendaItem: {number: '5', key: '5', title: 'تبادل عام للآراء'},
      language: 'ar',
      checkAgainstDelivery: true,
    })
  })

  it('reads a joint statement whose list of States wraps, delivering State first and each once', () => {
    const {fields} = read(`# Joint Statement on Explosive Weapons

Delivered by Mexico on behalf of Austria, Chile, Costa Rica,
Ireland, New Zealand and Mexico

UNGA 80 – First Committee – Conventional weapons cluster
New York, October 20-24, 2025

Mr. Chair,

We have the honour to speak on behalf of this group of States.
`)
    expect(fields).toMatchObject({
      title: 'Joint Statement on Explosive Weapons',
      organisations: ['Mexico', 'Austria', 'Chile', 'Costa Rica', 'Ireland', 'New Zealand'],
      speaker: null,
      meeting: 'First Committee, 80th session of the United Nations General Assembly',
      meetingKey: 'unga80-c1',
      venue: 'New York',
      dates: {start: '2025-10-20', end: '2025-10-24'},
    })
  })

  it('reads the speaker from a “Delivered by” line with a colon', () => {
    const {fields} = read(`Statement by the Republic of Ireland

Meeting of the High Contracting Parties to the CCW
Geneva, 12–14 November 2025

Delivered by: Ms. Aoife Byrne, Deputy Permanent Representative

Mr. Chair,

Thank you for giving me the floor today, Mr. Chair, and for your work this year.
`)
    expect(fields).toMatchObject({
      organisations: ['Ireland'],
      speaker: 'Ms. Aoife Byrne, Deputy Permanent Representative',
      meetingKey: 'ccw-mhcp2025',
    })
  })

  it('stops the header at the first prose paragraph when there is no salutation', () => {
    const {fields, body} = read(`**Statement by Austria**
**Third Meeting of States Parties to the TPNW, New York, 3–7 March 2025**

Austria welcomes the convening of this Meeting. The Treaty is a milestone in our shared effort to rid the world of nuclear weapons, and we remain fully committed to it.
`)
    expect(fields).toMatchObject({organisations: ['Austria'], meetingKey: 'tpnw-3msp', venue: 'New York'})
    expect(body.startsWith('Austria welcomes')).toBe(true)
  })

  it('lifts nothing from a statement without a header', () => {
    const source = 'Madam President,\n\nWe thank you for your leadership. This statement has no header at all.\n'
    const {fields, body, messages} = read(source)
    expect(fields.heading).toEqual([])
    expect(fields.title).toBeNull()
    expect(body).toBe(source.trim())
    expect(messages.filter((message) => message.ruleId === 'lift-header')).toEqual([])
  })

  it('lifts nothing when front matter already gives the heading (normalised before)', () => {
    const {fields, body} = read(`---
title: Already done
heading: [Statement by Ireland]
---

Statement by Ireland

Geneva, 3 March 2025

Madam President,

Text.
`)
    expect(fields.heading).toEqual(['Statement by Ireland'])
    expect(fields.dates).toBeNull()
    expect(body.startsWith('Statement by Ireland')).toBe(true)
  })

  it('removes the rule after the header and reports the lift with its place', () => {
    const {fields, body, messages} = read(`**Statement by Ireland**
**Geneva, 3 March 2025**

---

Madam President,

Ireland thanks you.
`)
    expect(fields.heading).toEqual(['Statement by Ireland', 'Geneva, 3 March 2025'])
    expect(body.startsWith('Madam President,')).toBe(true)
    const lift = messages.find((message) => message.ruleId === 'lift-header')
    expect(lift?.line).toBe(1)
    expect(lift?.fatal).not.toBe(true)
  })

  it('lifts a lone “Check against delivery” paragraph found after the header', () => {
    const {fields, body} = read(`Statement by Ireland

Madam President,

Check against delivery

Ireland thanks you for your leadership this week.
`)
    expect(fields.checkAgainstDelivery).toBe(true)
    expect(fields.heading).toContain('Check against delivery')
    expect(body).not.toContain('Check against delivery')
  })

  it('lets front matter fields override what the header says', () => {
    const {fields} = read(`---
venue: Lausanne
---

Statement by Ireland
Geneva, 3 March 2025

Madam President,

Text.
`)
    expect(fields.venue).toBe('Lausanne')
    expect(fields.dates).toEqual({start: '2025-03-03', end: '2025-03-03'})
  })

  it('reads a Chinese statement and keeps the salutation in the body', () => {
    const {fields, body} = read(`中华人民共和国代表团在《特定常规武器公约》缔约方会议上的发言

2025年11月12日，日内瓦

主席先生：

中国代表团祝贺您当选本次会议主席，并感谢执行支助股为会议所做的准备工作。中国一贯支持公约的宗旨和目标。
`)
    expect(fields).toMatchObject({
      organisations: ['China'],
      meeting: '2025 Meeting of the High Contracting Parties',
      convention: 'Convention on Certain Conventional Weapons',
      meetingKey: 'ccw-mhcp2025',
      venue: 'Geneva',
      dates: {start: '2025-11-12', end: '2025-11-12'},
      language: 'zh',
    })
    expect(body.startsWith('主席先生：')).toBe(true)
  })

  it('takes the organisation from a dropped logo line when the header names none', () => {
    const {fields} = read(`IRELAND

Statement at the Fifth Review Conference of the Convention on Cluster Munitions
Geneva, 9 September 2026

Madam President,

Ireland is pleased to take the floor.
`)
    expect(fields).toMatchObject({organisations: ['Ireland'], meetingKey: 'ccm-5rc'})
  })

  it('takes an organisation it does not know from “Statement by …”', () => {
    const {fields} = read(`Statement by the Landmine Survivors Initiative
22nd Meeting of States Parties
2025-12-01

Madam President,

The Landmine Survivors Initiative thanks you. We speak for survivors of the Anti-Personnel Mine Ban Convention’s mines.
`)
    expect(fields).toMatchObject({
      organisations: ['Landmine Survivors Initiative'],
      // The treaty comes from the body when the header names only the meeting.
      meetingKey: 'apmbc-22msp',
      dates: {start: '2025-12-01', end: '2025-12-01'},
    })
  })

  it('finishes a title that ends in “by” with the speaker’s line and finds the State in the function line', () => {
    const {fields} = read(`Statement by
H.E. Mr. Seán Murphy
Minister of State for Foreign Affairs of Ireland

Fifth Review Conference of the Ottawa Convention
Siem Reap, 25 November 2024

Madam President,

Thank you.
`)
    expect(fields).toMatchObject({
      title: 'Statement by H.E. Mr. Seán Murphy',
      organisations: ['Ireland'],
      speaker: 'H.E. Mr. Seán Murphy',
      meetingKey: 'apmbc-5rc',
      venue: 'Siem Reap',
    })
  })

  it.each([
    [
      'Intervention de Mme Marie Lefèvre, Représentante permanente de la Belgique\n\nAssemblée des États parties à la Convention d’Ottawa, Genève, 3 juin 2025\n\nMadame la Présidente,\n\nMerci.\n',
      'Mme Marie Lefèvre, Représentante permanente de la Belgique',
      ['Belgium'],
    ],
    [
      'Intervención del Excmo. Sr. Juan Pérez, Embajador de Chile\n\nUndécima Reunión de los Estados Partes, Convención sobre Municiones en Racimo\nGinebra, 11 al 14 de septiembre de 2023\n\nSeñor Presidente:\n\nGracias.\n',
      'Excmo. Sr. Juan Pérez, Embajador de Chile',
      ['Chile'],
    ],
  ])('reads the speaker named in the title %#', (source, speaker, organisations) => {
    expect(read(source).fields).toMatchObject({speaker, organisations})
  })

  it('reads a header in capitals with the treaty before the meeting', () => {
    const {fields} = read(`CONVENTION ON CLUSTER MUNITIONS
ELEVENTH MEETING OF STATES PARTIES
GENEVA, 11-14 SEPTEMBER 2023
STATEMENT BY SOUTH AFRICA
THEMATIC DEBATE: VICTIM ASSISTANCE

Mr President,

South Africa thanks you.
`)
    expect(fields).toMatchObject({
      title: 'STATEMENT BY SOUTH AFRICA',
      organisations: ['South Africa'],
      meeting: '11th Meeting of States Parties',
      meetingKey: 'ccm-11msp',
      venue: 'Geneva',
      dates: {start: '2023-09-11', end: '2023-09-14'},
      agendaItem: null,
    })
  })

  it('reads who delivers from the first paragraph when the header does not say', () => {
    const {fields} = read(`Joint Statement on National Implementation
22nd Meeting of States Parties, 1-5 December 2025

This statement is delivered by Ambassador Kari Nordheim on behalf of the International Committee of the Red Cross and Norway. It covers national implementation.

Madam President,

Text.
`)
    expect(fields).toMatchObject({
      speaker: 'Ambassador Kari Nordheim',
      organisations: ['International Committee of the Red Cross', 'Norway'],
    })
  })

  it.each([
    {name: 'lifts a header that is only a title', source: 'Statement by Ireland\n\nMadam President,\n\nIreland thanks you.\n', heading: ['Statement by Ireland'], bodyStart: 'Madam President,'},
    {name: 'leaves a first line that reads as no header line in the body', source: 'Opening words\n\nMadam President,\n\nIreland thanks you.\n', heading: [], bodyStart: 'Opening words'},
    {name: 'stops at a short first sentence of the statement', source: 'Statement by Ireland\n\nIreland aligns itself with the EU.\n\nWe thank you.\n', heading: ['Statement by Ireland'], bodyStart: 'Ireland aligns itself with the EU.'},
  ])('$name', ({source, heading, bodyStart}) => {
    const {fields, body} = read(source)
    expect(fields.heading).toEqual(heading)
    expect(body.startsWith(bodyStart)).toBe(true)
  })

  it('takes the title and the organisation from a header that is only a title', () => {
    expect(read('Statement by Ireland\n\nMadam President,\n\nIreland thanks you.\n').fields).toMatchObject({title: 'Statement by Ireland', organisations: ['Ireland']})
  })

  it('does not take the meeting from where the speaker is accredited', () => {
    const {fields} = read(`Statement by Ambassador Kari Nordheim
Permanent Representative of Norway to the Conference on Disarmament

Geneva, 3 March 2025

Mr. President,

Thank you.
`)
    expect(fields).toMatchObject({meeting: null, meetingKey: null, organisations: ['Norway'], speaker: 'Ambassador Kari Nordheim'})
  })
})
