/** The words a document prints around the statement, in each of the six UN languages. */
export interface Labels {
  agendaItem: string
  checkAgainstDelivery: string
  contents: string
  /** "Page {page} of {pages}": `{page}` and `{pages}` are replaced by the printed counters. */
  pageOfPages: string
  speaker: string
  deliveredBy: string
  delegationPack: string
  statements: string
  page: string
  footnotes: string
  backToReference: string
  /** Between the venue and the dates: "Geneva, 1–5 December 2025". */
  comma: string
  /** Before the estimate: "Speaking time: ≈ 4 min 20 s". */
  speakingTime: string
  /** "{n} min": `{n}` is replaced by the minutes (see formatSpeakingTime). */
  minutes: string
  /** "{n} s": `{n}` is replaced by the seconds. */
  seconds: string
  /** Before the pack's total speaking time. */
  total: string
}

const labelsByLanguage: Record<string, Labels> = {
  en: {
    agendaItem: 'Agenda item',
    checkAgainstDelivery: 'Check against delivery',
    contents: 'Contents',
    pageOfPages: 'Page {page} of {pages}',
    speaker: 'Speaker',
    deliveredBy: 'Delivered by',
    delegationPack: 'Statements',
    statements: 'statements',
    page: 'Page',
    footnotes: 'Footnotes',
    backToReference: 'Back to reference',
    comma: ', ',
    speakingTime: 'Speaking time',
    minutes: '{n} min',
    seconds: '{n} s',
    total: 'Total',
  },
  fr: {
    agendaItem: 'Point de l’ordre du jour',
    checkAgainstDelivery: 'Seul le texte prononcé fait foi',
    contents: 'Table des matières',
    pageOfPages: 'Page {page} sur {pages}',
    speaker: 'Orateur',
    deliveredBy: 'Prononcée par',
    delegationPack: 'Déclarations',
    statements: 'déclarations',
    page: 'Page',
    footnotes: 'Notes',
    backToReference: 'Retour à l’appel de note',
    comma: ', ',
    speakingTime: 'Temps de parole',
    minutes: '{n} min',
    seconds: '{n} s',
    total: 'Total',
  },
  es: {
    agendaItem: 'Tema del programa',
    checkAgainstDelivery: 'Cotejar con el discurso pronunciado',
    contents: 'Índice',
    pageOfPages: 'Página {page} de {pages}',
    speaker: 'Orador',
    deliveredBy: 'Pronunciada por',
    delegationPack: 'Declaraciones',
    statements: 'declaraciones',
    page: 'Página',
    footnotes: 'Notas',
    backToReference: 'Volver a la referencia',
    comma: ', ',
    speakingTime: 'Tiempo de intervención',
    minutes: '{n} min',
    seconds: '{n} s',
    total: 'Total',
  },
  ru: {
    agendaItem: 'Пункт повестки дня',
    checkAgainstDelivery: 'Сверить с произнесённым текстом',
    contents: 'Содержание',
    pageOfPages: 'Страница {page} из {pages}',
    speaker: 'Выступающий',
    deliveredBy: 'Выступление',
    delegationPack: 'Заявления',
    statements: 'заявлений',
    page: 'Страница',
    footnotes: 'Примечания',
    backToReference: 'Назад к ссылке',
    comma: ', ',
    speakingTime: 'Время выступления',
    minutes: '{n} мин',
    seconds: '{n} с',
    total: 'Итого',
  },
  ar: {
    agendaItem: 'البند من جدول الأعمال',
    checkAgainstDelivery: 'يُرجى المقارنة بالنص الملقى',
    contents: 'المحتويات',
    pageOfPages: 'الصفحة {page} من {pages}',
    speaker: 'المتحدث',
    deliveredBy: 'ألقاه',
    delegationPack: 'البيانات',
    statements: 'بيانات',
    page: 'الصفحة',
    footnotes: 'الحواشي',
    backToReference: 'العودة إلى الإحالة',
    comma: '، ',
    speakingTime: 'مدة الكلمة',
    minutes: '{n} د',
    seconds: '{n} ث',
    total: 'المجموع',
  },
  zh: {
    agendaItem: '议程项目',
    checkAgainstDelivery: '以实际发言为准',
    contents: '目录',
    pageOfPages: '第 {page} 页，共 {pages} 页',
    speaker: '发言人',
    deliveredBy: '发言方',
    delegationPack: '发言汇编',
    statements: '篇发言',
    page: '第页',
    footnotes: '脚注',
    backToReference: '返回引用处',
    comma: '，',
    speakingTime: '发言时间',
    minutes: '{n} 分',
    seconds: '{n} 秒',
    total: '合计',
  },
}

/** The labels of a language; a language other than the six prints the English ones. */
export function labelsFor(language: string | null | undefined): Labels {
  const primary = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en'
  return labelsByLanguage[primary] ?? labelsByLanguage.en!
}

const rightToLeft = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'])

export function directionOf(language: string | null | undefined): 'rtl' | 'ltr' {
  const primary = (language ?? '').toLowerCase().split('-')[0] ?? ''
  return rightToLeft.has(primary) ? 'rtl' : 'ltr'
}
