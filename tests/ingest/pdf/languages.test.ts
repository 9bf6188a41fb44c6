import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {readPdf} from '../../../src/ingest/pdf/read-pdf.ts'

const documents = fileURLToPath(new URL('../../documents/', import.meta.url))

async function read(name: string) {
  const path = `${documents}${name}`
  const document = await readPdf(await readFile(path), path)
  return {...document, blocks: document.markdown.trim().split(/\n{2,}/)}
}

describe('readPdf on statements in other scripts', () => {
  it('reads Spanish with its accents, header lines first and the page footers removed', async () => {
    const document = await read('es-cooperation-statement.pdf')
    expect(document.blocks.slice(0, 5)).toEqual([
      '**Declaración de la República del Ecuador**',
      'Vigésima Segunda Reunión de los Estados Partes en la Convención sobre la Prohibición de las Minas Antipersonal',
      'Ginebra, 25 de noviembre de 2025',
      'Tema 10 del programa: Cooperación y asistencia internacionales',
      'Señor Presidente:',
    ])
    expect(document.blocks).toHaveLength(10)
    expect(document.blocks.at(-1)).toBe('Muchas gracias, señor Presidente.')
    expect(document.removed.map(({text}) => text)).toEqual([
      'Ecuador – Cooperación y asistencia – 22REP',
      'Página 1 de 2',
      'Ecuador – Cooperación y asistencia – 22REP',
      'Página 2 de 2',
    ])
  })

  it('reads Russian in Cyrillic, the page numbers "Страница N из M" removed as page numbers', async () => {
    const document = await read('ru-universalisation-statement.pdf')
    expect(document.blocks.slice(0, 4)).toEqual([
      '**Выступление делегации Кыргызской Республики**',
      'Двадцать вторая встреча государств — участников Конвенции о запрещении противопехотных мин',
      'Женева, 26 ноября 2025 года',
      'Пункт 11 повестки дня: Универсализация Конвенции',
    ])
    expect(document.blocks.at(-1)).toBe('Благодарю вас, господин Председатель.')
    expect(document.removed.filter(({ruleId}) => ruleId === 'drop-page-number').map(({text}) => text)).toEqual(['Страница 1 из 2', 'Страница 2 из 2'])
  })

  it('reads Arabic right to left, in logical order, its lam-alef ligatures spelt right', async () => {
    const document = await read('ar-victim-assistance-statement.pdf')
    expect(document.blocks.slice(0, 5)).toEqual([
      '**بيان المملكة الأردنية الهاشمية**',
      'الاجتماع الثاني والعشرون للدول الأطراف في اتفاقية حظر الألغام المضادة للأفراد',
      'جنيف، 27 تشرين الثاني/نوفمبر 2025',
      'البند 9 من جدول الأعمال: مساعدة الضحايا',
      'السيد الرئيس،',
    ])
    // A paragraph of three lines, joined in reading order; "بلادي", "لا" and "خلال" hold a lam-alef ligature.
    expect(document.blocks).toContain(
      'إن مساعدة الضحايا التزام طويل الأمد لا ينتهي بانتهاء عمليات التطهير. فالناجون يحتاجون إلى الرعاية الصحية وإعادة التأهيل والدعم النفسي وفرص العمل طوال حياتهم، ولا بد أن تكون هذه الخدمات جزءا من الخطط الوطنية للصحة والحماية الاجتماعية.',
    )
    expect(document.markdown).toContain('وقد عملت بلادي خلال السنوات الماضية')
    expect(document.markdown).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/)
    expect(document.blocks.at(-1)).toBe('وشكرا، السيد الرئيس.')
    expect(document.removed.map(({text, ruleId}) => [text, ruleId])).toEqual([
      ['الأردن – مساعدة الضحايا', 'drop-running-header'],
      ['الصفحة 1 من 2', 'drop-page-number'],
      ['الأردن – مساعدة الضحايا', 'drop-running-header'],
      ['الصفحة 2 من 2', 'drop-page-number'],
    ])
  })

  it('reads Chinese with its CMaps, no space put between characters or around numbers', async () => {
    const document = await read('zh-cooperation-statement.pdf')
    expect(document.blocks.slice(0, 5)).toEqual([
      '中华人民共和国代表团的发言',
      '《禁止杀伤人员地雷公约》缔约国第二十二次会议',
      '2025年11月27日，日内瓦',
      '议程项目10：国际合作与援助',
      '主席先生：',
    ])
    // Two printed lines joined without a space.
    expect(document.blocks).toContain('中国代表团感谢主席为本次会议所做的周到准备，也感谢执行支助股在闭会期间为各代表团提供的持续帮助。')
    expect(document.markdown).not.toMatch(/\p{Script=Han} \p{Script=Han}/u)
    expect(document.blocks.at(-1)).toBe('谢谢主席。')
    expect(document.removed.filter(({ruleId}) => ruleId === 'drop-page-number').map(({text}) => text)).toEqual(['第 1 页，共 2 页', '第 2 页，共 2 页'])
  })
})
