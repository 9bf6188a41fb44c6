import {describe, expect, it} from 'vitest'
import {parseMeeting} from '../../src/normalise/metadata/parse-meeting.ts'

const NPT = 'Treaty on the Non-Proliferation of Nuclear Weapons'
const committees = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth']

describe('UN bodies as the forum', () => {
  const mainCommittees: [string, number][] = [
    ...['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'].map((name, index): [string, number] => [`General Assembly, ${name} Committee, 80th session`, index + 1]),
    ...['Première', 'Deuxième', 'Troisième', 'Quatrième', 'Cinquième', 'Sixième'].map((name, index): [string, number] => [`${name} Commission de l’Assemblée générale, quatre-vingtième session`, index + 1]),
    ...['Primera', 'Segunda', 'Tercera', 'Cuarta', 'Quinta', 'Sexta'].map((name, index): [string, number] => [`Asamblea General, ${name} Comisión, 80.º período de sesiones`, index + 1]),
    ...['Первый', 'Второй', 'Третий', 'Четвертый', 'Пятый', 'Шестой'].map((name, index): [string, number] => [`Генеральная Ассамблея ООН, ${name} комитет, восьмидесятая сессия`, index + 1]),
    ...['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة'].map((name, index): [string, number] => [`الجمعية العامة، الدورة الثمانون، اللجنة ${name}`, index + 1]),
    ...['一', '二', '三', '四', '五', '六'].map((name, index): [string, number] => [`联合国大会第八十届会议第${name}委员会`, index + 1]),
    ['1st Committee of the UNGA, 80th session', 1],
    ['Disarmament and International Security Committee, General Assembly, 80th session', 1],
    // a Main Committee is the General Assembly's even when the header does not say so
    ['First Committee – 80th session', 1],
    ['Première Commission, 80e session', 1],
    ['Первый комитет, 80-я сессия', 1],
    ['اللجنة الأولى، الدورة الثمانون', 1],
    ['第一委员会', 1],
  ]
  it.each(mainCommittees)('reads %j as Main Committee %i of the 80th session', (text, committee) => {
    expect(parseMeeting(text, {year: 2025, month: 10})).toEqual({
      meeting: `${committees[committee - 1]} Committee, 80th session of the United Nations General Assembly`,
      convention: null,
      meetingKey: `unga80-c${committee}`,
    })
  })

  const cases: [string, number | null, string | null, string | null, string | null][] = [
    // Human Rights Council
    ['Human Rights Council, 60th session', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Soixantième session du Conseil des droits de l’homme', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Conseil des droits de l’homme – 60e session', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Consejo de Derechos Humanos, sexagésimo período de sesiones', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Совет по правам человека, 60-я сессия', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['مجلس حقوق الإنسان، الدورة الـ60', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['人权理事会第60届会议', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['HRC 60', 2025, '60th session of the Human Rights Council', null, 'hrc60'],
    ['Human Rights Council, 36th special session', 2025, '36th special session of the Human Rights Council', null, 'hrc-s36'],
    // Security Council: a meeting is keyed by its number
    ['Security Council, 9876th meeting', 2025, '9876th meeting of the Security Council', null, 'unsc9876'],
    ['Security Council open debate on the protection of civilians (S/PV.9876)', 2025, '9876th meeting of the Security Council', null, 'unsc9876'],
    ['Conseil de sécurité, 9876e séance', 2025, '9876th meeting of the Security Council', null, 'unsc9876'],
    ['Consejo de Seguridad, 9876ª sesión', 2025, '9876th meeting of the Security Council', null, 'unsc9876'],
    ['Совет Безопасности, 9876-е заседание', 2025, '9876th meeting of the Security Council', null, 'unsc9876'],
    ['مجلس الأمن، الجلسة 9876', 2025, '9876th meeting of the Security Council', null, 'unsc9876'],
    ['安全理事会第9876次会议', 2025, '9876th meeting of the Security Council', null, 'unsc9876'],
    ['Security Council open debate on the protection of civilians in armed conflict', 2025, 'Security Council', null, null],
    ['Security Council, 2025 meeting on women and peace and security', 2025, 'Security Council', null, null],
    // a resolution of the Council cited in a title is not the forum
    ['Implementing Security Council resolution 1325 in mine action', 2025, null, null, null],
    ['Mise en œuvre de la résolution 1325 du Conseil de sécurité', 2025, null, null, null],
    ['Aplicación de la resolución 1325 del Consejo de Seguridad', 2025, null, null, null],
    ['Осуществление резолюции 1325 Совета Безопасности', 2025, null, null, null],
    ['تنفيذ قرار مجلس الأمن 1325', 2025, null, null, null],
    ['落实安理会第1325号决议', 2025, null, null, null],
    // Conference on Disarmament and Disarmament Commission, by year
    ['Conference on Disarmament, 2025 session', 2025, '2025 session of the Conference on Disarmament', null, 'cd2025'],
    ['Conférence du désarmement', 2025, '2025 session of the Conference on Disarmament', null, 'cd2025'],
    ['Conferencia de Desarme', 2025, '2025 session of the Conference on Disarmament', null, 'cd2025'],
    ['Конференция по разоружению', 2025, '2025 session of the Conference on Disarmament', null, 'cd2025'],
    ['مؤتمر نزع السلاح', 2025, '2025 session of the Conference on Disarmament', null, 'cd2025'],
    ['裁军谈判会议', 2025, '2025 session of the Conference on Disarmament', null, 'cd2025'],
    ['United Nations Disarmament Commission, 2025 substantive session', 2025, '2025 session of the United Nations Disarmament Commission', null, 'undc2025'],
    ['Comisión de Desarme de las Naciones Unidas', 2025, '2025 session of the United Nations Disarmament Commission', null, 'undc2025'],
    ['Комиссия ООН по разоружению', 2025, '2025 session of the United Nations Disarmament Commission', null, 'undc2025'],
    ['هيئة نزع السلاح', 2025, '2025 session of the United Nations Disarmament Commission', null, 'undc2025'],
    ['裁军审议委员会', 2025, '2025 session of the United Nations Disarmament Commission', null, 'undc2025'],
    // Preparatory Committee of the NPT Review Conference
    [
      'Second session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
      2024, '2nd session of the Preparatory Committee for the 2026 Review Conference', NPT, 'npt-prepcom2-2026',
    ],
    [
      'Deuxième session du Comité préparatoire de la Conférence des Parties chargée d’examiner le Traité sur la non-prolifération des armes nucléaires en 2026',
      2024, '2nd session of the Preparatory Committee for the 2026 Review Conference', NPT, 'npt-prepcom2-2026',
    ],
    [
      'Segundo período de sesiones del Comité Preparatorio de la Conferencia de las Partes de 2026 encargada del Examen del Tratado sobre la No Proliferación de las Armas Nucleares',
      2024, '2nd session of the Preparatory Committee for the 2026 Review Conference', NPT, 'npt-prepcom2-2026',
    ],
    [
      'Вторая сессия Подготовительного комитета Конференции 2026 года участников Договора о нераспространении ядерного оружия по рассмотрению действия Договора',
      2024, '2nd session of the Preparatory Committee for the 2026 Review Conference', NPT, 'npt-prepcom2-2026',
    ],
    [
      'الدورة الثانية للجنة التحضيرية لمؤتمر الأطراف في معاهدة عدم انتشار الأسلحة النووية لاستعراض المعاهدة في عام 2026',
      2024, '2nd session of the Preparatory Committee for the 2026 Review Conference', NPT, 'npt-prepcom2-2026',
    ],
    ['2026年不扩散核武器条约缔约国审议大会筹备委员会第二届会议', 2024, '2nd session of the Preparatory Committee for the 2026 Review Conference', NPT, 'npt-prepcom2-2026'],
    ['NPT PrepCom III for the 2026 Review Conference', 2025, '3rd session of the Preparatory Committee for the 2026 Review Conference', NPT, 'npt-prepcom3-2026'],
    ['NPT PrepCom 2, Geneva, 22 April 2024', 2024, '2nd session of the Preparatory Committee', NPT, 'npt-prepcom2-2024'],
  ]
  it.each(cases)('reads %j', (text, year, meeting, convention, meetingKey) => {
    expect(parseMeeting(text, {year, month: 10})).toEqual({meeting, convention, meetingKey})
  })
})
