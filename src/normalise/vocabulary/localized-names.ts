/**
 * Names to print on a page in the statement's own language, when its heading does not give them:
 * the treaties by key (see treaties.ts), the meetings by key (see meetingNameInLanguage), and the venues whose
 * French or Spanish name differs from the English one (Arabic, Chinese and Russian names are read
 * from the gazetteer by their script). English is canonical and lives in the other vocabularies.
 */
export type PrintLanguage = 'fr' | 'es' | 'ru' | 'ar' | 'zh'

export const treatyNames: Record<string, Record<PrintLanguage, string>> = {
  apmbc: {
    fr: 'Convention sur l’interdiction des mines antipersonnel',
    es: 'Convención sobre la Prohibición de las Minas Antipersonal',
    ru: 'Конвенция о запрещении противопехотных мин',
    ar: 'اتفاقية حظر الألغام المضادة للأفراد',
    zh: '禁止杀伤人员地雷公约',
  },
  ccm: {fr: 'Convention sur les armes à sous-munitions', es: 'Convención sobre Municiones en Racimo', ru: 'Конвенция по кассетным боеприпасам', ar: 'اتفاقية الذخائر العنقودية', zh: '集束弹药公约'},
  ccw: {
    fr: 'Convention sur certaines armes classiques',
    es: 'Convención sobre Ciertas Armas Convencionales',
    ru: 'Конвенция о конкретных видах обычного оружия',
    ar: 'اتفاقية الأسلحة التقليدية المعينة',
    zh: '特定常规武器公约',
  },
  att: {fr: 'Traité sur le commerce des armes', es: 'Tratado sobre el Comercio de Armas', ru: 'Договор о торговле оружием', ar: 'معاهدة تجارة الأسلحة', zh: '武器贸易条约'},
  bwc: {fr: 'Convention sur les armes biologiques', es: 'Convención sobre las Armas Biológicas', ru: 'Конвенция о биологическом оружии', ar: 'اتفاقية الأسلحة البيولوجية', zh: '禁止生物武器公约'},
  cwc: {fr: 'Convention sur les armes chimiques', es: 'Convención sobre las Armas Químicas', ru: 'Конвенция о химическом оружии', ar: 'اتفاقية الأسلحة الكيميائية', zh: '禁止化学武器公约'},
  npt: {
    fr: 'Traité sur la non-prolifération des armes nucléaires',
    es: 'Tratado sobre la No Proliferación de las Armas Nucleares',
    ru: 'Договор о нераспространении ядерного оружия',
    ar: 'معاهدة عدم انتشار الأسلحة النووية',
    zh: '不扩散核武器条约',
  },
  tpnw: {
    fr: 'Traité sur l’interdiction des armes nucléaires',
    es: 'Tratado sobre la Prohibición de las Armas Nucleares',
    ru: 'Договор о запрещении ядерного оружия',
    ar: 'معاهدة حظر الأسلحة النووية',
    zh: '禁止核武器条约',
  },
}

/** Masculine Arabic ordinals up to ten ("الخامس"); beyond, the figure ("الـ22"). */
const arabicOrdinals = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']
const arabicOrdinal = (n: number) => arabicOrdinals[n - 1] ?? `الـ${n}`

const chineseDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']
/** 1–99 in Chinese numerals ("二十二"); the figure beyond. */
function chineseNumber(n: number): string {
  if (n < 1 || n > 99) return String(n)
  const tens = Math.floor(n / 10)
  const units = n % 10
  return `${tens > 1 ? chineseDigits[tens] : ''}${tens > 0 ? '十' : ''}${units > 0 ? chineseDigits[units] : ''}`
}

/** French feminine ordinal: every meeting name below is feminine ("1re", "22e"). */
const frenchOrdinal = (n: number) => (n === 1 ? '1re' : `${n}e`)

type MeetingKindId = 'msp' | 'csp' | 'rc' | 'mhcp'

/** A treaty meeting of a kind (meeting-kinds.ts ids) with its ordinal, in each language. */
const numberedMeetingNames: Record<MeetingKindId, Record<PrintLanguage, (n: number) => string>> = {
  msp: {
    fr: (n) => `${frenchOrdinal(n)} Assemblée des États parties`,
    es: (n) => `${n}.ª Reunión de los Estados Partes`,
    ru: (n) => `${n}-е Совещание государств-участников`,
    ar: (n) => `الاجتماع ${arabicOrdinal(n)} للدول الأطراف`,
    zh: (n) => `缔约国第${chineseNumber(n)}次会议`,
  },
  csp: {
    fr: (n) => `${frenchOrdinal(n)} Conférence des États parties`,
    es: (n) => `${n}.ª Conferencia de los Estados Partes`,
    ru: (n) => `${n}-я Конференция государств-участников`,
    ar: (n) => `المؤتمر ${arabicOrdinal(n)} للدول الأطراف`,
    zh: (n) => `第${chineseNumber(n)}届缔约国大会`,
  },
  rc: {
    fr: (n) => `${frenchOrdinal(n)} Conférence d’examen`,
    es: (n) => `${n}.ª Conferencia de Examen`,
    ru: (n) => `${n}-я Конференция по рассмотрению действия`,
    ar: (n) => `المؤتمر الاستعراضي ${arabicOrdinal(n)}`,
    zh: (n) => `第${chineseNumber(n)}次审议大会`,
  },
  mhcp: {
    fr: (n) => `${frenchOrdinal(n)} Réunion des Hautes Parties contractantes`,
    es: (n) => `${n}.ª Reunión de las Altas Partes Contratantes`,
    ru: (n) => `${n}-е Совещание Высоких Договаривающихся Сторон`,
    ar: (n) => `الاجتماع ${arabicOrdinal(n)} للأطراف المتعاقدة السامية`,
    zh: (n) => `第${chineseNumber(n)}次缔约方会议`,
  },
}

/** A treaty meeting named by its year ("2025 Meeting of the High Contracting Parties"), in each language. */
const yearlyMeetingNames: Record<MeetingKindId, Record<PrintLanguage, (year: number) => string>> = {
  msp: {
    fr: (y) => `Assemblée des États parties de ${y}`,
    es: (y) => `Reunión de los Estados Partes de ${y}`,
    ru: (y) => `Совещание государств-участников ${y} года`,
    ar: (y) => `اجتماع الدول الأطراف لعام ${y}`,
    zh: (y) => `${y}年缔约国会议`,
  },
  csp: {
    fr: (y) => `Conférence des États parties de ${y}`,
    es: (y) => `Conferencia de los Estados Partes de ${y}`,
    ru: (y) => `Конференция государств-участников ${y} года`,
    ar: (y) => `مؤتمر الدول الأطراف لعام ${y}`,
    zh: (y) => `${y}年缔约国大会`,
  },
  rc: {
    fr: (y) => `Conférence d’examen de ${y}`,
    es: (y) => `Conferencia de Examen de ${y}`,
    ru: (y) => `Конференция по рассмотрению действия ${y} года`,
    ar: (y) => `المؤتمر الاستعراضي لعام ${y}`,
    zh: (y) => `${y}年审议大会`,
  },
  mhcp: {
    fr: (y) => `Réunion des Hautes Parties contractantes de ${y}`,
    es: (y) => `Reunión de las Altas Partes Contratantes de ${y}`,
    ru: (y) => `Совещание Высоких Договаривающихся Сторон ${y} года`,
    ar: (y) => `اجتماع الأطراف المتعاقدة السامية لعام ${y}`,
    zh: (y) => `${y}年缔约方会议`,
  },
}

/** The General Assembly's session ("unga80"), in each language. */
const assemblySessionNames: Record<PrintLanguage, (n: number) => string> = {
  fr: (n) => `${n}e session de l’Assemblée générale des Nations Unies`,
  es: (n) => `${n}.º período de sesiones de la Asamblea General de las Naciones Unidas`,
  ru: (n) => `${n}-я сессия Генеральной Ассамблеи Организации Объединенных Наций`,
  ar: (n) => `الدورة ${n} للجمعية العامة للأمم المتحدة`,
  zh: (n) => `联合国大会第${chineseNumber(n)}届会议`,
}

/** The General Assembly's six Main Committees, first to sixth. */
const committeeNames: Record<PrintLanguage, readonly string[]> = {
  fr: ['Première Commission', 'Deuxième Commission', 'Troisième Commission', 'Quatrième Commission', 'Cinquième Commission', 'Sixième Commission'],
  es: ['Primera Comisión', 'Segunda Comisión', 'Tercera Comisión', 'Cuarta Comisión', 'Quinta Comisión', 'Sexta Comisión'],
  ru: ['Первый комитет', 'Второй комитет', 'Третий комитет', 'Четвертый комитет', 'Пятый комитет', 'Шестой комитет'],
  ar: ['اللجنة الأولى', 'اللجنة الثانية', 'اللجنة الثالثة', 'اللجنة الرابعة', 'اللجنة الخامسة', 'اللجنة السادسة'],
  zh: ['第一委员会', '第二委员会', '第三委员会', '第四委员会', '第五委员会', '第六委员会'],
}

/** A committee of a session: "Première Commission, 80e session …", "联合国大会第八十届会议第一委员会". */
function committeeOfSession(committee: string, session: string, lang: PrintLanguage): string {
  if (lang === 'zh') return `${session}${committee}`
  return `${committee}${lang === 'ar' ? '، ' : ', '}${session}`
}

/** The Human Rights Council's regular ("hrc60") and special ("hrc-s36") sessions. */
const councilSessionNames: Record<PrintLanguage, (n: number, special: boolean) => string> = {
  fr: (n, special) => `${n}e session${special ? ' extraordinaire' : ''} du Conseil des droits de l’homme`,
  es: (n, special) => `${n}.º período${special ? ' extraordinario' : ''} de sesiones del Consejo de Derechos Humanos`,
  ru: (n, special) => `${n}-я ${special ? 'специальная ' : ''}сессия Совета по правам человека`,
  ar: (n, special) => `الدورة ${special ? 'الاستثنائية ' : ''}${n} لمجلس حقوق الإنسان`,
  zh: (n, special) => `人权理事会第${chineseNumber(n)}届${special ? '特别' : ''}会议`,
}

/** The yearly sessions of the Conference on Disarmament ("cd2025") and the Disarmament Commission ("undc2025"). */
const yearlyBodyNames: Record<'cd' | 'undc', Record<PrintLanguage, (year: number) => string>> = {
  cd: {
    fr: (y) => `Session de ${y} de la Conférence du désarmement`,
    es: (y) => `Período de sesiones de ${y} de la Conferencia de Desarme`,
    ru: (y) => `Сессия Конференции по разоружению ${y} года`,
    ar: (y) => `دورة عام ${y} لمؤتمر نزع السلاح`,
    zh: (y) => `裁军谈判会议${y}年届会`,
  },
  undc: {
    fr: (y) => `Session de ${y} de la Commission du désarmement`,
    es: (y) => `Período de sesiones de ${y} de la Comisión de Desarme`,
    ru: (y) => `Сессия Комиссии по разоружению ${y} года`,
    ar: (y) => `دورة عام ${y} لهيئة نزع السلاح`,
    zh: (y) => `裁军审议委员会${y}年届会`,
  },
}

/** A numbered meeting of the Security Council ("unsc9876"). */
const securityCouncilMeetingNames: Record<PrintLanguage, (n: number) => string> = {
  fr: (n) => `${n}e séance du Conseil de sécurité`,
  es: (n) => `${n}.ª sesión del Consejo de Seguridad`,
  ru: (n) => `${n}-е заседание Совета Безопасности`,
  ar: (n) => `الجلسة ${n} لمجلس الأمن`,
  zh: (n) => `安全理事会第${n}次会议`,
}

/**
 * A meeting's name in the language, from its key (parse-meeting.ts writes the keys): treaty meetings
 * by ordinal or year, the General Assembly and its committees, the Human Rights Council, the Conference
 * on Disarmament, the Disarmament Commission and the Security Council. Null for any other key.
 */
export function meetingNameInLanguage(meetingKey: string | null, lang: PrintLanguage): string | null {
  const key = meetingKey ?? ''
  let match = /^[a-z]+-(\d+)(msp|csp|rc|mhcp)$/.exec(key)
  if (match) return numberedMeetingNames[match[2] as MeetingKindId][lang](Number(match[1]))
  if ((match = /^[a-z]+-(msp|csp|rc|mhcp)(\d{4})$/.exec(key))) return yearlyMeetingNames[match[1] as MeetingKindId][lang](Number(match[2]))
  if ((match = /^unga(\d+)(?:-c([1-6]))?$/.exec(key))) {
    const session = assemblySessionNames[lang](Number(match[1]))
    return match[2] ? committeeOfSession(committeeNames[lang][Number(match[2]) - 1]!, session, lang) : session
  }
  if ((match = /^hrc(-s)?(\d+)$/.exec(key))) return councilSessionNames[lang](Number(match[2]), Boolean(match[1]))
  if ((match = /^(cd|undc)(\d{4})$/.exec(key))) return yearlyBodyNames[match[1] as 'cd' | 'undc'][lang](Number(match[2]))
  if ((match = /^unsc(\d+)$/.exec(key))) return securityCouncilMeetingNames[lang](Number(match[1]))
  return null
}

/** French and Spanish names of venues that differ from the English one (canonical name → name). */
export const latinVenueNames: Record<string, Partial<Record<'fr' | 'es', string>>> = {
  Geneva: {fr: 'Genève', es: 'Ginebra'},
  'New York': {es: 'Nueva York'},
  Vienna: {fr: 'Vienne', es: 'Viena'},
  'The Hague': {fr: 'La Haye', es: 'La Haya'},
  'Addis Ababa': {fr: 'Addis-Abeba', es: 'Adís Abeba'},
  Beirut: {fr: 'Beyrouth'},
  Brussels: {fr: 'Bruxelles', es: 'Bruselas'},
  Paris: {es: 'París'},
  'Dead Sea': {fr: 'Mer Morte', es: 'Mar Muerto'},
  Cartagena: {fr: 'Carthagène des Indes', es: 'Cartagena de Indias'},
  Dublin: {es: 'Dublín'},
  Lausanne: {es: 'Lausana'},
  Tokyo: {es: 'Tokio'},
  Cairo: {fr: 'Le Caire', es: 'El Cairo'},
  'Mexico City': {fr: 'Mexico', es: 'Ciudad de México'},
  Belgrade: {es: 'Belgrado'},
  Baku: {fr: 'Bakou', es: 'Bakú'},
  Manila: {fr: 'Manille'},
  Jakarta: {es: 'Yakarta'},
}
