import {describe, expect, it} from 'vitest'
import {chromePrefixEnd, neighbourChromeKind, siteChromeKind} from '../../src/normalise/vocabulary/site-chrome.ts'

/** Each family of web-page chrome, in the six UN languages (lines written for this test). */
const chrome: Record<string, string[]> = {
  breadcrumb: [
    'Home > Statements > Disarmament',
    'Accueil » Actualités » Discours',
    'Inicio > Declaraciones',
    'Главная / Новости / Выступления',
    'الرئيسية > الأخبار > البيانات',
    '首页 > 新闻 > 讲话',
    'Department of Disarmament › Speeches › 2025',
    // Icons for separators, copied as nothing: "Home", the section and the headline cut short.
    'HomeNewsProtecting civilians must come first in every...',
    // Behind its label, one link is enough, and the last may be the page's whole title.
    'You are here: Home / Statements / Human Rights Council',
    'You are here: Statements',
    'You are here > Home > HRC61 – Item 4 General Debate – Statement by Ireland on the situations that require attention',
    'Vous êtes ici : Accueil > Actualités',
    'Usted está aquí: Inicio',
    'Вы здесь: Главная / Новости',
    'أنت هنا: الرئيسية > الأخبار',
    '当前位置：首页 > 新闻 > 讲话',
  ],
  advertisement: ['- Advertisement -', 'Advertisement - spot_img', 'Publicité', 'Publicidad', 'Реклама', 'إعلان', '广告'],
  'skip-link': ['تجاوز إلى المحتوى الرئيسي', 'Skip to main content', 'Aller au contenu principal', 'Ir al contenido principal', 'Перейти к основному содержанию', 'الانتقال إلى المحتوى الرئيسي', '跳到主要内容'],
  navigation: ['Breadcrumb', 'You are here', 'Fil d’Ariane', 'Строка навигации', 'مسار التنقل', '面包屑导航', 'About us', 'Qui sommes-nous', 'Quiénes somos', 'О нас', 'من نحن', '关于我们', 'Menu', 'Home', 'Search', 'Plan du site', 'Mapa del sitio', 'Карта сайта', 'خريطة الموقع', '网站地图', 'Welcome to the United Nations', 'Asset Publisher', 'Публикатор'],
  share: [
    'Share this page',
    'Bookmark and Share',
    'Tell a friend',
    'Send page',
    'Partager : Facebook X LinkedIn',
    'Compartir en: Facebook Twitter',
    'Поделиться:',
    'مشاركة',
    '分享到 微博 微信',
  ],
  print: ['Print page', 'Printer Friendly Version', 'Download PDF', 'Imprimer cette page | Partager', 'Imprimir | Compartir', 'Версия для печати', 'طباعة', '【打印本页】【关闭窗口】', '下载 收藏 分享'],
  video: ['UN Web TV', 'Live now', 'Related videos', 'Watch more', 'Original language', 'Langue originale', 'Idioma original', 'Язык оригинала', 'Duration: 02:58:41', 'Durée : 1:02:03', '相关视频'],
  'font-size': ['A | A | A', 'A+ A-', 'A- A A+', 'Taille du texte', 'Размер шрифта', 'حجم الخط', '【字体：大 中 小】'],
  'back-to-top': ['Back to top', 'Haut de la page', 'Retour en haut de page', 'Volver arriba', 'Наверх', 'Вернуться к списку новостей', 'العودة إلى أعلى الصفحة', '返回顶部'],
  'language-switcher': ['English | Français | Español', 'English Français Español Русский العربية 中文', '• en-GB fr-FR es-ES ru-RU', 'EN-gb1 fr-FR1'],
  'cookie-banner': [
    'We use cookies to make this website work.',
    'Cookies on EXAMPLE.ORG',
    'Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.',
    'Este sitio utiliza cookies para mejorar su navegación. Aceptar',
    'Мы используем файлы cookie, чтобы сайт работал лучше.',
    'يستخدم هذا الموقع ملفات تعريف الارتباط (cookies).',
    '本网站使用cookies以改善浏览体验。',
    'Accept additional cookies Reject additional cookies View cookies',
  ],
  footer: [
    'Privacy | Terms of use | Contact us',
    'Privacy Notice Terms of Use Fraud Alert FAQ',
    'Mentions légales | Accessibilité | Plan du site',
    'Políticas de privacidad | Aviso legal',
    'Политика конфиденциальности | Условия использования',
    'سياسة الخصوصية | شروط الاستخدام',
    '隐私政策 | 使用条款',
  ],
  copyright: [
    '© 2025 Example Mission',
    'Copyright © Ministry of Foreign Affairs',
    'All content is available under the Open Example Licence, except where otherwise stated',
    'Tous droits réservés',
    'Todos los derechos reservados',
    'Все права защищены',
    'جميع الحقوق محفوظة',
    '版权所有 常驻代表团',
  ],
  'official-banner': ['An official website of the United States government', 'Here’s how you know', 'Official websites use .gov'],
  contact: ['Contact us', 'Tel.: +41 22 555 01 23', 'Dirección:', 'Correo electrónico:', 'Téléphone : +33 1 23 45 67 89', 'Телефон: +7 495 555-00-00', 'هاتف: +41 22 555 0000', '电话：+86 10 5555 0000', 'Atención al ciudadano'],
  'date-stamp': [
    'Published: 3 March 2025',
    '14-10-2025 Statement',
    '08.11.1999 Déclaration',
    'Published',
    'Last updated: 14.11.2025',
    'Posted on 2 May 2024',
    'publié le 04/12/2025',
    'Dernière mise à jour : 14 novembre 2025',
    'Última actualización: 31/10/2025',
    'Дата публикации: 13 ноября 2025 года',
    'آخر تحديث: 2 كانون الأول/ديسمبر 2025',
    '发布时间：2025年11月12日 10:30',
    '13.11.25 14:05',
  ],
  related: ['Related content', 'Read more', 'À lire aussi', 'Contenido relacionado', 'Дополнительные материалы', 'مواضيع ذات صلة', '相关推荐', 'Subscribe to our newsletter'],
  tags: ['Tags: disarmament, landmines', 'Mots-clés : désarmement, mines', 'Etiquetas: minas, desarme', 'Теги: разоружение', 'الوسوم: نزع السلاح', '标签：裁军'],
  counter: ['3 downloads 86 Views 99KB Size', 'Views: 1,204', 'Просмотров: 512'],
  'document-site': ['Upload: someone', 'Total Page: 2 File Type: pdf', 'Category: Documents', 'Page 2: Statement on victim assistance', '本文由小编整理，仅供参考。'],
  feedback: ['Is this page useful?', 'Yes this page is useful', 'Report a problem with this page', 'Cette page vous a-t-elle été utile ?'],
  'site-address': ['www.example.org', 'https://www.example.org/statements/2025', 'EXAMPLE.GOV.UK'],
  'document-number': ['2491-13-11-2025', 'Ref. LG 2025/112', 'Réf. : DIR 2024-55', 'Referencia: 2025/31'],
  'press-disclaimer': ['For information media. Not an official record.', 'For information media - not an official record', 'Pour information - document non officiel', 'Para información de los medios. No es un documento oficial.'],
}

/** Header and body lines that mention the same things and are never chrome (written for this test). */
const prose = [
  'We share the concern of many delegations about the humanitarian cost of these weapons.',
  'Please print and share the final report with every capital before the next meeting.',
  'Home to many survivors, the region still needs sustained support for clearance.',
  'Contact between operators and national authorities must be strengthened.',
  'Cookies and other small items were found in the abandoned school, our teams reported.',
  'Back to the core of the matter: the deadlines must be met.',
  'Nous partageons pleinement les préoccupations exprimées par le Président.',
  'Imprimer un nouvel élan à la Convention est notre objectif commun.',
  'Compartimos la preocupación expresada por la delegación de México.',
  'Поделиться опытом разминирования мы готовы со всеми государствами.',
  'نود أن نشارك الدول الأطراف تجربتنا في إزالة الألغام.',
  '我们愿与各方分享排雷经验。',
  'Statement by H.E. Ms. Ana Ruiz, Permanent Representative',
  'Geneva, 2 December 2025',
  '2 December 2025',
  'Published by the Implementation Support Unit on behalf of the Presidency, this report shows real progress.',
  'Last updated figures show that 30 States Parties have completed clearance.',
  'Mr. President,',
  'Thank you.',
  'Item 9 (d) > Universalisation',
  '(a)',
  'X',
  'Statement',
  'Email',
  'Agenda item 10: Clearance / Article 5',
  'English translation',
  'Ms. Ana Ruiz, Director, Geneva Branch',
  'Tel Aviv and Beirut were mentioned in the report.',
  'Date: 12 November 2025',
  'Reference is made to resolution 2025/112',
  'For information, the record of the meeting is not yet official.',
  'You are here because the Convention works, and it must keep working.',
  'Está aquí el documento A/78/123 que presentamos hoy',
  'Se encuentra en Ginebra la Dependencia de Apoyo',
]

describe('site chrome', () => {
  for (const [kind, lines] of Object.entries(chrome)) {
    it(`reads ${kind}`, () => {
      for (const line of lines) expect(siteChromeKind(line), line).toBe(kind)
    })
  }

  it('never takes prose or a header line for chrome', () => {
    for (const line of prose) expect(siteChromeKind(line), line).toBeNull()
  })

  it('takes section names and lone share targets only next to other chrome', () => {
    for (const line of ['Statements', 'X', 'Email', 'Press releases', 'TRANSCRIPT', 'Sala de prensa', 'Salle de presse', 'Пресс-центр', 'المركز الصحفي', '新闻中心', 'Выступления', 'بيان', '讲话']) {
      expect(siteChromeKind(line), line).toBeNull()
      expect(neighbourChromeKind(line), line).toBe('navigation')
    }
    for (const line of ['Thank you.', 'Geneva', 'Statement by Ireland']) expect(neighbourChromeKind(line), line).toBeNull()
  })
})

describe('chromePrefixEnd', () => {
  it('finds a date stamp a page put in front of a header line', () => {
    expect(chromePrefixEnd('Last updated: 14.11.2025 // Statement by Chile')).toBe('Last updated: 14.11.2025 // '.length)
    expect(chromePrefixEnd('Publié le 04/12/2025 | Intervention de la France')).toBe('Publié le 04/12/2025 | '.length)
  })

  it('leaves a line that starts with anything else', () => {
    expect(chromePrefixEnd('Statement by Chile // Geneva, 14.11.2025')).toBeNull()
    expect(chromePrefixEnd('Last updated: 14.11.2025')).toBeNull()
  })
})
