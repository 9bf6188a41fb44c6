import {normalise} from '../../src/normalise/index.ts'
import {statementFrom, type Statement} from '../../src/load-statement.ts'

/** Invented statements whose headings say where they were delivered, each in its own language. */
export const sources: Record<string, string> = {
  en: 'Anti-Personnel Mine Ban Convention\n\nTwenty-Second Meeting of the States Parties\n\nGeneva, 25-29 November 2024\n\nAgenda item 9: Victim assistance\n\nStatement by Ireland\n\nMadam President,\n\nIreland thanks the presidency for its work. We support the universalisation of the Convention.\n',
  fr: 'Convention sur l’interdiction des mines antipersonnel\n\nVingt-deuxième Assemblée des États parties\n\nGenève, 25-29 novembre 2024\n\nPoint 9 de l’ordre du jour : Assistance aux victimes\n\nDéclaration de la France\n\nMadame la Présidente,\n\nLa France remercie la présidence pour son travail. Nous soutenons l’universalisation de la Convention.\n',
  es: 'Convención sobre la prohibición de las minas antipersonal\n\nVigésima Segunda Reunión de los Estados Partes\n\nGinebra, 25 a 29 de noviembre de 2024\n\nDeclaración de Chile\n\nSeñora Presidenta:\n\nChile agradece a la presidencia su trabajo. Apoyamos la universalización de la Convención.\n',
  ru: 'Конвенция о запрещении противопехотных мин\n\nДвадцать второе совещание государств-участников\n\nЖенева, 25-29 ноября 2024 года\n\nЗаявление Российской Федерации\n\nГоспожа Председатель,\n\nРоссийская Федерация благодарит председателя за работу. Мы поддерживаем универсализацию Конвенции.\n',
  // The heading names the meeting only inside the title: the header takes the vocabulary's Chinese name.
  zh: '中华人民共和国代表团在《禁止杀伤人员地雷公约》缔约国第二十二次会议上的发言\n\n2024年11月25日至29日，日内瓦\n\n议程项目9：受害者援助\n\n主席女士：\n\n中国代表团感谢主席的工作。我们支持公约的普遍化。\n',
  ar: 'اتفاقية حظر الألغام المضادة للأفراد\n\nالمؤتمر الاستعراضي الخامس\n\nسيام ريب، 25-29 نوفمبر 2024\n\nكلمة جمهورية مصر العربية\n\nالسيد الرئيس،\n\nيود وفد بلادي أن يشكر الرئاسة على عملها. نحن ندعم عالمية الاتفاقية.\n',
}

/** The invented statement in a language, normalised from its text: its header is read, not given. */
export function statementIn(lang: string): Statement {
  return statementFrom(`${lang}.txt`, normalise(sources[lang]!, {path: `${lang}.txt`}))
}
