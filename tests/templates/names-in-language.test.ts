import {describe, expect, it} from 'vitest'
import {emptyMeta, type StatementMeta} from '../../src/normalise/meta.ts'
import {labelsFor} from '../../src/templates/labels.ts'
import {namesInLanguage} from '../../src/templates/names-in-language.ts'

function meta(fields: Partial<StatementMeta>): StatementMeta {
  return {...emptyMeta(), ...fields}
}

describe('namesInLanguage', () => {
  it.each([
    ['ar', 'unga80-c1', 'First Committee, 80th session of the United Nations General Assembly', 'اللجنة الأولى، الدورة 80 للجمعية العامة للأمم المتحدة'],
    ['zh', 'unga80-c1', 'First Committee, 80th session of the United Nations General Assembly', '联合国大会第八十届会议第一委员会'],
    ['zh', 'ccw-mhcp2025', '2025 Meeting of the High Contracting Parties', '2025年缔约方会议'],
    ['fr', 'hrc60', '60th session of the Human Rights Council', '60e session du Conseil des droits de l’homme'],
    ['ru', 'hrc-s36', '36th special session of the Human Rights Council', '36-я специальная сессия Совета по правам человека'],
    ['es', 'cd2025', '2025 session of the Conference on Disarmament', 'Período de sesiones de 2025 de la Conferencia de Desarme'],
    ['fr', 'unsc9876', '9876th meeting of the Security Council', '9876e séance du Conseil de sécurité'],
    ['ru', 'apmbc-22msp', '22nd Meeting of the States Parties', '22-е Совещание государств-участников'],
  ])('names the meeting in %s from its key %s', (language, meetingKey, meeting, expected) => {
    expect(namesInLanguage(meta({meetingKey, meeting, title: 'x'}), language).meeting).toBe(expected)
  })

  it('leaves out a canonical English name the statement does not write, and keeps one it does', () => {
    const unknown = meta({meeting: 'Open-ended Working Group on Conventional Ammunition', meetingKey: null, venue: 'Nairobi', title: 'كلمة'})
    expect(namesInLanguage(unknown, 'ar')).toMatchObject({meeting: null})
    const writtenInEnglish = meta({...unknown, heading: ['Open-ended Working Group on Conventional Ammunition']})
    expect(namesInLanguage(writtenInEnglish, 'ar').meeting).toBe('Open-ended Working Group on Conventional Ammunition')
    expect(namesInLanguage(unknown, 'en').meeting).toBe('Open-ended Working Group on Conventional Ammunition')
  })

  it('names a group as the heading writes it, else in the language’s script, and States through Intl', () => {
    const arab = meta({organisations: ['Egypt', 'Group of Arab States'], title: 'كلمة جمهورية مصر العربية باسم المجموعة العربية'})
    expect(namesInLanguage(arab, 'ar').organisations).toEqual(['مصر', 'المجموعة العربية'])
    const icrc = meta({organisations: ['International Committee of the Red Cross'], title: '发言'})
    expect(namesInLanguage(icrc, 'zh').organisations).toEqual(['红十字国际委员会'])
    const french = meta({organisations: ['Group of African States'], heading: ['Déclaration du Groupe africain']})
    expect(namesInLanguage(french, 'fr').organisations).toEqual(['Groupe africain'])
    expect(namesInLanguage(french, 'en').organisations).toEqual(['Group of African States'])
  })
})

describe('labels', () => {
  it.each([
    ['en', ': '],
    ['fr', '\u00a0: '],
    ['zh', '：'],
    ['ar', ': '],
  ])('puts a label and its value together as %s does', (language, colon) => {
    expect(labelsFor(language).colon).toBe(colon)
  })
})
