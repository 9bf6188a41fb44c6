/**
 * Month names (folded: lower case, no accents, "й" → "и") in English, French,
 * Spanish, Portuguese, German, Russian (nominative and genitive) and Arabic
 * (Gregorian, Egyptian, Levantine and Maghrebi names), with common abbreviations.
 */
export const monthNames: Record<number, string[]> = {
  1: ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'januar', 'январь', 'января', 'يناير', 'كانون الثاني', 'янв', 'جانفي'],
  2: ['february', 'feb', 'fevrier', 'fevr', 'febrero', 'feb', 'fevereiro', 'februar', 'февраль', 'февраля', 'فبراير', 'شباط', 'фев', 'февр', 'فيفري'],
  3: ['march', 'mar', 'mars', 'marzo', 'marco', 'marz', 'март', 'марта', 'مارس', 'اذار'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'апрель', 'апреля', 'ابريل', 'نيسان', 'апр', 'افريل'],
  5: ['may', 'mai', 'mayo', 'maio', 'май', 'мая', 'مايو', 'ايار', 'ماي'],
  6: ['june', 'jun', 'juin', 'junio', 'junho', 'juni', 'июнь', 'июня', 'يونيو', 'حزيران', 'يونيه', 'جوان'],
  7: ['july', 'jul', 'juillet', 'juil', 'julio', 'julho', 'juli', 'июль', 'июля', 'يوليو', 'تموز', 'يوليه', 'جويلية', 'يوليوز'],
  8: ['august', 'aug', 'aout', 'agosto', 'ago', 'август', 'августа', 'اغسطس', 'اب', 'авг', 'اوت', 'غشت'],
  9: ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre', 'setembro', 'сентябрь', 'сентября', 'سبتمبر', 'ايلول', 'сент', 'сен', 'شتنبر'],
  10: ['october', 'oct', 'octobre', 'octubre', 'outubro', 'oktober', 'октябрь', 'октября', 'اكتوبر', 'تشرين الاول', 'окт'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноябрь', 'ноября', 'نوفمبر', 'تشرين الثاني', 'нояб', 'نونبر'],
  12: ['december', 'dec', 'decembre', 'diciembre', 'dic', 'dezembro', 'dezember', 'декабрь', 'декабря', 'ديسمبر', 'كانون الاول', 'дек', 'دجنبر'],
}
