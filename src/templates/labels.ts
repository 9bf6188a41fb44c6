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
  /** Between a label and its value, as the language sets it: "Speaker: ", "Orateur : ", "发言人：". */
  colon: string
  /** Before the estimate: "Speaking time: ≈ 4 min 20 s". */
  speakingTime: string
  /** "{n} min": `{n}` is replaced by the minutes (see formatSpeakingTime). */
  minutes: string
  /** "{n} s": `{n}` is replaced by the seconds. */
  seconds: string
  /** Before the pack's total, under its contents. */
  totalSpeakingTime: string
  /** The archive's own interface (`archive.language`): navigation, list pages and search. */
  archive: ArchiveLabels
}

/**
 * A count in words: a form per plural category the language has, `{count}` standing for the
 * number. Intl.PluralRules picks the form; `other` is the one every language has.
 */
export type CountForms = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}

/** The archive's interface words. `{name}`-style placeholders are filled by `fillIn`. */
export interface ArchiveLabels {
  /** The site's name when the config gives none. */
  title: string
  skipToContent: string
  siteNavigation: string
  breadcrumb: string
  meetings: string
  organisations: string
  search: string
  /** The header's search box: its label and placeholder. */
  searchStatements: string
  /** The feed link's title: `{title}` is the site's name. */
  newestStatements: string
  atomFeed: string
  statementCount: CountForms
  meetingCount: CountForms
  organisationCount: CountForms
  agendaItemCount: CountForms
  organisationAndStateCount: CountForms
  /** `{statements}`, `{meetings}`, `{organisations}`: counts in words. */
  homeSummary: string
  homeDescription: string
  organisationsDescription: string
  organisation: string
  statementsBy: string
  searchStatementsOf: string
  searchThisMeeting: string
  agendaItems: string
  noAgendaItem: string
  aboutStatement: string
  readingCopyPdf: string
  /** `{format}`: PDF or Word. */
  original: string
  normalisedText: string
  meeting: string
  language: string
  /** After a label: "Meeting: …", "Réunion : …". */
  otherStatements: string
  previousStatement: string
  nextStatement: string
  searchDescription: string
  wordsToFind: string
  filters: string
  allMeetings: string
  allAgendaItems: string
  allOrganisations: string
  allLanguages: string
  moreResults: string
  searchNeedsScript: string
  /** The search page's status line (read by assets/search.js from the page). */
  searchPrompt: string
  searching: string
  /** `{count}` statements match `{query}`. */
  matchesQuery: CountForms
  matchesFilters: CountForms
  /** `{error}`: what went wrong. */
  searchFailed: string
  indexFailed: string
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
    colon: ': ',
    speakingTime: 'Speaking time',
    minutes: '{n} min',
    seconds: '{n} s',
    totalSpeakingTime: 'Total speaking time',
    archive: {
      title: 'Statement archive',
      skipToContent: 'Skip to content',
      siteNavigation: 'Site',
      breadcrumb: 'Breadcrumb',
      meetings: 'Meetings',
      organisations: 'Organisations',
      search: 'Search',
      searchStatements: 'Search statements',
      newestStatements: '{title}: newest statements',
      atomFeed: 'Atom feed',
      statementCount: {one: '{count} statement', other: '{count} statements'},
      meetingCount: {one: '{count} meeting', other: '{count} meetings'},
      organisationCount: {one: '{count} organisation', other: '{count} organisations'},
      agendaItemCount: {one: '{count} agenda item', other: '{count} agenda items'},
      organisationAndStateCount: {one: '{count} organisation or State', other: '{count} organisations and States'},
      homeSummary: '{statements} from {meetings} and {organisations}',
      homeDescription: '{statements}, by meeting, agenda item and organisation',
      organisationsDescription: 'Every organisation and State with statements in the archive',
      organisation: 'Organisation',
      statementsBy: 'Statements by {name}',
      searchStatementsOf: 'Search the statements of {name}',
      searchThisMeeting: 'Search the statements of this meeting',
      agendaItems: 'Agenda items',
      noAgendaItem: 'No agenda item',
      aboutStatement: 'About this statement',
      readingCopyPdf: 'Reading copy (PDF)',
      original: 'Original ({format})',
      normalisedText: 'Normalised text (Markdown)',
      meeting: 'Meeting',
      language: 'Language',
      otherStatements: 'Other statements under this agenda item',
      previousStatement: 'Previous statement',
      nextStatement: 'Next statement',
      searchDescription: 'Search every statement',
      wordsToFind: 'Words to find',
      filters: 'Filters',
      allMeetings: 'All meetings',
      allAgendaItems: 'All agenda items',
      allOrganisations: 'All organisations',
      allLanguages: 'All languages',
      moreResults: 'More results',
      searchNeedsScript: 'Search needs JavaScript. Browse the statements by meeting or by organisation:',
      searchPrompt: 'Type a word to search every statement, or choose a filter.',
      searching: 'Searching…',
      matchesQuery: {one: '{count} statement matches “{query}”.', other: '{count} statements match “{query}”.'},
      matchesFilters: {one: '{count} statement matches the filters.', other: '{count} statements match the filters.'},
      searchFailed: 'Search failed: {error}',
      indexFailed: 'The search index could not be loaded: {error}',
    },
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
    colon: '\u00a0: ',
    speakingTime: 'Temps de parole',
    minutes: '{n} min',
    seconds: '{n} s',
    totalSpeakingTime: 'Temps de parole total',
    archive: {
      title: 'Archive des déclarations',
      skipToContent: 'Aller au contenu',
      siteNavigation: 'Site',
      breadcrumb: 'Fil d’Ariane',
      meetings: 'Réunions',
      organisations: 'Organisations',
      search: 'Rechercher',
      searchStatements: 'Rechercher des déclarations',
      newestStatements: '{title}\u00a0: dernières déclarations',
      atomFeed: 'Flux Atom',
      statementCount: {one: '{count} déclaration', other: '{count} déclarations'},
      meetingCount: {one: '{count} réunion', other: '{count} réunions'},
      organisationCount: {one: '{count} organisation', other: '{count} organisations'},
      agendaItemCount: {one: '{count} point de l’ordre du jour', other: '{count} points de l’ordre du jour'},
      organisationAndStateCount: {one: '{count} organisation ou État', other: '{count} organisations et États'},
      homeSummary: '{statements} prononcées lors de {meetings} par {organisations}',
      homeDescription: '{statements}, par réunion, point de l’ordre du jour et organisation',
      organisationsDescription: 'Toutes les organisations et tous les États dont l’archive contient des déclarations',
      organisation: 'Organisation',
      statementsBy: 'Déclarations de {name}',
      searchStatementsOf: 'Rechercher dans les déclarations de {name}',
      searchThisMeeting: 'Rechercher dans les déclarations de cette réunion',
      agendaItems: 'Points de l’ordre du jour',
      noAgendaItem: 'Hors ordre du jour',
      aboutStatement: 'À propos de cette déclaration',
      readingCopyPdf: 'Copie de lecture (PDF)',
      original: 'Original ({format})',
      normalisedText: 'Texte normalisé (Markdown)',
      meeting: 'Réunion',
      language: 'Langue',
      otherStatements: 'Autres déclarations sur ce point de l’ordre du jour',
      previousStatement: 'Déclaration précédente',
      nextStatement: 'Déclaration suivante',
      searchDescription: 'Rechercher dans toutes les déclarations',
      wordsToFind: 'Mots à rechercher',
      filters: 'Filtres',
      allMeetings: 'Toutes les réunions',
      allAgendaItems: 'Tous les points de l’ordre du jour',
      allOrganisations: 'Toutes les organisations',
      allLanguages: 'Toutes les langues',
      moreResults: 'Plus de résultats',
      searchNeedsScript: 'La recherche nécessite JavaScript. Parcourez les déclarations par réunion ou par organisation\u00a0:',
      searchPrompt: 'Saisissez un mot pour rechercher dans toutes les déclarations, ou choisissez un filtre.',
      searching: 'Recherche en cours…',
      matchesQuery: {one: '{count} déclaration correspond à «\u00a0{query}\u00a0».', other: '{count} déclarations correspondent à «\u00a0{query}\u00a0».'},
      matchesFilters: {one: '{count} déclaration correspond aux filtres.', other: '{count} déclarations correspondent aux filtres.'},
      searchFailed: 'La recherche a échoué\u00a0: {error}',
      indexFailed: 'L’index de recherche n’a pas pu être chargé\u00a0: {error}',
    },
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
    colon: ': ',
    speakingTime: 'Tiempo de intervención',
    minutes: '{n} min',
    seconds: '{n} s',
    totalSpeakingTime: 'Tiempo total de intervención',
    archive: {
      title: 'Archivo de declaraciones',
      skipToContent: 'Saltar al contenido',
      siteNavigation: 'Sitio',
      breadcrumb: 'Ruta de navegación',
      meetings: 'Reuniones',
      organisations: 'Organizaciones',
      search: 'Buscar',
      searchStatements: 'Buscar declaraciones',
      newestStatements: '{title}: declaraciones más recientes',
      atomFeed: 'Canal Atom',
      statementCount: {one: '{count} declaración', other: '{count} declaraciones'},
      meetingCount: {one: '{count} reunión', other: '{count} reuniones'},
      organisationCount: {one: '{count} organización', other: '{count} organizaciones'},
      agendaItemCount: {one: '{count} tema del programa', other: '{count} temas del programa'},
      organisationAndStateCount: {one: '{count} organización o Estado', other: '{count} organizaciones y Estados'},
      homeSummary: '{statements} de {meetings} y {organisations}',
      homeDescription: '{statements}, por reunión, tema del programa y organización',
      organisationsDescription: 'Todas las organizaciones y los Estados con declaraciones en el archivo',
      organisation: 'Organización',
      statementsBy: 'Declaraciones de {name}',
      searchStatementsOf: 'Buscar en las declaraciones de {name}',
      searchThisMeeting: 'Buscar en las declaraciones de esta reunión',
      agendaItems: 'Temas del programa',
      noAgendaItem: 'Sin tema del programa',
      aboutStatement: 'Acerca de esta declaración',
      readingCopyPdf: 'Copia de lectura (PDF)',
      original: 'Original ({format})',
      normalisedText: 'Texto normalizado (Markdown)',
      meeting: 'Reunión',
      language: 'Idioma',
      otherStatements: 'Otras declaraciones sobre este tema del programa',
      previousStatement: 'Declaración anterior',
      nextStatement: 'Declaración siguiente',
      searchDescription: 'Buscar en todas las declaraciones',
      wordsToFind: 'Palabras que buscar',
      filters: 'Filtros',
      allMeetings: 'Todas las reuniones',
      allAgendaItems: 'Todos los temas del programa',
      allOrganisations: 'Todas las organizaciones',
      allLanguages: 'Todos los idiomas',
      moreResults: 'Más resultados',
      searchNeedsScript: 'La búsqueda requiere JavaScript. Consulte las declaraciones por reunión o por organización:',
      searchPrompt: 'Escriba una palabra para buscar en todas las declaraciones, o elija un filtro.',
      searching: 'Buscando…',
      matchesQuery: {one: '{count} declaración coincide con «{query}».', other: '{count} declaraciones coinciden con «{query}».'},
      matchesFilters: {one: '{count} declaración coincide con los filtros.', other: '{count} declaraciones coinciden con los filtros.'},
      searchFailed: 'La búsqueda falló: {error}',
      indexFailed: 'No se pudo cargar el índice de búsqueda: {error}',
    },
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
    colon: ': ',
    speakingTime: 'Время выступления',
    minutes: '{n} мин',
    seconds: '{n} с',
    totalSpeakingTime: 'Общее время выступлений',
    archive: {
      title: 'Архив заявлений',
      skipToContent: 'Перейти к содержанию',
      siteNavigation: 'Сайт',
      breadcrumb: 'Навигационная цепочка',
      meetings: 'Совещания',
      organisations: 'Организации',
      search: 'Поиск',
      searchStatements: 'Поиск заявлений',
      newestStatements: '{title}: новые заявления',
      atomFeed: 'Лента Atom',
      statementCount: {one: '{count} заявление', few: '{count} заявления', many: '{count} заявлений', other: '{count} заявления'},
      meetingCount: {one: '{count} совещание', few: '{count} совещания', many: '{count} совещаний', other: '{count} совещания'},
      organisationCount: {one: '{count} организация', few: '{count} организации', many: '{count} организаций', other: '{count} организации'},
      agendaItemCount: {one: '{count} пункт повестки дня', few: '{count} пункта повестки дня', many: '{count} пунктов повестки дня', other: '{count} пункта повестки дня'},
      organisationAndStateCount: {one: '{count} организация или государство', few: '{count} организации и государства', many: '{count} организаций и государств', other: '{count} организации и государства'},
      homeSummary: '{statements} · {meetings} · {organisations}',
      homeDescription: '{statements} по совещаниям, пунктам повестки дня и организациям',
      organisationsDescription: 'Все организации и государства, заявления которых есть в архиве',
      organisation: 'Организация',
      statementsBy: 'Заявления: {name}',
      searchStatementsOf: 'Искать в заявлениях: {name}',
      searchThisMeeting: 'Искать в заявлениях этого совещания',
      agendaItems: 'Пункты повестки дня',
      noAgendaItem: 'Вне пунктов повестки дня',
      aboutStatement: 'Об этом заявлении',
      readingCopyPdf: 'Копия для чтения (PDF)',
      original: 'Оригинал ({format})',
      normalisedText: 'Нормализованный текст (Markdown)',
      meeting: 'Совещание',
      language: 'Язык',
      otherStatements: 'Другие заявления по этому пункту повестки дня',
      previousStatement: 'Предыдущее заявление',
      nextStatement: 'Следующее заявление',
      searchDescription: 'Поиск по всем заявлениям',
      wordsToFind: 'Слова для поиска',
      filters: 'Фильтры',
      allMeetings: 'Все совещания',
      allAgendaItems: 'Все пункты повестки дня',
      allOrganisations: 'Все организации',
      allLanguages: 'Все языки',
      moreResults: 'Ещё результаты',
      searchNeedsScript: 'Для поиска нужен JavaScript. Просматривайте заявления по совещаниям или по организациям:',
      searchPrompt: 'Введите слово, чтобы искать во всех заявлениях, или выберите фильтр.',
      searching: 'Поиск…',
      matchesQuery: {one: '«{query}»: найдено {count} заявление.', few: '«{query}»: найдено {count} заявления.', many: '«{query}»: найдено {count} заявлений.', other: '«{query}»: найдено {count} заявления.'},
      matchesFilters: {one: 'Фильтрам соответствует {count} заявление.', few: 'Фильтрам соответствуют {count} заявления.', many: 'Фильтрам соответствуют {count} заявлений.', other: 'Фильтрам соответствуют {count} заявления.'},
      searchFailed: 'Ошибка поиска: {error}',
      indexFailed: 'Не удалось загрузить поисковый индекс: {error}',
    },
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
    colon: ': ',
    speakingTime: 'مدة الكلمة',
    minutes: '{n} د',
    seconds: '{n} ث',
    totalSpeakingTime: 'مجموع مدة الكلمات',
    archive: {
      title: 'أرشيف البيانات',
      skipToContent: 'انتقل إلى المحتوى',
      siteNavigation: 'الموقع',
      breadcrumb: 'مسار التنقل',
      meetings: 'الاجتماعات',
      organisations: 'المنظمات',
      search: 'بحث',
      searchStatements: 'ابحث في البيانات',
      newestStatements: '{title}: أحدث البيانات',
      atomFeed: 'موجز Atom',
      statementCount: {zero: 'لا توجد بيانات', one: 'بيان واحد', two: 'بيانان', few: '{count} بيانات', many: '{count} بيانًا', other: '{count} بيان'},
      meetingCount: {zero: 'لا توجد اجتماعات', one: 'اجتماع واحد', two: 'اجتماعان', few: '{count} اجتماعات', many: '{count} اجتماعًا', other: '{count} اجتماع'},
      organisationCount: {zero: 'لا توجد منظمات', one: 'منظمة واحدة', two: 'منظمتان', few: '{count} منظمات', many: '{count} منظمةً', other: '{count} منظمة'},
      agendaItemCount: {zero: 'لا توجد بنود', one: 'بند واحد من جدول الأعمال', two: 'بندان من جدول الأعمال', few: '{count} بنود من جدول الأعمال', many: '{count} بندًا من جدول الأعمال', other: '{count} بند من جدول الأعمال'},
      organisationAndStateCount: {zero: 'لا توجد منظمات ولا دول', one: 'منظمة أو دولة واحدة', two: 'منظمتان أو دولتان', few: '{count} منظمات ودول', many: '{count} منظمةً ودولةً', other: '{count} منظمة ودولة'},
      homeSummary: '{statements}، {meetings}، {organisations}',
      homeDescription: '{statements}، حسب الاجتماع والبند من جدول الأعمال والمنظمة',
      organisationsDescription: 'جميع المنظمات والدول التي لها بيانات في الأرشيف',
      organisation: 'المنظمة',
      statementsBy: 'بيانات {name}',
      searchStatementsOf: 'ابحث في بيانات {name}',
      searchThisMeeting: 'ابحث في بيانات هذا الاجتماع',
      agendaItems: 'بنود جدول الأعمال',
      noAgendaItem: 'خارج بنود جدول الأعمال',
      aboutStatement: 'عن هذا البيان',
      readingCopyPdf: 'نسخة للقراءة (PDF)',
      original: 'الأصل ({format})',
      normalisedText: 'النص الموحّد (Markdown)',
      meeting: 'الاجتماع',
      language: 'اللغة',
      otherStatements: 'بيانات أخرى في إطار هذا البند من جدول الأعمال',
      previousStatement: 'البيان السابق',
      nextStatement: 'البيان التالي',
      searchDescription: 'ابحث في جميع البيانات',
      wordsToFind: 'الكلمات المراد البحث عنها',
      filters: 'عوامل التصفية',
      allMeetings: 'جميع الاجتماعات',
      allAgendaItems: 'جميع بنود جدول الأعمال',
      allOrganisations: 'جميع المنظمات',
      allLanguages: 'جميع اللغات',
      moreResults: 'مزيد من النتائج',
      searchNeedsScript: 'يتطلب البحث JavaScript. تصفّح البيانات حسب الاجتماع أو حسب المنظمة:',
      searchPrompt: 'اكتب كلمة للبحث في جميع البيانات، أو اختر عامل تصفية.',
      searching: 'جارٍ البحث…',
      matchesQuery: {zero: 'لا توجد بيانات تطابق «{query}».', one: 'بيان واحد يطابق «{query}».', two: 'بيانان يطابقان «{query}».', few: '{count} بيانات تطابق «{query}».', many: '{count} بيانًا يطابق «{query}».', other: '{count} بيان يطابق «{query}».'},
      matchesFilters: {zero: 'لا توجد بيانات تطابق عوامل التصفية.', one: 'بيان واحد يطابق عوامل التصفية.', two: 'بيانان يطابقان عوامل التصفية.', few: '{count} بيانات تطابق عوامل التصفية.', many: '{count} بيانًا يطابق عوامل التصفية.', other: '{count} بيان يطابق عوامل التصفية.'},
      searchFailed: 'تعذّر البحث: {error}',
      indexFailed: 'تعذّر تحميل فهرس البحث: {error}',
    },
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
    colon: '：',
    speakingTime: '发言时间',
    minutes: '{n} 分',
    seconds: '{n} 秒',
    totalSpeakingTime: '发言时间合计',
    archive: {
      title: '发言档案库',
      skipToContent: '跳到正文',
      siteNavigation: '网站',
      breadcrumb: '导航路径',
      meetings: '会议',
      organisations: '组织',
      search: '搜索',
      searchStatements: '搜索发言',
      newestStatements: '{title}：最新发言',
      atomFeed: 'Atom 订阅',
      statementCount: {other: '{count} 篇发言'},
      meetingCount: {other: '{count} 次会议'},
      organisationCount: {other: '{count} 个组织'},
      agendaItemCount: {other: '{count} 个议程项目'},
      organisationAndStateCount: {other: '{count} 个组织和国家'},
      homeSummary: '{statements}，{meetings}，{organisations}',
      homeDescription: '{statements}，按会议、议程项目和组织分类',
      organisationsDescription: '档案库中有发言的所有组织和国家',
      organisation: '组织',
      statementsBy: '{name}的发言',
      searchStatementsOf: '搜索{name}的发言',
      searchThisMeeting: '搜索本次会议的发言',
      agendaItems: '议程项目',
      noAgendaItem: '无议程项目',
      aboutStatement: '关于本发言',
      readingCopyPdf: '阅读版（PDF）',
      original: '原件（{format}）',
      normalisedText: '规范化文本（Markdown）',
      meeting: '会议',
      language: '语言',
      otherStatements: '本议程项目下的其他发言',
      previousStatement: '上一篇发言',
      nextStatement: '下一篇发言',
      searchDescription: '搜索所有发言',
      wordsToFind: '搜索词',
      filters: '筛选',
      allMeetings: '所有会议',
      allAgendaItems: '所有议程项目',
      allOrganisations: '所有组织',
      allLanguages: '所有语言',
      moreResults: '更多结果',
      searchNeedsScript: '搜索需要 JavaScript。可按会议或组织浏览发言：',
      searchPrompt: '输入词语以搜索所有发言，或选择筛选条件。',
      searching: '正在搜索…',
      matchesQuery: {other: '{count} 篇发言与“{query}”匹配。'},
      matchesFilters: {other: '{count} 篇发言符合筛选条件。'},
      searchFailed: '搜索失败：{error}',
      indexFailed: '无法加载搜索索引：{error}',
    },
  },
}

/** The six UN languages, the languages the archive's interface can be set in (`archive.language`). */
export const interfaceLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const
export type InterfaceLanguage = (typeof interfaceLanguages)[number]

/** The form of `forms` for `count` in the language, with the number in it: "1 statement", "5 заявлений". */
export function countText(forms: CountForms, count: number, language: string): string {
  const form = forms[new Intl.PluralRules(language).select(count)] ?? forms.other
  return fillIn(form, {count})
}

/** `{name}` placeholders replaced by the values given; an unknown one stays as it is. */
export function fillIn(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder))
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
