/**
 * Meeting kinds at treaty meetings and UN bodies, as regular-expression sources
 * over folded text (see `fold`). A group `(…)` in an Arabic or Chinese pattern
 * holds the ordinal written inside the name ("الاجتماع الثاني والعشرون للدول
 * الأطراف", "缔约国第二十二次会议").
 */
export type MeetingKindId = 'prepcom' | 'gge' | 'im' | 'rc' | 'mhcp' | 'csp' | 'msp'

export interface MeetingKind {
  id: MeetingKindId
  /** English name after the ordinal or year: "22nd Meeting of States Parties". */
  name: string
  patterns: string[]
}

/**
 * "States Parties" as written, misspellings included: "State Parties", "States Party",
 * "States-Parties", "Etats parties", "Estados Parte", "государств – участников".
 */
const statesParties = "states?'?[- ]part(?:ies|y)"
const etatsParties = 'etats?[- ]parties?'
const estadosPartes = 'estados?[- ]partes?'
const russianStatesParties = 'государств\\p{L}*\\s*[-–—]?\\s*участник'
/** "High Contracting Parties", "High Contracting Party", "Hautes Parties contractantes", "Altas Partes Contratantes". */
const highContractingParties = 'high contracting part(?:ies|y)'
const hautesParties = 'hautes? parties? contractantes?'
const altasPartes = 'altas? partes? contratantes?'

/** In order of precedence: "Preparatory Committee for the Review Conference" is a PrepCom. */
export const meetingKinds: MeetingKind[] = [
  {
    id: 'prepcom',
    name: 'session of the Preparatory Committee',
    patterns: [
      // "PrepCom 2", "PrepCom-III"
      '(?:preparatory committee|prepcom)[ -]?(\\d{1,2}|[ivx]{1,4})(?![\\p{L}\\d])',
      '(?:session (?:of the )?)?(?:preparatory committee|prepcom)',
      '(?:session (?:du )?)?comite preparatoire',
      '(?:periodo de sesiones (?:del )?)?comite preparatorio',
      '(?:сесси\\p{L}* )?подготовительн\\p{L}* комитет',
      // "اللجنة التحضيرية", "للجنة التحضيرية"
      'للجنة التحضيرية',
      '筹备委员会(第[^次届]{1,6}[次届])?',
    ],
  },
  {
    id: 'gge',
    name: 'Group of Governmental Experts',
    patterns: ['group of governmental experts', '\\bgge\\b', "groupe d'experts gouvernementaux", 'grupo de expertos gubernamentales', 'групп\\p{L}* правительственных экспертов', 'فريق الخبراء الحكوميين', '政府专家组'],
  },
  {
    id: 'im',
    name: 'Intersessional Meetings',
    patterns: [
      'intersessional meetings?',
      'reunions? intersessionnelles?',
      'reuniones? entre periodos de sesiones',
      'reuniones? intersesionales?',
      'межсессионн\\p{L}* (?:совещани|заседани)',
      'الاجتماعات (?:المعقودة )?بين الدورات',
      '闭会期间会议',
    ],
  },
  {
    id: 'rc',
    name: 'Review Conference',
    patterns: [
      'review conference',
      'revcon',
      "conference d'examen",
      'conferencia de examen',
      'конференци\\p{L}* (?:[\\p{L}-]+ )?по рассмотрению',
      'المؤتمر الاستعراضي((?: [^\\s.,،]+){0,3})',
      '(第[^次届]{1,6}[次届])?审议大会',
    ],
  },
  {
    id: 'mhcp',
    name: 'Meeting of the High Contracting Parties',
    patterns: [
      `meeting of (?:the )?${highContractingParties}`,
      `reunion des ${hautesParties}`,
      `reunion de (?:las )?${altasPartes}`,
      '(?:совещани|встреч)\\p{L}* высок\\p{L}* договаривающ\\p{L}* сторон',
      'اجتماع((?: [^\\s.,،]+){0,3}) (?:لل|ل)?(?:ال)?اطراف المتعاقدة السامية',
      '(第[^次届]{1,6}[次届])?(?:高级)?缔约方(?:年度)?会议',
    ],
  },
  {
    id: 'csp',
    name: 'Conference of States Parties',
    patterns: [
      `(?:session of the )?conference of (?:the )?${statesParties}`,
      `(?:session de la )?conference des ${etatsParties}`,
      `(?:periodo de sesiones de la )?conferencia de (?:los )?${estadosPartes}`,
      `конференци\\p{L}* ${russianStatesParties}`,
      'مؤتمر((?: [^\\s.,،]+){0,3}) (?:لل|ل)?(?:ال)?دول الاطراف',
      '(第[^次届]{1,6}[次届])?缔约国大会',
    ],
  },
  {
    id: 'msp',
    name: 'Meeting of States Parties',
    patterns: [
      `meeting of (?:the )?${statesParties}`,
      '\\bmsp\\b',
      `(?:assemblee|reunion) des ${etatsParties}`,
      `reunion de (?:los )?${estadosPartes}`,
      `(?:совещани|встреч)\\p{L}* ${russianStatesParties}`,
      'اجتماع((?: [^\\s.,،]+){0,3}) (?:لل|ل)?(?:ال)?دول الاطراف',
      '缔约国(第[^次届]{1,6}[次届])?会议',
    ],
  },
]

/** A session of a UN body: "60th session", "soixantième session", "60.º período de sesiones", "60-я сессия", "الدورة الستون", "第六十届会议". */
export const sessionPatterns = [
  '(special )?session',
  '(session extraordinaire|session)',
  '(periodo (?:extraordinario )?de sesiones)',
  '(?:(специальн\\p{L}* )?сесси)',
  'الدورة((?: [^\\s.,،]+){0,3})',
  '(第[^次届]{1,6}[次届])(?:特别)?会议',
]

export const humanRightsCouncil = {
  key: 'hrc',
  name: 'Human Rights Council',
  acronyms: ['HRC', 'CDH', 'СПЧ'],
  patterns: ["human rights council", "conseil des droits de l'homme", 'consejo de derechos humanos', 'совет\\p{L}* по правам человека', 'مجلس حقوق الانسان', '人权理事会'],
}

export const generalAssembly = {
  key: 'unga',
  name: 'United Nations General Assembly',
  acronyms: ['UNGA', 'AGNU', 'ГА ООН'],
  patterns: ['general assembly', 'assemblee generale', 'asamblea general', 'генеральн\\p{L}* ассамбле', 'الجمعية العامة', '联合国大会', '联大'],
}

/** The Security Council: its meetings are numbered ("9876th meeting", "S/PV.9876"). */
export const securityCouncil = {
  key: 'unsc',
  name: 'Security Council',
  acronyms: ['UNSC', 'CSNU', 'СБ ООН'],
  // Its resolutions are cited everywhere: "Security Council resolution 1325", "résolution 1325 du Conseil de sécurité".
  patterns: [
    // The name first, then looking back for "resolution": only where the name is found.
    'security council(?<!resolutions? [^.;\\n]{0,24}security council)(?! resolution)',
    'conseil de securite(?<!resolutions? [^.;\\n]{0,24}conseil de securite)',
    'consejo de seguridad(?<!resolucion(?:es)? [^.;\\n]{0,24}consejo de seguridad)',
    'совет\\p{L}* безопасности(?<!резолюци\\p{L}* [^.;\\n]{0,24}совет\\p{L}* безопасности)',
    'مجلس الامن(?<!قرار\\p{L}* [^.;\\n]{0,24}مجلس الامن)',
    '(?:安全理事会|安理会)(?![^。\\n]{0,12}决议)',
  ],
}

/** Where a header gives the Security Council meeting's number; the group holds it. */
export const councilMeetingPatterns = [
  's/pv\\.(\\d{3,5})',
  '(?<![\\p{L}\\d])(\\d{3,5})(?:st|nd|rd|th|e|eme|ª|\\.ª|a|-е|-я)?\\s+(?:meeting|seance|sesion|заседани)',
  '(?:meeting|seance|sesion|заседани\\p{L}*)\\s+(?:no\\.?\\s*|n°\\s*|№\\s*)?(\\d{3,5})(?!\\d)',
  'الجلسة\\s+(?:رقم\\s+)?(\\d{3,5})(?!\\d)',
  '第\\s*(\\d{3,5})\\s*次会议',
]

/** The six Main Committees of the General Assembly; the group holds the ordinal. */
export const mainCommitteePatterns = [
  '(\\p{L}+|\\d+(?:st|nd|rd|th)) committee',
  '(\\p{L}+) commission',
  '(\\p{L}+) comision',
  '(\\p{L}+) комитет',
  'اللجنة (\\p{L}+)',
  '(第[一二三四五六])委员会',
]

export const mainCommitteeAliases: [string, number][] = [
  ['disarmament and international security committee', 1],
  ['commission du desarmement et de la securite internationale', 1],
  ['comision de desarme y seguridad internacional', 1],
]

/** Standing disarmament bodies that meet in yearly sessions: "2025 session of the Conference on Disarmament". */
export const yearlyBodies = [
  {
    key: 'cd',
    name: 'Conference on Disarmament',
    acronyms: [],
    patterns: ['conference on disarmament', 'conference du desarmement', 'conferencia de desarme', 'конференци\\p{L}* по разоружению', 'مؤتمر نزع السلاح', '裁军谈判会议'],
  },
  {
    key: 'undc',
    name: 'United Nations Disarmament Commission',
    acronyms: ['UNDC'],
    patterns: ['disarmament commission', 'commission du desarmement', 'comision de desarme', 'комисси\\p{L}* (?:оон |организации объединенных нации )?по разоружению', 'هيئة نزع السلاح', '裁军审议委员会'],
  },
]
