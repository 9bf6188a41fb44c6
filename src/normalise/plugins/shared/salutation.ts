/**
 * Salutations that open or punctuate a statement: "Madam President,", "Mr. Chair,",
 * "Monsieur le Président,", "Señor Presidente:", "Уважаемый господин Председатель,",
 * "السيد الرئيس،", "主席先生：", and chains of them ("Mr. President, Excellencies, distinguished
 * delegates,"). They stay their own paragraphs.
 */
const titles = [
  'president', 'chair', 'chairman', 'chairperson', 'chairwoman', 'co-?chairs?', 'co-?chairpersons?', 'facilitator', 'coordinator',
  'moderator', 'secretary[- ]general', 'high commissioner', 'rapporteur', 'vice-?president',
  'présidente?', 'coprésidente?s?', 'coordinateur', 'coordinatrice', 'facilitat(?:eur|rice)', 'secrétaire général',
  'president[ae]', 'copresidentes?', 'coordinador[a]?', 'facilitador[a]?', 'secretario general',
  'председатель', 'сопредседатели', 'координатор', 'генеральный секретарь',
]
const honorifics = [
  'madam', 'madame', 'mr\\.?', 'mrs\\.?', 'ms\\.?', 'mister', 'dear', 'honou?rable', 'distinguished', 'your excellency',
  'monsieur', 'messieurs', 'mesdames', 'cher', 'chère', 'chers', 'chères',
  'señor', 'señora', 'sr\\.', 'sra\\.', 'estimad[oa]s?', 'distinguid[oa]s?',
  'уважаемый', 'уважаемая', 'уважаемые', 'господин', 'госпожа',
]
const audiences = [
  'excellenc(?:y|ies)', 'your excellenc(?:y|ies)', 'ladies', 'gentlemen', 'ladies and gentlemen', 'distinguished delegates',
  'distinguished colleagues', 'dear colleagues', 'colleagues', 'friends', 'delegates', 'honou?red guests', 'members of the \\w+',
  'mesdames', 'messieurs', 'mesdames et messieurs', 'chers collègues', 'excellences', 'distingués délégués',
  'señoras y señores', 'señoras', 'señores', 'excelencias', 'distinguidos delegados', 'estimados colegas', 'colegas',
  'дамы и господа', 'коллеги', 'уважаемые коллеги', 'уважаемые делегаты', 'превосходительства',
]
const articles = '(?:(?:the|le|la|el|vice|co|господин|госпожа)[\\s-]+)*'
// "Mr./Madam Chair", "Madam/Mr. President": one address for whoever chairs.
const addressForm = new RegExp(
  `^(?:(?:(?:${honorifics.join('|')})(?:\\s*/\\s*(?:${honorifics.join('|')}))?\\s+)+${articles}(?:${titles.join('|')})(?:\\s+(?:of|du|de|del|de la)\\s+[^,:;.!?]{1,40})?|${audiences.join('|')})$`,
  'iu',
)
const separators = /\s*(?:,|\band\b|\bet\b|\by\b|\bи\b)\s*/iu
// "السيد الرئيس، أصحاب السعادة، السيدات والسادة،", "主席先生，各位代表，女士们、先生们：": chains of addresses.
const arabicAddress = String.raw`(?:(?:السيد|السيدة|سيدي|سيدتي)\s+(?:الرئيس|الرئيسة|رئيس[^،,:]{0,30})|أصحاب\s+(?:السعادة|المعالي|الفخامة)|السيدات\s+والسادة|(?:الزملاء|الحضور)(?:\s+(?:الكرام|الأعزاء))?)`
const arabic = new RegExp(String.raw`^${arabicAddress}(?:\s*[،,]\s*(?:و\s*)?${arabicAddress})*\s*[،,:]?$`, 'u')
const chineseAddress = String.raw`(?:(?:主席|副主席|共同主席)(?:先生|女士)|各位(?:代表|同事|来宾|嘉宾)|女士们|先生们)`
const chinese = new RegExp(String.raw`^(?:尊敬的)?${chineseAddress}(?:\s*[，,、]\s*${chineseAddress})*\s*[，,：:]?$`, 'u')

/** How a salutation can start: most lines cannot, and are turned away before any splitting. */
const salutationStart = new RegExp(`^\\s*(?:${[...honorifics, ...audiences].join('|')}|السيد|سيدي|سيدتي|أصحاب|السيدات|الزملاء|الحضور|主席|副主席|共同主席|尊敬的|各位|女士们|先生们)`, 'iu')

export function isSalutation(text: string): boolean {
  if (!salutationStart.test(text)) return false
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length === 0 || line.length > 120) return false
  if (arabic.test(line) || chinese.test(line)) return true
  const parts = line
    .replace(/[,:;!]$/, '')
    .split(separators)
    .filter((part) => part !== '')
  return parts.length > 0 && parts.every((part) => addressForm.test(part))
}

/** The thanks a speaker closes with ("I thank you.", "Thank you, Mr. President.", "Je vous remercie.", "谢谢。"): a line of its own. */
const closingThanks =
  /^(?:i thank you|thank you|many thanks|thanks|je vous remercie|merci|gracias|muchas gracias|le agradezco|les agradezco|спасибо|благодарю|شكرا|أشكركم|أشكرك|谢谢)(?![\p{L}])/iu

export function isClosingThanks(text: string): boolean {
  const line = text.trim()
  return line.length <= 60 && closingThanks.test(line) && /[.!。！]["”’»)]*$/u.test(line)
}
