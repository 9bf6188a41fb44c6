/**
 * A gazetteer of the cities where treaty meetings, UN bodies and the conferences
 * around them meet, have met or are likely to meet: canonical English name → the
 * name in English, French, Spanish, Russian (nominative: `findVenue` declines it,
 * "в Женеве"), Arabic and Chinese, and other common forms. A name that is also a
 * common word or another place in some language is left out of that language
 * (Arabic "عمان" is both Amman and Oman; French "Mexico" is also the country in English).
 */
export const venues: Record<string, string[]> = {
  // UN and treaty headquarters
  Geneva: ['Geneva', 'Genève', 'Geneve', 'Ginebra', 'Genf', 'Ginevra', 'Женева', 'جنيف', '日内瓦'],
  'New York': ['New York', 'New-York', 'Nueva York', 'Нью-Йорк', 'نيويورك', '纽约'],
  Vienna: ['Vienna', 'Vienne', 'Viena', 'Wien', 'Вена', 'فيينا', '维也纳'],
  'The Hague': ['The Hague', 'La Haye', 'La Haya', 'Den Haag', 'Гаага', 'لاهاي', '海牙'],
  Nairobi: ['Nairobi', 'Найроби', 'نيروبي', '内罗毕'],
  'Addis Ababa': ['Addis Ababa', 'Addis-Abeba', 'Addis Abeba', 'Adís Abeba', 'Аддис-Абеба', 'أديس أبابا', '亚的斯亚贝巴'],
  Bangkok: ['Bangkok', 'Бангкок', 'بانكوك', '曼谷'],
  Santiago: ['Santiago de Chile', 'Santiago', 'Сантьяго', 'سانتياغو', '圣地亚哥'],
  Beirut: ['Beirut', 'Beyrouth', 'Бейрут', 'بيروت', '贝鲁特'],
  Brussels: ['Brussels', 'Bruxelles', 'Bruselas', 'Brüssel', 'Брюссель', 'بروكسل', '布鲁塞尔'],
  Paris: ['Paris', 'París', 'Париж', 'باريس', '巴黎'],
  // Anti-Personnel Mine Ban Convention: signing, Meetings of States Parties, Review Conferences
  Ottawa: ['Ottawa', 'Оттава', 'أوتاوا', '渥太华'],
  Oslo: ['Oslo', 'Осло', 'أوسلو', '奥斯陆'],
  Maputo: ['Maputo', 'Мапуту', 'مابوتو', '马普托'],
  Managua: ['Managua', 'Манагуа', 'ماناغوا', '马那瓜'],
  Zagreb: ['Zagreb', 'Загреб', 'زغرب', '萨格勒布'],
  'Dead Sea': ['Dead Sea', 'Mer Morte', 'Mar Muerto', 'Мертвое море', 'Мертвом море', 'Мертвого моря', 'البحر الميت', '死海'],
  Cartagena: ['Cartagena de Indias', 'Cartagena', 'Carthagène des Indes', 'Carthagène', 'Картахена', 'قرطاجنة', '卡塔赫纳'],
  'Phnom Penh': ['Phnom Penh', 'Phnom-Penh', 'Пномпень', 'بنوم بنه', '金边'],
  'Siem Reap': ['Siem Reap', 'Siemreap', 'Siem Riep', 'Сиемреап', 'Сием Рип', 'Сием-Реап', 'سيام ريب', 'سييم ريب', 'سيم ريب', '暹粒'],
  // Convention on Cluster Munitions and the Oslo Process
  Wellington: ['Wellington', 'Веллингтон', 'ولينغتون', 'ويلينغتون', '惠灵顿'],
  Lima: ['Lima', 'Лима', 'ليما', '利马'],
  Dublin: ['Dublin', 'Dublín', 'Дублин', 'دبلن', '都柏林'],
  Vientiane: ['Vientiane', 'Vientián', 'Вьентьян', 'فيينتيان', '万象'],
  Lusaka: ['Lusaka', 'Лусака', 'لوساكا', '卢萨卡'],
  'San José': ['San José', 'San Jose', 'Сан-Хосе', 'سان خوسيه', '圣何塞'],
  Dubrovnik: ['Dubrovnik', 'Дубровник', 'دوبروفنيك', '杜布罗夫尼克'],
  Lausanne: ['Lausanne', 'Lausana', 'Лозанна', 'لوزان', '洛桑'],
  // Arms Trade Treaty Conferences of States Parties
  Cancún: ['Cancún', 'Cancun', 'Канкун', 'كانكون', '坎昆'],
  Tokyo: ['Tokyo', 'Tokio', 'Токио', 'طوكيو', '东京'],
  // Treaty on the Prohibition of Nuclear Weapons and the humanitarian-impact conferences
  Nayarit: ['Nayarit', 'Nuevo Vallarta', 'Наярит', 'ناياريت', '纳亚里特'],
  // Regional conferences, workshops and seminars on the treaties
  'Abu Dhabi': ['Abu Dhabi', 'Abou Dhabi', 'Abu Dabi', 'Абу-Даби', 'أبوظبي', 'أبو ظبي', '阿布扎比'],
  Amman: ['Amman', 'Ammán', 'Амман', '安曼'],
  Baghdad: ['Baghdad', 'Bagdad', 'Багдад', 'بغداد', '巴格达'],
  Cairo: ['Cairo', 'Le Caire', 'Caire', 'El Cairo', 'Каир', 'القاهرة', '开罗'],
  Kampala: ['Kampala', 'Кампала', 'كمبالا', '坎帕拉'],
  Lomé: ['Lomé', 'Lome', 'Ломе', 'لومي', '洛美'],
  Dakar: ['Dakar', 'Дакар', 'داكار', '达喀尔'],
  Pretoria: ['Pretoria', 'Претория', 'بريتوريا', '比勒陀利亚'],
  Bogotá: ['Bogotá', 'Bogota', 'Богота', 'بوغوتا', '波哥大'],
  Brasília: ['Brasília', 'Brasilia', 'Бразилиа', 'برازيليا', '巴西利亚'],
  'Buenos Aires': ['Buenos Aires', 'Буэнос-Айрес', 'بوينس آيرس', 'بوينس ايرس', '布宜诺斯艾利斯'],
  'Mexico City': ['Mexico City', 'Ciudad de México', 'Mexico D.F.', 'México D.F.', 'Мехико', 'مكسيكو سيتي', 'مدينة مكسيكو', '墨西哥城'],
  Belgrade: ['Belgrade', 'Belgrado', 'Belgrad', 'Белград', 'بلغراد', '贝尔格莱德'],
  Tirana: ['Tirana', 'Тирана', 'تيرانا', '地拉那'],
  Montreux: ['Montreux', 'Монтрё', 'مونترو', '蒙特勒'],
  Baku: ['Baku', 'Bakou', 'Bakú', 'Баку', 'باكو', '巴库'],
  Astana: ['Astana', 'Astaná', 'Nur-Sultan', 'Noursoultan', 'Астана', 'Нур-Султан', 'أستانا', 'نور سلطان', '阿斯塔纳', '努尔苏丹'],
  Manila: ['Manila', 'Manille', 'Манила', 'مانيلا', '马尼拉'],
  'Kuala Lumpur': ['Kuala Lumpur', 'Куала-Лумпур', 'كوالالمبور', 'كوالا لمبور', '吉隆坡'],
  Jakarta: ['Jakarta', 'Djakarta', 'Yakarta', 'Джакарта', 'جاكرتا', '雅加达'],
}
