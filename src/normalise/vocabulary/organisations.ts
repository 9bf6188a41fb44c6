/**
 * International organisations, Movement components, NGOs and groups of States
 * that deliver statements at treaty meetings: canonical full English name →
 * acronyms (matched case-sensitively) and names in the UN languages and aliases.
 */
export interface OrganisationEntry {
  name: string
  acronyms: string[]
  names: string[]
}

export const organisations: OrganisationEntry[] = [
  {
    name: 'United Nations',
    acronyms: ['UN', 'ONU', 'ООН'],
    names: ['Nations Unies', 'Naciones Unidas', 'Организация Объединенных Наций', 'الأمم المتحدة', '联合国'],
  },
  {
    name: 'International Committee of the Red Cross',
    acronyms: ['ICRC', 'CICR', 'МККК'],
    names: ['Comité international de la Croix-Rouge', 'Comité Internacional de la Cruz Roja', 'Международный Комитет Красного Креста', 'اللجنة الدولية للصليب الأحمر', '红十字国际委员会'],
  },
  {
    name: 'International Federation of Red Cross and Red Crescent Societies',
    acronyms: ['IFRC', 'FICR'],
    names: [
      'Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge',
      'Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja',
      'Международная федерация обществ Красного Креста и Красного Полумесяца',
      'الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر',
      '红十字会与红新月会国际联合会',
      'International Federation of the Red Cross and Red Crescent Societies',
      'International Federation of Red Cross and Red Crescent',
    ],
  },
  {
    name: 'International Red Cross and Red Crescent Movement',
    acronyms: [],
    names: ['Red Cross and Red Crescent Movement', 'Mouvement international de la Croix-Rouge et du Croissant-Rouge', 'Movimiento Internacional de la Cruz Roja y de la Media Luna Roja'],
  },
  {name: 'United Nations Development Programme', acronyms: ['UNDP', 'PNUD', 'ПРООН'], names: ['Programme des Nations Unies pour le développement', 'Programa de las Naciones Unidas para el Desarrollo', 'برنامج الأمم المتحدة الإنمائي', '联合国开发计划署']},
  {name: "United Nations Children's Fund", acronyms: ['UNICEF', 'ЮНИСЕФ'], names: ["Fonds des Nations Unies pour l'enfance", 'Fondo de las Naciones Unidas para la Infancia', 'منظمة الأمم المتحدة للطفولة', '联合国儿童基金会']},
  {name: 'United Nations Mine Action Service', acronyms: ['UNMAS', 'ЮНМАС'], names: ["Service de la lutte antimines de l'ONU", 'Servicio de las Naciones Unidas de Actividades relativas a las Minas', 'دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام', '联合国地雷行动处']},
  {name: 'United Nations Office for Disarmament Affairs', acronyms: ['UNODA'], names: ['Bureau des affaires de désarmement', 'Oficina de Asuntos de Desarme', 'Управление по вопросам разоружения', 'مكتب شؤون نزع السلاح', '裁军事务厅']},
  {name: 'United Nations Institute for Disarmament Research', acronyms: ['UNIDIR', 'ЮНИДИР'], names: ["Institut des Nations Unies pour la recherche sur le désarmement", 'Instituto de las Naciones Unidas de Investigación sobre el Desarme']},
  {name: 'Office of the United Nations High Commissioner for Human Rights', acronyms: ['OHCHR', 'HCDH', 'ACNUDH', 'УВКПЧ'], names: ['Office of the High Commissioner for Human Rights', 'Haut-Commissariat des Nations Unies aux droits de l’homme', 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos', 'مفوضية الأمم المتحدة السامية لحقوق الإنسان', '联合国人权事务高级专员办事处']},
  {name: 'Office of the United Nations High Commissioner for Refugees', acronyms: ['UNHCR', 'HCR', 'ACNUR', 'УВКБ'], names: ['United Nations High Commissioner for Refugees', 'Haut-Commissariat des Nations Unies pour les réfugiés', 'Alto Comisionado de las Naciones Unidas para los Refugiados']},
  {name: 'World Health Organization', acronyms: ['WHO', 'OMS', 'ВОЗ'], names: ['Organisation mondiale de la Santé', 'Organización Mundial de la Salud', 'Всемирная организация здравоохранения', 'منظمة الصحة العالمية', '世界卫生组织']},
  {name: 'Organisation for the Prohibition of Chemical Weapons', acronyms: ['OPCW', 'OIAC', 'ОЗХО'], names: ['Organization for the Prohibition of Chemical Weapons', "Organisation pour l'interdiction des armes chimiques", 'Organización para la Prohibición de las Armas Químicas', 'منظمة حظر الأسلحة الكيميائية', '禁止化学武器组织']},
  {name: 'International Atomic Energy Agency', acronyms: ['IAEA', 'AIEA', 'OIEA', 'МАГАТЭ'], names: ["Agence internationale de l'énergie atomique", 'Organismo Internacional de Energía Atómica', 'الوكالة الدولية للطاقة الذرية', '国际原子能机构']},
  {name: 'Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization', acronyms: ['CTBTO', 'ОДВЗЯИ'], names: []},
  {name: 'Geneva International Centre for Humanitarian Demining', acronyms: ['GICHD', 'CIDHG'], names: ['Centre international de déminage humanitaire de Genève', 'Centro Internacional de Desminado Humanitario de Ginebra', 'Женевский международный центр по гуманитарному разминированию', 'مركز جنيف الدولي لإزالة الألغام للأغراض الإنسانية', '日内瓦国际人道主义排雷中心']},
  {name: 'International Campaign to Ban Landmines', acronyms: ['ICBL', 'ICBL-CMC'], names: ['Campagne internationale pour interdire les mines', 'Campaña Internacional para la Prohibición de las Minas Terrestres', 'Международная кампания за запрещение наземных мин', 'الحملة الدولية لحظر الألغام الأرضية']},
  {name: 'Cluster Munition Coalition', acronyms: ['CMC'], names: ['Coalition contre les sous-munitions', 'Coalición contra las Municiones en Racimo', 'Коалиция против кассетных боеприпасов', 'التحالف المناهض للذخائر العنقودية']},
  {name: 'International Campaign to Abolish Nuclear Weapons', acronyms: ['ICAN'], names: ['Campagne internationale pour abolir les armes nucléaires', 'Campaña Internacional para Abolir las Armas Nucleares']},
  {name: 'Humanity & Inclusion', acronyms: ['HI'], names: ['Humanity and Inclusion', 'Handicap International', 'Humanité & Inclusion', 'Humanité et Inclusion']},
  {name: 'Mines Advisory Group', acronyms: ['MAG'], names: []},
  {name: 'The HALO Trust', acronyms: ['HALO'], names: ['HALO Trust', 'Hazardous Area Life-Support Organization']},
  {name: "Norwegian People's Aid", acronyms: ['NPA'], names: []},
  {name: 'DanChurchAid', acronyms: ['DCA'], names: []},
  {name: 'Danish Refugee Council', acronyms: [], names: []},
  {name: 'Human Rights Watch', acronyms: ['HRW'], names: []},
  {name: 'Amnesty International', acronyms: [], names: []},
  {name: 'Action on Armed Violence', acronyms: ['AOAV'], names: []},
  {name: 'Article 36', acronyms: [], names: []},
  {name: 'PAX', acronyms: ['PAX'], names: []},
  {name: 'Control Arms', acronyms: [], names: []},
  {name: 'Geneva Call', acronyms: [], names: ["L'Appel de Genève", 'Llamamiento de Ginebra']},
  {name: 'Stockholm International Peace Research Institute', acronyms: ['SIPRI'], names: []},
  {name: 'European Union', acronyms: ['EU', 'UE', 'ЕС'], names: ['Union européenne', 'Unión Europea', 'Европейский союз', 'الاتحاد الأوروبي', '欧洲联盟', '欧盟']},
  {name: 'African Union', acronyms: ['AU', 'UA'], names: ['Union africaine', 'Unión Africana', 'Африканский союз', 'الاتحاد الأفريقي', '非洲联盟']},
  {name: 'Non-Aligned Movement', acronyms: ['NAM', 'MNOAL'], names: ['Movement of Non-Aligned Countries', 'Mouvement des pays non alignés', 'Movimiento de Países No Alineados', 'Движение неприсоединения', 'حركة عدم الانحياز', '不结盟运动']},
  {name: 'Group of African States', acronyms: [], names: ['African Group', 'Groupe des États d’Afrique', 'Groupe africain', 'Grupo de Estados de África', 'Grupo Africano', 'المجموعة الأفريقية']},
  {name: 'Group of Arab States', acronyms: [], names: ['Arab Group', 'Groupe arabe', 'Grupo Árabe', 'المجموعة العربية']},
  {name: 'Organisation of Islamic Cooperation', acronyms: ['OIC', 'OCI', 'ОИС'], names: ['Organization of Islamic Cooperation', 'Organisation de la coopération islamique', 'Organización de Cooperación Islámica', 'منظمة التعاون الإسلامي']},
  {name: 'Organization for Security and Co-operation in Europe', acronyms: ['OSCE', 'ОБСЕ'], names: []},
  {name: 'North Atlantic Treaty Organization', acronyms: ['NATO', 'OTAN', 'НАТО'], names: []},
  {name: 'Nordic countries', acronyms: [], names: ['Nordic States', 'Nordic Countries']},
  {name: 'Group of Latin American and Caribbean States', acronyms: ['GRULAC'], names: []},
  {name: 'Community of Latin American and Caribbean States', acronyms: ['CELAC'], names: ['Comunidad de Estados Latinoamericanos y Caribeños']},
  {name: 'Association of Southeast Asian Nations', acronyms: ['ASEAN', 'АСЕАН'], names: []},
  {name: 'Caribbean Community', acronyms: ['CARICOM'], names: []},
  {name: 'New Agenda Coalition', acronyms: ['NAC'], names: []},
  {name: 'International Organization for Migration', acronyms: ['IOM', 'OIM', 'МОМ'], names: ['Organisation internationale pour les migrations', 'Organización Internacional para las Migraciones']},
  {name: 'World Food Programme', acronyms: ['WFP', 'PAM', 'ВПП'], names: ['Programme alimentaire mondial', 'Programa Mundial de Alimentos']},
  {name: 'Food and Agriculture Organization of the United Nations', acronyms: ['FAO', 'ФАО'], names: ['Food and Agriculture Organization']},
  {name: 'Office for the Coordination of Humanitarian Affairs', acronyms: ['OCHA', 'УКГВ'], names: ['Bureau de la coordination des affaires humanitaires', 'Oficina de Coordinación de Asuntos Humanitarios']},
  {name: 'United Nations Educational, Scientific and Cultural Organization', acronyms: ['UNESCO', 'ЮНЕСКО'], names: []},
  {name: 'United Nations Population Fund', acronyms: ['UNFPA', 'ЮНФПА'], names: []},
  {name: 'United Nations Office for Project Services', acronyms: ['UNOPS', 'ЮНОПС'], names: []},
  {name: 'United Nations Entity for Gender Equality and the Empowerment of Women', acronyms: [], names: ['UN Women', 'ONU Femmes', 'ONU Mujeres', 'Структура ООН-женщины']},
  {name: 'International Labour Organization', acronyms: ['ILO', 'OIT', 'МОТ'], names: ['Organisation internationale du Travail', 'Organización Internacional del Trabajo']},
  {name: 'Inter-Parliamentary Union', acronyms: ['IPU', 'UIP', 'МПС'], names: ['Union interparlementaire', 'Unión Interparlamentaria']},
  {name: 'Organization of American States', acronyms: ['OAS', 'OEA'], names: ['Organisation des États américains', 'Organización de los Estados Americanos']},
  {name: 'League of Arab States', acronyms: [], names: ['Arab League', 'Ligue des États arabes', 'Liga de los Estados Árabes', 'جامعة الدول العربية']},
  {name: 'Sovereign Order of Malta', acronyms: [], names: ['Order of Malta', 'Ordre souverain de Malte', 'Orden de Malta']},
]

/**
 * Meetings, organs and offices whose names contain an organisation's or a State's name
 * ("United Nations General Assembly", "OPCW Executive Council", "UNOG"): where a statement is
 * made or a speaker is accredited, never who makes it. `findEntities` reads them so that the
 * name inside is not taken for an author, and returns them only when asked.
 */
export const forums: OrganisationEntry[] = [
  {
    name: 'United Nations General Assembly',
    acronyms: ['UNGA', 'AGNU'],
    names: ['UN General Assembly', 'General Assembly of the United Nations', 'Assemblée générale des Nations Unies', 'Asamblea General de las Naciones Unidas', 'Генеральная Ассамблея Организации Объединенных Наций', 'الجمعية العامة للأمم المتحدة', '联合国大会'],
  },
  {
    name: 'United Nations Security Council',
    acronyms: ['UNSC'],
    names: ['UN Security Council', 'Security Council of the United Nations', 'Conseil de sécurité des Nations Unies', 'Consejo de Seguridad de las Naciones Unidas', 'Совет Безопасности Организации Объединенных Наций', 'مجلس الأمن التابع للأمم المتحدة', '联合国安全理事会', '联合国安理会'],
  },
  {name: 'United Nations Human Rights Council', acronyms: [], names: ['UN Human Rights Council']},
  {name: 'United Nations Disarmament Commission', acronyms: ['UNDC'], names: ['UN Disarmament Commission']},
  {
    name: 'United Nations Office at Geneva',
    acronyms: ['UNOG', 'ONUG'],
    names: ['UN Office at Geneva', 'United Nations Office in Geneva', 'United Nations in Geneva', 'Office des Nations Unies à Genève', 'Oficina de las Naciones Unidas en Ginebra', 'Отделение Организации Объединенных Наций в Женеве', 'مكتب الأمم المتحدة في جنيف', '联合国日内瓦办事处'],
  },
  {name: 'United Nations Office at Vienna', acronyms: ['UNOV'], names: ['UN Office at Vienna', 'Office des Nations Unies à Vienne', 'Oficina de las Naciones Unidas en Viena']},
  {name: 'United Nations Office at Nairobi', acronyms: ['UNON'], names: ['UN Office at Nairobi']},
  {name: 'United Nations Headquarters', acronyms: [], names: ['UN Headquarters', 'Siège des Nations Unies', 'Sede de las Naciones Unidas', 'United Nations in New York']},
  {name: 'OPCW Executive Council', acronyms: [], names: ['Executive Council of the OPCW', 'Conference of the States Parties of the OPCW']},
  {name: 'IAEA General Conference', acronyms: [], names: ['IAEA Board of Governors', 'General Conference of the IAEA']},
  {name: 'OSCE Forum for Security Co-operation', acronyms: [], names: ['OSCE Permanent Council', 'OSCE Ministerial Council']},
  {name: 'African Union Peace and Security Council', acronyms: [], names: ['AU Peace and Security Council']},
]

/** Organs and meetings that are a statement's forum, never its author, when a name is not in the vocabulary. */
export const forumName =
  /(?<![\p{L}])(?:(?:first|second|third|fourth|fifth|sixth)\s+committee|human rights council|security council|general assembly|conference on disarmament|disarmament commission|economic and social council|working group|group of (?:governmental )?experts|meeting of (?:the )?(?:high contracting|states) parties|review conference|preparatory committee|conference of (?:the )?states parties|executive council|board of governors|peace and security council|forum for security co-operation)(?![\p{L}])/iu
