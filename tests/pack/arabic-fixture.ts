import type {Statement} from '../../src/load-statement.ts'
import {statementFixture, type FixtureFields} from '../render/statement-fixture.ts'

/** An invented Arabic statement: header lines as a delegation writes them, then the body. */
export const arabicTitle = 'كلمة وفد جمهورية الواحة أمام مؤتمر الاستعراض الخامس'

export const arabicFields: FixtureFields = {
  title: arabicTitle,
  organisations: ['وفد جمهورية الواحة'],
  speaker: 'السفيرة ليلى منصور',
  meeting: 'مؤتمر الاستعراض الخامس',
  convention: 'اتفاقية حظر الألغام المضادة للأفراد',
  venue: 'جنيف',
  language: 'ar',
  dates: {start: '2025-11-25', end: '2025-11-29'},
  agendaItem: {number: '7', title: 'المساعدة المقدمة إلى الضحايا'},
  checkAgainstDelivery: true,
}

const paragraphs = [
  'يود وفد بلادي في البداية أن يتقدم إليكم بخالص التهنئة على توليكم رئاسة مؤتمر الاستعراض الخامس، وأن يؤكد لكم دعمه الكامل وتعاونه البنّاء من أجل إنجاح أعمال هذا المؤتمر. لقد قطعنا معاً شوطاً طويلاً منذ دخول الاتفاقية حيز النفاذ، غير أن الطريق إلى عالم خالٍ من الألغام لا يزال يتطلب منا جهداً متواصلاً وإرادة سياسية صادقة.',
  'لقد أنجزت بلادي خلال الأعوام الخمسة الماضية تطهير مساحات واسعة من الأراضي الزراعية في المحافظات الجنوبية، وأعادت هذه الأراضي إلى أصحابها من المزارعين والأسر الريفية. ونحن ندرك أن المساعدة المقدمة إلى الضحايا ليست عملاً خيرياً، بل هي التزام قانوني وأخلاقي يشمل الرعاية الطبية وإعادة التأهيل والدعم النفسي والإدماج الاجتماعي والاقتصادي للناجين وأسرهم.',
  'وفي الختام، يدعو وفد بلادي جميع الدول التي لم تنضم بعد إلى الاتفاقية إلى الانضمام إليها دون إبطاء، ويحث الدول الأطراف على الوفاء بالتزاماتها المالية وتعزيز التعاون الدولي وتبادل الخبرات. إن مستقبل أطفالنا يستحق منا أن نعمل اليوم بلا كلل، وأن نفي بالوعد الذي قطعناه على أنفسنا قبل أكثر من ربع قرن. وشكراً لكم، السيد الرئيس.',
]

/** A heading inside the body (Markdown `##`), before every round of paragraphs after the first. */
export const arabicSection = 'ثانياً: المساعدة المقدمة إلى الضحايا'

/** The body: the header lines as written, the address, then `repeat` rounds of the three paragraphs. */
export function arabicBody(repeat = 1): string {
  const header = ['كلمة وفد جمهورية الواحة', 'مؤتمر الاستعراض الخامس', 'جنيف، 25 تشرين الثاني/نوفمبر 2025', 'السيد الرئيس،']
  const rounds = Array.from({length: repeat}, (_, round) => (round === 0 ? paragraphs : [`## ${arabicSection}`, ...paragraphs]))
  return [...header, ...rounds.flat()].join('\n\n')
}

export function arabicStatement(name = 'ar', repeat = 1, extra: FixtureFields = {}): Statement {
  return statementFixture(`${name}.md`, {...arabicFields, ...extra}, arabicBody(repeat))
}
