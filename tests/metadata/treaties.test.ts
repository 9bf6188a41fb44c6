import {describe, expect, it} from 'vitest'
import {findTreaty} from '../../src/normalise/metadata/parse-meeting.ts'
import {treaties} from '../../src/normalise/vocabulary/treaties.ts'

const APMBC = 'Anti-Personnel Mine Ban Convention'
const CCM = 'Convention on Cluster Munitions'
const CCW = 'Convention on Certain Conventional Weapons'
const ATT = 'Arms Trade Treaty'
const BWC = 'Biological Weapons Convention'
const CWC = 'Chemical Weapons Convention'
const NPT = 'Treaty on the Non-Proliferation of Nuclear Weapons'
const TPNW = 'Treaty on the Prohibition of Nuclear Weapons'

describe('findTreaty', () => {
  const cases: [string, string][] = [
    // Anti-Personnel Mine Ban Convention: popular names
    ['Ottawa Convention', APMBC], ['Ottawa Treaty', APMBC], ['Mine Ban Treaty', APMBC], ['Mine Ban Convention', APMBC],
    ['Anti-Personnel Mine Ban Convention', APMBC], ['AP Mine Ban Convention', APMBC], ['APMBC', APMBC], ['MBT', APMBC],
    ['Anti-Personnel Landmine Convention', APMBC], ['Convention d’Ottawa', APMBC], ["Convention d'Ottawa", APMBC], ['Traité d’Ottawa', APMBC],
    ['Traité d’interdiction des mines', APMBC], ['Convención de Ottawa', APMBC], ['Tratado de Ottawa', APMBC],
    ['Tratado de Prohibición de Minas', APMBC], ['Оттавская конвенция', APMBC], ['Оттавской конвенции', APMBC],
    ['Договор о запрещении мин', APMBC], ['اتفاقية أوتاوا', APMBC], ['لاتفاقية أوتاوا', APMBC], ['معاهدة حظر الألغام', APMBC],
    ['渥太华公约', APMBC], ['《渥太华公约》', APMBC], ['禁雷公约', APMBC],
    // formal names
    ['Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction', APMBC],
    ['Convention sur l’interdiction de l’emploi, du stockage, de la production et du transfert des mines antipersonnel et sur leur destruction', APMBC],
    ['Convención sobre la prohibición del empleo, almacenamiento, producción y transferencia de minas antipersonal y sobre su destrucción', APMBC],
    ['Конвенция о запрещении применения, накопления запасов, производства и передачи противопехотных мин и об их уничтожении', APMBC],
    ['اتفاقية حظر استعمال وتخزين وإنتاج ونقل الألغام المضادة للأفراد وتدمير تلك الألغام', APMBC],
    ['关于禁止使用、储存、生产和转让杀伤人员地雷及销毁此种地雷的公约', APMBC],
    ['禁止杀伤人员地雷公约', APMBC],
    // Convention on Cluster Munitions
    ['Convention on Cluster Munitions', CCM], ['Cluster Munitions Convention', CCM], ['CCM', CCM], ['Oslo Convention', CCM],
    ['Convention d’Oslo', CCM], ['Convention sur les armes à sous-munitions', CCM], ['Convención de Oslo', CCM],
    ['Convención sobre Municiones en Racimo', CCM], ['Конвенция по кассетным боеприпасам', CCM], ['Конвенции о кассетных боеприпасах', CCM], ['اتفاقية الذخائر العنقودية', CCM],
    ['اتفاقية أوسلو', CCM], ['集束弹药公约', CCM], ['奥斯陆公约', CCM],
    // Convention on Certain Conventional Weapons
    ['Convention on Certain Conventional Weapons', CCW], ['CCW', CCW], ['CCAC', CCW], ['КОО', CCW], ['Certain Conventional Weapons Convention', CCW],
    ['Convention sur certaines armes classiques', CCW], ['Convención sobre Ciertas Armas Convencionales', CCW],
    ['Конвенция о конкретных видах обычного оружия', CCW], ['Конвенции о конкретных видах обычного оружия', CCW],
    ['اتفاقية الأسلحة التقليدية', CCW], ['اتفاقية الأسلحة التقليدية المعينة', CCW], ['特定常规武器公约', CCW],
    ['Inhumane Weapons Convention', CCW], ['Конвенция о «негуманном» оружии', CCW], ['Конвенции о негуманном оружии', CCW], ['КНО', CCW],
    ['Convention sur les armes inhumaines', CCW], ['Convención sobre armas inhumanas', CCW],
    ['Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects', CCW],
    ['Convention sur l’interdiction ou la limitation de l’emploi de certaines armes classiques qui peuvent être considérées comme produisant des effets traumatiques excessifs', CCW],
    ['Convención sobre Prohibiciones o Restricciones del Empleo de Ciertas Armas Convencionales que Puedan Considerarse Excesivamente Nocivas', CCW],
    ['Конвенция о запрещении или ограничении применения конкретных видов обычного оружия', CCW],
    ['اتفاقية حظر أو تقييد استعمال أسلحة تقليدية معينة يمكن اعتبارها مفرطة الضرر أو عشوائية الأثر', CCW],
    ['《禁止或限制使用某些可被认为具有过分伤害力或滥杀滥伤作用的常规武器公约》', CCW],
    // Arms Trade Treaty
    ['Arms Trade Treaty', ATT], ['ATT', ATT], ['Traité sur le commerce des armes', ATT], ['TCA', ATT], ['Tratado sobre el Comercio de Armas', ATT],
    ['Договор о торговле оружием', ATT], ['ДТО', ATT], ['معاهدة تجارة الأسلحة', ATT], ['武器贸易条约', ATT],
    // Biological Weapons Convention
    ['Biological Weapons Convention', BWC], ['Biological and Toxin Weapons Convention', BWC], ['BWC', BWC], ['BTWC', BWC],
    ['Convention sur les armes biologiques', BWC], ['Convención sobre las Armas Biológicas', BWC], ['Конвенция о биологическом оружии', BWC],
    ['اتفاقية الأسلحة البيولوجية', BWC], ['生物武器公约', BWC],
    ['Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction', BWC],
    ['Convention sur l’interdiction de la mise au point, de la fabrication et du stockage des armes bactériologiques (biologiques) ou à toxines', BWC],
    ['Convención sobre la prohibición del desarrollo, la producción y el almacenamiento de armas bacteriológicas (biológicas) y toxínicas', BWC],
    ['Конвенция о запрещении разработки, производства и накопления запасов бактериологического (биологического) и токсинного оружия', BWC],
    ['اتفاقية حظر استحداث وإنتاج وتخزين الأسلحة البكتريولوجية (البيولوجية) والتكسينية', BWC],
    ['禁止细菌（生物）及毒素武器的发展、生产及储存以及销毁这类武器的公约', BWC],
    // Chemical Weapons Convention
    ['Chemical Weapons Convention', CWC], ['CWC', CWC], ['Convention sur les armes chimiques', CWC], ['CIAC', CWC],
    ['Convención sobre las Armas Químicas', CWC], ['Конвенция о химическом оружии', CWC], ['اتفاقية الأسلحة الكيميائية', CWC], ['化学武器公约', CWC],
    ['Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction', CWC],
    ['Convention sur l’interdiction de la mise au point, de la fabrication, du stockage et de l’emploi des armes chimiques', CWC],
    ['Convención sobre la prohibición del desarrollo, la producción, el almacenamiento y el empleo de armas químicas', CWC],
    ['Конвенция о запрещении разработки, производства, накопления и применения химического оружия', CWC],
    ['اتفاقية حظر استحداث وإنتاج وتخزين واستعمال الأسلحة الكيميائية', CWC],
    ['关于禁止发展、生产、储存和使用化学武器及销毁此种武器的公约', CWC],
    // Treaty on the Non-Proliferation of Nuclear Weapons
    ['Treaty on the Non-Proliferation of Nuclear Weapons', NPT], ['Non-Proliferation Treaty', NPT], ['NPT', NPT], ['TNP', NPT], ['ДНЯО', NPT],
    ['Traité sur la non-prolifération des armes nucléaires', NPT], ['Traité de non-prolifération', NPT],
    ['Tratado sobre la No Proliferación de las Armas Nucleares', NPT], ['Tratado de No Proliferación', NPT],
    ['Договор о нераспространении ядерного оружия', NPT], ['معاهدة عدم انتشار الأسلحة النووية', NPT], ['不扩散核武器条约', NPT], ['核不扩散条约', NPT],
    // Treaty on the Prohibition of Nuclear Weapons
    ['Treaty on the Prohibition of Nuclear Weapons', TPNW], ['TPNW', TPNW], ['TIAN', TPNW], ['TPAN', TPNW], ['Nuclear Weapon Ban Treaty', TPNW],
    ['Traité sur l’interdiction des armes nucléaires', TPNW], ['Tratado sobre la Prohibición de las Armas Nucleares', TPNW],
    ['Договор о запрещении ядерного оружия', TPNW], ['معاهدة حظر الأسلحة النووية', TPNW], ['禁止核武器条约', TPNW],
  ]
  it.each(cases)('reads %j as the %s', (text, name) => {
    expect(findTreaty(text)?.name).toBe(name)
  })

  it.each([
    ['Oslo Action Plan'],
    ['Plan d’action d’Oslo'],
    ['Geneva Conventions'],
    ['the Convention against Torture'],
    ['Statement by Ottawa'],
  ])('reads no treaty in %j', (text) => {
    expect(findTreaty(text)).toBeUndefined()
  })

  it('reads every treaty’s canonical name as that treaty', () => {
    for (const treaty of treaties) expect(findTreaty(treaty.name)?.key).toBe(treaty.key)
  })
})
