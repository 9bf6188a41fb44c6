import {describe, expect, it} from 'vitest'
import {parseMeeting} from '../../src/normalise/metadata/parse-meeting.ts'

const APMBC = 'Anti-Personnel Mine Ban Convention'
const CCM = 'Convention on Cluster Munitions'
const CCW = 'Convention on Certain Conventional Weapons'

describe('parseMeeting', () => {
  const cases: [string, number | null, string | null, string | null, string | null][] = [
    // English, numbered and spelled out, title case and capitals
    ['23rd Meeting of States Parties to the\nAnti-Personnel Mine Ban Convention', 2026, '23rd Meeting of States Parties', APMBC, 'apmbc-23msp'],
    ['Anti-Personnel Mine Ban Convention 22nd Meeting of States Parties', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['5th Review Conference of the\nAnti-personnel Mine Ban Convention', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    ['Fifth Review Conference of the Ottawa Convention', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    ['Twenty-Second Meeting of the States Parties to the Mine Ban Treaty', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['THIRTEENTH MEETING OF STATES PARTIES TO THE\nCONVENTION ON CLUSTER MUNITIONS', 2025, '13th Meeting of States Parties', CCM, 'ccm-13msp'],
    ['Intersessional Meetings of the APMBC', 2025, '2025 Intersessional Meetings', APMBC, 'apmbc-im2025'],
    ['Meeting of the High Contracting Parties to the Convention on Certain\nConventional Weapons (CCW)', 2025, '2025 Meeting of the High Contracting Parties', CCW, 'ccw-mhcp2025'],
    [
      'Meeting of the High Contracting Parties to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects',
      2025, '2025 Meeting of the High Contracting Parties', CCW, 'ccw-mhcp2025',
    ],
    ['Eleventh Conference of States Parties to the Arms Trade Treaty', 2025, '11th Conference of States Parties', 'Arms Trade Treaty', 'att-11csp'],
    ['Third Meeting of States Parties to the TPNW', 2025, '3rd Meeting of States Parties', 'Treaty on the Prohibition of Nuclear Weapons', 'tpnw-3msp'],
    ['Tenth Review Conference of the Parties to the NPT', 2022, '10th Review Conference', 'Treaty on the Non-Proliferation of Nuclear Weapons', 'npt-10rc'],
    [
      'First session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
      2023, '1st session of the Preparatory Committee for the 2026 Review Conference', 'Treaty on the Non-Proliferation of Nuclear Weapons', 'npt-prepcom1-2026',
    ],
    ['Meeting of States Parties to the Biological Weapons Convention', 2024, '2024 Meeting of States Parties', 'Biological Weapons Convention', 'bwc-msp2024'],
    ['Twenty-Ninth Session of the Conference of the States Parties to the Chemical Weapons Convention', 2024, '29th Conference of States Parties', 'Chemical Weapons Convention', 'cwc-29csp'],
    ['CCW Group of Governmental Experts on emerging technologies', 2025, '2025 Group of Governmental Experts', CCW, 'ccw-gge2025'],
    ['CCM/13MSP', 2025, '13th Meeting of States Parties', CCM, 'ccm-13msp'],
    // A number word written for the ordinal, as headings on real pages do
    ['EU Statement – Twelve Meeting of States Parties to the Convention on Cluster Munitions', 2024, '12th Meeting of States Parties', CCM, 'ccm-12msp'],
    ['Twenty Two Meeting of the States Parties to the Ottawa Convention', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Report on the two, Meeting of States Parties to the Convention on Cluster Munitions', 2024, '2024 Meeting of States Parties', CCM, 'ccm-msp2024'],
    // French
    ['Vingt-deuxième Assemblée des États parties à la Convention d’Ottawa', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Réunions intersessionnelles de la Convention sur l’interdiction des mines antipersonnel', 2025, '2025 Intersessional Meetings', APMBC, 'apmbc-im2025'],
    ['Cinquième Conférence d’examen de la Convention sur l’interdiction des mines antipersonnel', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    ['13e Assemblée des États parties à la Convention sur les armes à sous-munitions', 2025, '13th Meeting of States Parties', CCM, 'ccm-13msp'],
    // Spanish
    ['Duodécima Reunión de los Estados Partes en la Convención sobre Municiones en Racimo', 2024, '12th Meeting of States Parties', CCM, 'ccm-12msp'],
    ['Vigésima Segunda Reunión de los Estados Partes de la Convención de Ottawa', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['22.ª Reunión de los Estados Partes en la Convención sobre la prohibición de minas antipersonal', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Quinta Conferencia de Examen de la Convención de Ottawa', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    // Russian
    [
      'Совещание Высоких Договаривающихся Сторон Конвенции о запрещении или ограничении применения конкретных видов обычного оружия, которые могут считаться наносящими чрезмерные повреждения или имеющими неизбирательное действие',
      2025, '2025 Meeting of the High Contracting Parties', CCW, 'ccw-mhcp2025',
    ],
    [
      'Двадцать второе совещание государств – участников Конвенции о запрещении применения, накопления запасов, производства и передачи противопехотных мин и об их уничтожении',
      2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp',
    ],
    ['Тринадцатое совещание государств-участников Конвенции по кассетным боеприпасам', 2025, '13th Meeting of States Parties', CCM, 'ccm-13msp'],
    // Arabic and Chinese
    ['الاجتماع الثاني والعشرون للدول الأطراف في اتفاقية أوتاوا', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['المؤتمر الاستعراضي الخامس لاتفاقية حظر استعمال وتخزين وإنتاج ونقل الألغام المضادة للأفراد', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    ['《禁止杀伤人员地雷公约》缔约国第二十二次会议', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    // UN bodies
    ['Human Rights Council – 60th session', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Conseil des droits de l’homme, soixantième session', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Consejo de Derechos Humanos, 60.º período de sesiones', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Совет по правам человека, шестидесятая сессия', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['مجلس حقوق الإنسان، الدورة الستون', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['人权理事会第六十届会议', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['HRC60 – general debate', null, '60th session of the Human Rights Council', null, 'hrc60'],
    [
      'United Nations General Assembly – 80th session\nFirst Committee – Thematic discussion on conventional weapons',
      2025, 'First Committee, 80th session of the United Nations General Assembly', null, 'unga80-c1',
    ],
    ['Première Commission de l’Assemblée générale, quatre-vingtième session', 2025, 'First Committee, 80th session of the United Nations General Assembly', null, 'unga80-c1'],
    ['Asamblea General, Primera Comisión, 80.º período de sesiones', 2025, 'First Committee, 80th session of the United Nations General Assembly', null, 'unga80-c1'],
    ['Генеральная Ассамблея ООН, Первый комитет, восьмидесятая сессия', 2025, 'First Committee, 80th session of the United Nations General Assembly', null, 'unga80-c1'],
    ['General Assembly, Sixth Committee, 79th session', 2024, 'Sixth Committee, 79th session of the United Nations General Assembly', null, 'unga79-c6'],
    ['Fifth Review Conference of the Ottawa Convention, convened under General Assembly resolution 78/41', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    ['Conference on Disarmament, first part of the 2025 session', 2025, '2025 session of the Conference on Disarmament', null, 'cd2025'],
    ['Commission du désarmement, session de fond de 2025', 2025, '2025 session of the United Nations Disarmament Commission', null, 'undc2025'],
    // spelled ordinals end to end, in every UN language
    ['Twenty-Second Meeting of the States Parties', null, '22nd Meeting of States Parties', null, null],
    ['Quinta Conferencia de Examen', null, '5th Review Conference', null, null],
    ['vingt-deuxième Assemblée des États parties à la Convention d’Ottawa', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['двадцать вторая Встреча государств-участников Оттавской конвенции', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Двадцать второе Совещание государств-участников Конвенции о запрещении противопехотных мин', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['الاجتماع الثاني والعشرون للدول الأطراف في اتفاقية حظر الألغام المضادة للأفراد', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['الاجتماع الحادي عشر للدول الاطراف في اتفاقية الذخائر العنقودية', 2023, '11th Meeting of States Parties', CCM, 'ccm-11msp'],
    ['الاجتماع العاشر للدول الأطراف', null, '10th Meeting of States Parties', null, null],
    ['第二十二届缔约国会议', null, '22nd Meeting of States Parties', null, null],
    ['《渥太华公约》第二十二届缔约国会议', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Decimotercera Reunión de los Estados Parte de la Convención sobre Municiones en Racimo', 2025, '13th Meeting of States Parties', CCM, 'ccm-13msp'],
    ['13va Reunión de Estados Parte de la Convención sobre Municiones en Racimo', 2025, '13th Meeting of States Parties', CCM, 'ccm-13msp'],
    ['Tenth Conference of States Parties to the Arms Trade Treaty', 2024, '10th Conference of States Parties', 'Arms Trade Treaty', 'att-10csp'],
    ['Décima Conferencia de los Estados Parte del Tratado sobre el Comercio de Armas', 2024, '10th Conference of States Parties', 'Arms Trade Treaty', 'att-10csp'],
    ['Dixième Conférence des États parties au Traité sur le commerce des armes', 2024, '10th Conference of States Parties', 'Arms Trade Treaty', 'att-10csp'],
    ['Десятая Конференция государств — участников Договора о торговле оружием', 2024, '10th Conference of States Parties', 'Arms Trade Treaty', 'att-10csp'],
    ['المؤتمر العاشر للدول الأطراف في معاهدة تجارة الأسلحة', 2024, '10th Conference of States Parties', 'Arms Trade Treaty', 'att-10csp'],
    // the treaty names its meetings of States Parties the same in every language
    ['《武器贸易条约》第十次缔约国会议', 2024, '10th Conference of States Parties', 'Arms Trade Treaty', 'att-10csp'],
    ['Tenth Meeting of States Parties to the ATT', 2024, '10th Conference of States Parties', 'Arms Trade Treaty', 'att-10csp'],
    ['Twenty-second Conference of States Parties to the Ottawa Convention', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Пятая конференция по рассмотрению действия Оттавской конвенции', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    ['《渥太华公约》第五次审议大会', 2024, '5th Review Conference', APMBC, 'apmbc-5rc'],
    ['Quatre-vingt-dixième session', null, null, null, null],
    // common misspellings
    ['Twenty-Second Meeting of the State Parties to the Ottawa Convention', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['22nd Meeting of the States Party to the Mine Ban Treaty', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['22nd Meeting of States-Parties to the APMBC', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Vigésima Segunda Reunión de los Estados Parte de la Convención de Ottawa', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['22e Assemblee des Etats parties a la Convention d\'Ottawa', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    ['Meeting of the High Contracting Party to the CCW', 2025, '2025 Meeting of the High Contracting Parties', CCW, 'ccw-mhcp2025'],
    ['Reunión de las Altas Partes Contratantes de la CCAC', 2025, '2025 Meeting of the High Contracting Parties', CCW, 'ccw-mhcp2025'],
    ['Réunion des Hautes Parties contractantes à la Convention sur certaines armes classiques', 2025, '2025 Meeting of the High Contracting Parties', CCW, 'ccw-mhcp2025'],
    ['الاجتماع الثانی والعشرون للدول الاطراف في اتفاقیة اوتاوا', 2025, '22nd Meeting of States Parties', APMBC, 'apmbc-22msp'],
    // a treaty without a meeting, a meeting without a treaty
    ['Convention on Cluster Munitions', 2025, null, CCM, null],
    ['Meeting of States Parties', null, 'Meeting of States Parties', null, null],
  ]
  it.each(cases)('reads %j', (text, year, meeting, convention, meetingKey) => {
    expect(parseMeeting(text, {year, month: 10})).toEqual({meeting, convention, meetingKey})
  })

  it('takes the General Assembly session from the date when the header gives none', () => {
    expect(parseMeeting('First Committee of the General Assembly', {year: 2025, month: 10}).meetingKey).toBe('unga80-c1')
    expect(parseMeeting('First Committee of the General Assembly', {year: 2026, month: 3}).meetingKey).toBe('unga80-c1')
  })
})
