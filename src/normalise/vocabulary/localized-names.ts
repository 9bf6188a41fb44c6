/**
 * Names to print on a page in the statement's own language, when its heading does not give them:
 * the treaties by key (see treaties.ts), the treaty meetings by kind and ordinal, and the venues whose
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

/** A treaty meeting of a kind (meeting-kinds.ts ids) with its ordinal, in each language. */
export const meetingNames: Record<'msp' | 'csp' | 'rc' | 'mhcp', Record<PrintLanguage, (n: number) => string>> = {
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
