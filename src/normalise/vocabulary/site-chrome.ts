import {foldVariants} from '../metadata/fold.ts'
import {monthNames} from './months.ts'

/**
 * What a web page wraps a statement in, as it comes along when the page is copied as text:
 * navigation, breadcrumbs, share, print and font-size widgets, cookie banners, language
 * switchers, date stamps, counters, document-site banners, related links, tags, contact blocks
 * and footers, in the six UN languages. Every pattern is for a whole line, and none takes a
 * sentence: a statement that mentions sharing, printing or cookies is never chrome.
 */

/** Words and phrases that are whole widgets or links, by the kind of chrome they make. */
const widgets: Record<string, string[]> = {
  'skip-link': [
    'skip to main content', 'skip to content', 'skip navigation', 'skip links', 'jump to content',
    'aller au contenu principal', 'aller au contenu', 'passer au contenu principal', 'ir al contenido principal', 'ir al contenido', 'saltar al contenido principal', 'saltar al contenido',
    'перейти к основному содержанию', 'перейти к содержанию', 'перейти к основному содержимому', 'перейти к содержимому',
    'الانتقال إلى المحتوى الرئيسي', 'انتقل إلى المحتوى الرئيسي', 'تخطي إلى المحتوى الرئيسي', 'تجاوز إلى المحتوى الرئيسي',
    '跳到主要内容', '跳转到主要内容', '跳过导航',
  ],
  navigation: [
    'home', 'home page', 'homepage', 'menu', 'main menu', 'open menu', 'close menu', 'navigation', 'search', 'search this site', 'site map', 'sitemap', 'faq', 'faqs', 'rss', 'login', 'log in', 'sign in',
    'welcome to the united nations', 'accueil', 'page d\'accueil', 'rechercher', 'recherche', 'plan du site', 'bienvenue aux nations unies',
    'inicio', 'página de inicio', 'portada', 'buscar', 'búsqueda', 'mapa del sitio', 'mapa del sitio web', 'bienvenidos a las naciones unidas',
    'главная', 'главная страница', 'меню', 'поиск', 'карта сайта', 'добро пожаловать в организацию объединенных наций',
    'الرئيسية', 'الصفحة الرئيسية', 'القائمة', 'بحث', 'خريطة الموقع', 'مرحبا بكم في الأمم المتحدة',
    '首页', '主页', '网站首页', '菜单', '搜索', '网站地图', '欢迎来到联合国',
    'asset publisher', 'publicateur de contenu', 'publicador de contenidos', 'публикатор',
    // A breadcrumb's label for screen readers, copied with the page.
    'breadcrumb', 'breadcrumbs', 'you are here', 'fil d\'ariane', 'vous êtes ici', 'ruta de navegación', 'migas de pan', 'usted está aquí', 'строка навигации', 'навигационная цепочка', 'вы здесь', 'مسار التنقل', 'أنت هنا', '面包屑', '面包屑导航', '当前位置',
    'about us', 'who we are', 'what we do', 'à propos', 'à propos de nous', 'qui sommes-nous', 'quiénes somos', 'sobre nosotros', 'acerca de nosotros', 'о нас', 'кто мы', 'من نحن', 'عن البعثة', '关于我们', '我们是谁',
  ],
  'back-to-top': [
    'back to top', 'top of page', 'return to top', 'back to the top', 'back to list', 'back to news',
    'haut de la page', 'haut de page', 'retour en haut', 'retour en haut de page', 'retour en haut de la page', 'retour à la liste',
    'volver arriba', 'ir arriba', 'volver al inicio', 'subir', 'volver a la lista',
    'наверх', 'вернуться наверх', 'к началу страницы', 'вернуться к списку', 'вернуться к списку новостей', 'назад к списку',
    'العودة إلى أعلى الصفحة', 'العودة إلى الأعلى', 'أعلى الصفحة', 'العودة إلى القائمة',
    '返回顶部', '回到顶部', '返回列表', '关闭窗口', '关闭本页', 'close window', 'fermer la fenêtre', 'cerrar ventana', 'закрыть окно', 'إغلاق النافذة',
  ],
  share: [
    'share', 'share this', 'share this page', 'share this article', 'share on', 'share embed', 'embed', 'bookmark', 'bookmark and share', 'tell a friend', 'send page', 'send this page', 'email this page', 'e-mail this page', 'send to a friend',
    'facebook', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'youtube', 'instagram', 'flickr', 'tweet', 'follow us', 'join us on facebook',
    'partager', 'partager cette page', 'partager sur', 'envoyer', 'envoyer cette page', 'envoyer à un ami', 'suivez-nous',
    'compartir', 'compartir en', 'compartir esta página', 'enviar', 'enviar esta página', 'recomendar esta página', 'envíe esta página', 'síguenos',
    'поделиться', 'отправить', 'отправить другу', 'вконтакте', 'одноклассники', 'мы в соцсетях',
    'مشاركة', 'شارك', 'أرسل لصديق', 'تابعونا',
    '分享', '分享到', '收藏', '微博', '微信', 'qq空间', 'qzone', '评论', '推荐给朋友',
  ],
  print: [
    'print', 'print page', 'print this page', 'printer friendly version', 'printer-friendly version', 'printer friendly', 'printable version', 'download', 'download pdf', 'download this document', 'save as pdf', 'pdf',
    'imprimer', 'imprimer cette page', 'version imprimable', 'version pdf', 'télécharger', 'télécharger le pdf',
    'imprimir', 'imprimir esta página', 'versión para imprimir', 'versión imprimible', 'descargar', 'descargar pdf',
    'версия для печати', 'распечатать', 'печать', 'скачать', 'скачать pdf',
    'طباعة', 'اطبع', 'نسخة للطباعة', 'تحميل', 'تنزيل',
    '打印', '打印本页', '打印此页', '下载', '下载本文档', '下载文档',
  ],
  related: [
    'related', 'related content', 'related articles', 'related links', 'related news', 'related documents', 'related pages', 'see also', 'read more', 'more from this user', 'recommended', 'you may also like', 'more', 'updates to this page', 'subscribe', 'subscribe to our newsletter', 'newsletter', 'sign up for emails',
    'à lire aussi', 'lire aussi', 'voir aussi', 'sur le même sujet', 'contenus associés', 'articles associés', 'en savoir plus', 'lire la suite', 's\'abonner', 'abonnez-vous', 'lettre d\'information',
    'relacionado', 'relacionados', 'contenido relacionado', 'contenidos relacionados', 'noticias relacionadas', 'ver también', 'leer más', 'suscríbase', 'suscribirse',
    'дополнительные материалы', 'см. также', 'читайте также', 'похожие материалы', 'подробнее', 'по теме', 'подписаться', 'другие материалы',
    'ذات صلة', 'مواضيع ذات صلة', 'اقرأ أيضا', 'اقرأ المزيد', 'المزيد', 'اشترك',
    '相关推荐', '相关新闻', '相关链接', '相关文章', '相关阅读', '更多', '阅读全文',
  ],
  footer: [
    'privacy', 'privacy policy', 'privacy notice', 'terms of use', 'terms and conditions', 'terms', 'accessibility', 'legal notice', 'legal', 'disclaimer', 'copyright', 'fraud alert', 'cookie settings', 'cookie policy', 'cookies', 'manage cookies', 'view cookies', 'accept cookies', 'accept all cookies', 'accept additional cookies', 'reject additional cookies', 'reject all cookies', 'report dmca', 'dmca',
    'mentions légales', 'accessibilité', 'politique de confidentialité', 'données personnelles', 'gestion des cookies', 'conditions d\'utilisation', 'j\'accepte', 'accepter', 'refuser',
    'políticas de privacidad', 'política de privacidad', 'aviso legal', 'accesibilidad', 'términos de uso', 'condiciones de uso', 'política de cookies', 'acepto', 'aceptar', 'rechazar',
    'политика конфиденциальности', 'условия использования', 'правовая информация', 'доступность', 'принять', 'согласен',
    'سياسة الخصوصية', 'شروط الاستخدام', 'إخلاء المسؤولية', 'إمكانية الوصول', 'موافق', 'قبول',
    '隐私政策', '使用条款', '免责声明', '法律声明', '无障碍', '接受', '同意',
  ],
  contact: [
    'contact', 'contact us', 'contacts', 'contactez-nous', 'nous contacter', 'contacto', 'contáctenos', 'contactos', 'контакты', 'обратная связь', 'اتصل بنا', 'للاتصال بنا', '联系我们',
    'atención al ciudadano',
  ],
  // News sites that republish a statement put their advertising slots' labels among its lines.
  advertisement: [
    'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'spot_img',
    'publicité', 'annonce', 'publicidad', 'anuncio', 'реклама', 'إعلان', '广告',
  ],
  // Video pages (UN Web TV and the like): the player's labels around a statement's transcript.
  video: [
    'un web tv', 'web tv', 'live now', 'watch live', 'watch more', 'watch', 'related videos', 'more videos', 'original language', 'audio language', 'subtitles', 'transcript available',
    'en direct', 'vidéos associées', 'plus de vidéos', 'langue originale', 'en vivo', 'videos relacionados', 'más videos', 'idioma original',
    'прямой эфир', 'похожие видео', 'другие видео', 'язык оригинала', 'بث مباشر', 'مقاطع فيديو ذات صلة', 'اللغة الأصلية', '直播', '相关视频', '更多视频', '原声', '原始语言',
  ],
  'language-switcher': [
    'english', 'français', 'español', 'русский', 'عربي', 'العربية', '中文', '简体中文', 'deutsch', 'português', 'italiano', 'langue', 'language', 'idioma', 'язык', 'اللغة', '语言',
  ],
}

/**
 * Section and content-type names ("Statements", "Speech", "TRANSCRIPT", a lone "X" or "Email"): chrome
 * only next to other chrome, for alone they can be a header's own word or a numbered section.
 */
const neighbourWidgets = [
  'schedule', 'topics', 'videos', 'on demand', 'programme', 'calendrier', 'thèmes', 'programación', 'temas', 'расписание', 'темы', 'الجدول', 'المواضيع', '节目表', '专题',
  'x', 'email', 'e-mail', 'mail', 'contents', 'statement', 'statements', 'speech', 'speeches', 'news', 'press release', 'press releases', 'resources', 'media', 'publications', 'documents', 'transcript', 'newsroom', 'press room', 'press centre', 'press center',
  'déclaration', 'déclarations', 'discours', 'actualités', 'communiqués', 'transcription', 'courriel', 'salle de presse', 'espace presse',
  'declaración', 'declaraciones', 'discurso', 'discursos', 'noticias', 'comunicados', 'mensajes', 'transcripción', 'correo', 'sala de prensa',
  'выступление', 'выступления', 'заявление', 'заявления', 'новости', 'документы', 'текст', 'пресс-центр', 'пресс-служба',
  'بيان', 'بيانات', 'كلمة', 'كلمات', 'الأخبار', 'أخبار', 'بريد إلكتروني', 'المركز الإعلامي', 'المركز الصحفي',
  '讲话', '发言', '新闻', '文件', '邮件', '新闻中心', '新闻发布',
]

const separators = String.raw`\s|:：,;、•·|｜/\\>»›<«‹()\[\]【】「」–—-`
const separator = new RegExp(`^[${separators}]+`, 'u')
/** A phrase ends where a word ends; Chinese has no spaces between words. */
const phraseEnd = String.raw`(?:(?<=[\p{Script=Han}])|(?![\p{L}\p{N}]))`

function phraseReader(phrases: string[]): RegExp {
  const alternatives = [...new Set(phrases.map(foldVariants))].sort((a, b) => b.length - a.length).map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^(?:${alternatives.join('|')})${phraseEnd}`, 'u')
}

/** "Sign up for emails or print this page": the words between two widgets. */
const connectives = ['or', 'and', 'ou', 'et', 'o', 'y', 'или', 'и', 'او', 'و', '或', '和']

const kindOfPhrase = new Map<string, string>()
for (const [kind, phrases] of Object.entries(widgets)) for (const phrase of phrases) kindOfPhrase.set(foldVariants(phrase), kind)
const widgetPhrase = phraseReader([...Object.values(widgets).flat(), ...neighbourWidgets, ...connectives])

/**
 * A line made of nothing but widgets and separators: the kind of its first widget that is chrome on
 * its own (`alone`: null for a line of section names only), or null for any other line.
 */
function readWidgets(folded: string): {alone: string | null} | null {
  let rest = folded.replace(separator, '')
  let alone: string | null = null
  let widgets = 0
  while (rest) {
    const match = widgetPhrase.exec(rest)
    if (!match) return null
    if (!connectives.includes(match[0])) widgets++
    alone ??= kindOfPhrase.get(match[0]) ?? null
    rest = rest.slice(match[0].length).replace(separator, '')
  }
  return widgets ? {alone} : null
}

const months = Object.values(monthNames).flat().sort((a, b) => b.length - a.length).join('|')
const weekdays =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|星期[一二三四五六日天]'
/** A date, with or without a weekday and a time, and nothing else: what a stamp's label is followed by. */
const dateOnly = new RegExp(
  String.raw`^(?:(?:${weekdays})[,\s]*)?(?:\d{1,4}|${months}|de|del|le|the|of|года|г\.?|[年月日./\-\s,])+(?:\s*(?:at|a|à|в)?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|gmt|utc|cet|cest)?)?$`,
  'u',
)
const stampLabels = [
  'published', 'published on', 'posted', 'posted on', 'last updated', 'last update', 'updated', 'last modified', 'date published', 'publication date', 'first published', 'released',
  'publié le', 'mis à jour le', 'mise à jour', 'dernière mise à jour', 'date de publication', 'modifié le',
  'publicado', 'publicado el', 'fecha de publicación', 'última actualización', 'actualizado', 'actualizado el', 'fecha de actualización',
  'post on', 'uploaded on', 'опубликовано', 'дата публикации', 'обновлено', 'последнее обновление', 'дата обновления', 'дата изменения',
  'آخر تحديث', 'تاريخ النشر', 'نشر في', 'تاريخ التحديث', 'تم النشر',
  '发布时间', '发布日期', '更新时间', '更新日期',
]
const stampLabel = new RegExp(`^(?:${stampLabels.map(foldVariants).sort((a, b) => b.length - a.length).join('|')})${phraseEnd}\\s*[:：]?\\s*`, 'u')

/** Whole-line patterns on the folded line, by kind. */
const linePatterns: Array<[string, RegExp]> = [
  ['font-size', /^(?:(?:font size|text size|taille du texte|taille de police|tamano de (?:letra|texto|fuente)|размер шрифта|حجم الخط|字体|字号)\s*[:：]?\s*)?(?:(?:a[+-]?|[大中小]|[+-]a)\s*[|/]?\s*){2,}$/u],
  ['font-size', /^(?:font size|text size|taille du texte|tamano de (?:letra|texto)|размер шрифта|حجم الخط)$/u],
  ['cookie-banner', /^cookies on \S+$/u],
  ['copyright', /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|tous droits reserves|todos los derechos reservados|все права защищены|جميع الحقوق محفوظه|版权所有|版权)/u],
  // The UN's press releases close with their status: "For information media. Not an official record."
  ['press-disclaimer', /^(?:for information media\W+not an official record|pour information\W+(?:document|texte) non officiel|para informacion de los medios\W+no es un documento oficial|для информации средств массовой информации\W+не является официальным документом)\W*$/u],
  ['copyright', /^(?:all )?(?:content|material|text)s? (?:on this (?:site|page) )?(?:is |are )?(?:available|licensed|published) under .*licen[cs]e/u],
  ['feedback', /^(?:is this page (?:useful|helpful)\??|(?:yes|no),? this page is (?:not )?(?:useful|helpful)|report a problem(?: with this page)?|was this (?:page|information) (?:useful|helpful)\??|cette page (?:vous )?a-t-elle ete utile ?\??|¿?(?:le )?(?:fue|ha sido|resulto) util (?:esta|la) (?:pagina|informacion)\??|была ли (?:эта )?(?:страница|информация) полезн\S*\??|هل كانت هذه الصفحه مفيده[؟?]?|(?:本页|此页)(?:内容)?(?:是否)?(?:对您)?有(?:所)?帮助[吗？?]*)$/u],
  ['counter', /^(?=.*\d)(?:(?:\d[\d.,\s]*)?(?:kb|mb|views?|downloads?|pages?|comments?|likes?|size|vues|telechargements|visitas|descargas|просмотр\S*|скачиван\S*|комментари\S*|مشاهده|تحميل|次浏览|次下载|阅读)\s*){2,}$|^(?:views|vues|visitas|просмотров|مشاهدات|浏览|阅读)\s*[:：]?\s*[\d\s,.]+$/u],
  ['document-site', /^(?:upload(?:ed)?(?: by)?|post(?:ed)? on|category|total pages?|file (?:type|size)|size|views|downloads|pages|tamano|categoria|categorie|просмотров|скачиваний|загружено|файл|文件(?:类型|大小)|页数|浏览(?:次数)?|下载(?:次数)?|阅读(?:次数)?)\s*[:：]\s*\S.{0,120}$/u],
  ['document-site', /^(?:page|pagina|страница)\s+\d+\s*:\s*\S/u],
  ['document-site', /^本文由.{0,40}(?:整理|发布|编辑|提供|上传)/u],
  ['video', /^(?:duration|duree|duracion|продолжительность|длительность|المده|时长)\s*[:：]?\s*\d{1,2}(?::\d{2}){1,2}$/u],
  ['tags', /^(?:tags?|keywords|topics|mots-cles|etiquettes|themes|etiquetas|palabras clave|temas|теги|метки|ключевые слова|темы|الكلمات المفتاحيه|الوسوم|标签|关键词)\s*[:：]\s*[^.!?。！？]{1,150}$/u],
  ['contact', /^(?:tel|tel\.|telephone|phone|fax|e-?mail|address|adresse|telefono(?: local)?|direccion|correo electronico|correo|телефон|тел\.|факс|адрес|эл\. почта|هاتف|الهاتف|فاكس|العنوان|البريد الالكتروني|电话|传真|地址|邮编|电子邮件)\s*[:：]\s*(?:[+\d\s().-]{6,}|\S+@\S+)?$/u],
  ['site-address', /^(?:(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?\s*)+$/u],
  // A government site's banner above everything: "An official website of the United States government".
  ['official-banner', /^(?:an official website of (?:the )?[^.!?]{2,60}|here.?s how you know|official websites use \.gov.*|secure \.gov websites use https.*)$/u],
  ['logo', /^(?:logo|logotipo|логотип|شعار|标志|imagen|image|изображение|صوره|图片)\s+\S{1,20}$/u],
  ['date-stamp', /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*,?\s*\d{1,2}:\d{2}$/u],
  ['document-number', /^\d{1,6}(?:-\d{1,4}){3,}$/u],
  // An organisation's filing reference under its statement: "Ref. LG 2025/112".
  ['document-number', /^(?:ref|our ref|reference|ref|referencia|исх)\.?\s*(?:no\.?|n°|№)?\s*[:：]?\s*[a-z]{0,6}[\s-]*\d{2,4}\s*[/.-]\s*\d{1,6}$/u],
  // A page's date and content type: "14-10-2025 Statement".
  ['date-stamp', /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\s+(?:statement|speech|news release|article|declaration|discours|declaracion|discurso|заявление|выступление)$/u],
]

/** "en-GB", "fr-FR1", "EN": locale codes, as a language switcher lists them. */
const localeCodes = /^(?:[a-z]{2}(?:-[a-z]{2})?\d?\s*[|/•·]?\s*){2,}$/u

/** Counting letters and numbers: chrome is short; a statement's sentence is longer than any widget line. */
const maxChromeLength = 200
const cookieSentence = /(?<![\p{Script=Latin}])(?:cookies?|файл\S* cookie|куки|ملفات تعريف الارتباط|ملفات الارتباط)(?![\p{Script=Latin}])/u
const aboutTheSite =
  /(?<![\p{L}])(?:website|site|web|navigat\S*|brows\S*|consent\S*|accept\S*|poursuivant|acceptez|sitio|navegacion|acepta\S*|utilizamos|са[йи]т\S*|согласие|принима\S*|الموقع|تصفح|موافق\S*)(?![\p{L}])|网站|本站/u

/** "Published: 3 May 2025", "Last updated": a page's own date, never the meeting's. */
function isDateStamp(folded: string): boolean {
  const stamp = stampLabel.exec(folded)
  return stamp !== null && (stamp[0].length === folded.length || dateOnly.test(folded.slice(stamp[0].length)))
}

/** The kind of chrome the line is ("breadcrumb", "share", "date-stamp" …), or null for anything else. */
export function siteChromeKind(line: string): string | null {
  // "Last updated: 14.11.2025 //" was cut off the header line it led (see chromePrefixEnd).
  const text = line.trim().replace(/\s+(?:\/\/|\|)$/u, '')
  if (!text || text.length > 300) return null
  if (/^>\s*$/.test(text)) return 'quote-marker'
  const folded = foldVariants(text.replace(/^[•·*\-–]\s+/u, ''))
  // A cookie banner is a sentence or two about the site itself.
  if (cookieSentence.test(folded) && aboutTheSite.test(folded)) return 'cookie-banner'
  if (text.length > maxChromeLength) return null
  if (isBreadcrumb(folded) || gluedBreadcrumb.test(text)) return 'breadcrumb'
  const widgets = readWidgets(folded)
  if (widgets) return widgets.alone
  const bare = folded.replace(/[【】[\]]/gu, ' ').trim()
  for (const [kind, pattern] of linePatterns) if (pattern.test(bare)) return kind
  if (isDateStamp(folded)) return 'date-stamp'
  if (localeCodes.test(folded) && /-|\d/.test(folded)) return 'language-switcher'
  return null
}

/**
 * The kind of chrome a line is when it stands next to chrome: section names and lone share targets
 * ("Statements", "X", "Email") that web pages list among their links.
 */
export function neighbourChromeKind(line: string): string | null {
  const text = line.trim()
  if (!text || text.length > 60) return null
  return siteChromeKind(text) ?? (readWidgets(foldVariants(text)) ? 'navigation' : null)
}

const homeWord = /^(?:home|accueil|inicio|portada|главная|الرئيسيه|首页|主页|网站首页)$/u
/**
 * "HomeNewsLet us remember that disarmament saves lives…": a breadcrumb whose separators were icons,
 * copied as "Home", a section and the page's headline cut short, run together.
 */
const gluedBreadcrumb = /^(?:Home|Accueil|Inicio|Portada)\p{Lu}\p{Ll}+\p{Lu}.*(?:\.\.\.|…)$/u

/** "You are here:", "Vous êtes ici :", "当前位置：": the label a page puts before its breadcrumb. */
const hereLabel = new RegExp(
  `^(?:${['you are here', 'vous etes ici', 'usted esta aqui', 'esta aqui', 'se encuentra en', 'вы здесь', 'вы находитесь здесь', 'انت هنا', '您的位置', '您现在的位置', '当前位置', '你的位置', 'current location'].map(foldVariants).join('|')})(\\s*[:：])?\\s*`,
  'u',
)
const crumbSeparator = /\s*[>»›/]\s*/u

/** "Home > Statements > 2025", "Secretario General > Declaraciones > Mensajes": short links between arrows. */
function isBreadcrumb(folded: string): boolean {
  // After its label (with a colon, or before arrows), one link is enough, and the last may be the page's whole title.
  const labelled = hereLabel.exec(folded)
  const rest = labelled ? folded.slice(labelled[0].length) : ''
  if (labelled && (labelled[1] || /^[>»›]/u.test(rest))) {
    const links = rest.split(crumbSeparator).filter(Boolean)
    return links.every((link) => /^[\p{L}\p{N}]/u.test(link) && !/[.!?。！？;]$/u.test(link)) && links.slice(0, -1).every((link) => link.length <= 50)
  }
  // Markup is HTML, not arrows between links.
  if (/[<=]/u.test(folded)) return false
  // A slash separates links only after "Home": elsewhere it is "and/or", a date or a document symbol.
  const home = homeWord.test(folded.split(crumbSeparator)[0] ?? '')
  const parts = folded.split(home ? crumbSeparator : /\s*[>»›]\s*/u)
  // "Home > Statements >": a closing arrow adds no link.
  if (parts.at(-1) === '') parts.pop()
  if (parts.length < (home ? 2 : 3)) return false
  return parts.every((part) => /^[\p{L}\p{N}]/u.test(part) && part.length <= 50 && part.split(' ').length <= 7 && !/[.!?。！？;]$/u.test(part))
}

const prefixSeparator = /\s+(?:\/\/|\|)\s+(?=\S)/gu

/**
 * "Last updated: 14.11.2025 // Statement delivered by …": where a date stamp that a page put in front
 * of a header line ends (after its separator), or null. The stamp's date is not the meeting's.
 */
export function chromePrefixEnd(line: string): number | null {
  if (line.length > 400) return null
  for (const separator of line.matchAll(prefixSeparator)) {
    if (separator.index > 80) break
    if (isDateStamp(foldVariants(line.slice(0, separator.index).trim()))) return separator.index + separator[0].length
  }
  return null
}
