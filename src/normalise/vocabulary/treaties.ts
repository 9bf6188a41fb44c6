/**
 * The treaties statements are made under: canonical English name, key (the
 * first part of `meetingKey`), acronyms (matched as written) and name patterns
 * in the UN languages and common aliases. Patterns are regular-expression
 * sources over folded text (lower case, no accents, "’" → "'", "й" → "и",
 * "أ" → "ا"); `\p{L}*` absorbs Russian case endings.
 */
export interface TreatyEntry {
  key: string
  name: string
  acronyms: string[]
  patterns: string[]
  /**
   * What the treaty calls its regular meetings of States Parties: a Meeting
   * (`msp`) or a Conference (`csp`). Translations blur the two ("缔约国会议",
   * "Conferencia de los Estados Partes"); the treaty decides, so the key is the
   * same in every language.
   */
  partiesMeeting?: 'msp' | 'csp'
}

export const treaties: TreatyEntry[] = [
  {
    key: 'apmbc',
    partiesMeeting: 'msp',
    name: 'Anti-Personnel Mine Ban Convention',
    acronyms: ['APMBC', 'AP Mine Ban Convention', 'MBT'],
    patterns: [
      'anti[- ]?personnel (?:land)?mines?[- ](?:ban )?(?:convention|treaty)',
      '(?:land)?mine[- ]ban (?:convention|treaty)',
      'ottawa (?:convention|treaty)',
      'convention on the prohibition of [^.;]{0,100}anti[- ]?personnel mines',
      "convention d'ottawa",
      "traite d'ottawa",
      "traite (?:sur l'|d')interdiction des mines",
      "convention sur l'interdiction [^.;]{0,120}mines antipersonnel",
      'convencion de ottawa',
      'tratado de ottawa',
      'tratado (?:sobre la |de )?prohibicion de (?:las )?minas',
      'convencion sobre (?:la )?prohibicion [^.;]{0,140}minas (?:terrestres )?antipersonal',
      'оттавск\\p{L}* (?:конвенци|договор)',
      'конвенци\\p{L}* о запрещении [^.;]{0,140}противопехотных мин',
      'договор\\p{L}* о запрещении (?:противопехотных )?мин',
      'اتفاقية اوتاوا',
      'اتفاقية حظر [^.;]{0,120}الالغام المضادة للافراد',
      '(?:معاهدة|اتفاقية) حظر الالغام',
      '渥太华公约',
      '禁雷公约',
      '禁止杀伤人员地雷公约',
      '杀伤人员地雷[^。]{0,40}公约',
    ],
  },
  {
    key: 'ccm',
    partiesMeeting: 'msp',
    name: 'Convention on Cluster Munitions',
    acronyms: ['CCM'],
    patterns: [
      'convention on cluster munitions',
      'cluster munitions? convention',
      'oslo (?:convention|treaty)',
      "convention d'oslo",
      'convencion de oslo',
      'конвенци\\p{L}* осло',
      'اتفاقية اوسلو',
      '奥斯陆公约',
      'convention sur les armes a sous[- ]munitions',
      'convencion sobre (?:las )?municiones en racimo',
      'конвенци\\p{L}* (?:по|о) кассетн\\p{L}* боеприпас',
      'اتفاقية (?:بشان )?الذخائر العنقودية',
      '集束弹药公约',
    ],
  },
  {
    key: 'ccw',
    name: 'Convention on Certain Conventional Weapons',
    acronyms: ['CCW', 'CCAC', 'КОО', 'КНО'],
    patterns: [
      'convention on (?:certain )?conventional weapons',
      'certain conventional weapons convention',
      'convention on prohibitions or restrictions on the use of certain conventional weapons',
      'inhumane weapons convention',
      // Popular names: the "inhumane weapons" convention.
      'convention sur les armes inhumaines',
      'convencion sobre (?:las )?armas inhumanas',
      'конвенци\\p{L}* о [«"“]?негуманн\\p{L}*[»"”]? оружии',
      'convention sur (?:l\'interdiction ou la limitation de l\'emploi de )?certaines armes classiques',
      'convencion sobre (?:prohibiciones o restricciones del empleo de )?ciertas armas convencionales',
      'конвенци\\p{L}* о (?:запрещении или ограничении применения )?конкретн\\p{L}* вид\\p{L}* обычного оружия',
      'اتفاقية (?:حظر او تقييد استعمال )?اسلحة تقليدية معينة',
      'اتفاقية (?:بشان )?الاسلحة التقليدية',
      '特定常规武器公约',
      '禁止或限制使用某些[^。]{0,40}常规武器公约',
    ],
  },
  {
    key: 'att',
    partiesMeeting: 'csp',
    name: 'Arms Trade Treaty',
    acronyms: ['ATT', 'TCA', 'ДТО'],
    patterns: ['arms trade treaty', 'traite sur le commerce des armes', 'tratado sobre el comercio de armas', 'договор\\p{L}* о торговле оружием', 'معاهدة تجارة الاسلحة', '武器贸易条约'],
  },
  {
    key: 'bwc',
    partiesMeeting: 'msp',
    name: 'Biological Weapons Convention',
    acronyms: ['BWC', 'BTWC', 'CABT', 'КБТО'],
    patterns: [
      'biological (?:and toxin )?weapons convention',
      'convention on the prohibition of [^.;]{0,120}bacteriological',
      "convention sur (?:l'interdiction [^.;]{0,120}|les )?armes (?:biologiques|bacteriologiques)",
      'convencion sobre (?:la prohibicion [^.;]{0,140}|las )?armas (?:biologicas|bacteriologicas)',
      'конвенци\\p{L}* о (?:запрещении [^.;]{0,140})?(?:биологическ|бактериологическ)',
      'اتفاقية (?:حظر [^.;]{0,120})?الاسلحة (?:البيولوجية|البكتريولوجية)',
      '生物武器公约',
      '禁止细菌[^。]{0,40}公约',
    ],
  },
  {
    key: 'cwc',
    partiesMeeting: 'csp',
    name: 'Chemical Weapons Convention',
    acronyms: ['CWC', 'CIAC', 'CAQ', 'КХО'],
    patterns: [
      'chemical weapons convention',
      'convention on the prohibition of [^.;]{0,120}chemical weapons',
      "convention sur (?:l'interdiction [^.;]{0,120}|les )?armes chimiques",
      'convencion sobre (?:la prohibicion [^.;]{0,140}|las )?armas quimicas',
      'конвенци\\p{L}* о (?:запрещении [^.;]{0,140})?химическ\\p{L}* оружи',
      'اتفاقية (?:حظر [^.;]{0,120})?الاسلحة الكيميائية',
      '化学武器[^。]{0,20}公约',
    ],
  },
  {
    key: 'npt',
    name: 'Treaty on the Non-Proliferation of Nuclear Weapons',
    acronyms: ['NPT', 'TNP', 'ДНЯО'],
    patterns: [
      'treaty on the non[- ]proliferation of nuclear weapons',
      'non[- ]proliferation treaty',
      'traite sur la non[- ]proliferation des armes nucleaires',
      'traite de non[- ]proliferation',
      'tratado sobre la no proliferacion de (?:las )?armas nucleares',
      'tratado de no proliferacion',
      'договор\\p{L}* о нераспространении ядерного оружия',
      'معاهدة عدم انتشار الاسلحة النووية',
      '不扩散核武器条约',
      '核不扩散条约',
    ],
  },
  {
    key: 'tpnw',
    partiesMeeting: 'msp',
    name: 'Treaty on the Prohibition of Nuclear Weapons',
    acronyms: ['TPNW', 'TIAN', 'TPAN', 'ДЗЯО'],
    patterns: [
      'treaty on the prohibition of nuclear weapons',
      'nuclear (?:weapons? )?ban treaty',
      "traite sur l'interdiction des armes nucleaires",
      'tratado sobre la prohibicion de (?:las )?armas nucleares',
      'договор\\p{L}* о запрещении ядерного оружия',
      'معاهدة حظر الاسلحة النووية',
      '禁止核武器条约',
    ],
  },
]
