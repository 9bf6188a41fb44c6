/**
 * Salutations that open or punctuate a statement: "Madam President,", "Mr. Chair,",
 * "Monsieur le Président,", "Señor Presidente:", "Уважаемый господин Председатель,",
 * "السيد الرئيس،", "主席先生：". They stay their own paragraphs.
 */
const titles = [
  'president', 'chair', 'chairman', 'chairperson', 'chairwoman', 'co-chairs?', 'facilitator', 'coordinator', 'moderator', 'excellenc(?:y|ies)',
  'présidente?', 'coprésidents?', 'coordinateur', 'coordinatrice',
  'president[ae]', 'copresidentes?', 'coordinador[a]?',
  'председатель', 'сопредседатели', 'координатор',
]
const honorifics = [
  'madam', 'madame', 'mr\\.?', 'mrs\\.?', 'ms\\.?', 'mister', 'dear', 'distinguished', 'honou?rable',
  'monsieur', 'madame', 'mesdames', 'messieurs', 'chers?', 'chères?',
  'señor', 'señora', 'sr\\.', 'sra\\.', 'estimad[oa]s?', 'distinguid[oa]s?',
  'уважаемый', 'уважаемая', 'уважаемые', 'господин', 'госпожа',
]
const titlePattern = titles.join('|')
const honorificPattern = honorifics.join('|')

const latinOrCyrillic = new RegExp(
  `^(?:(?:${honorificPattern})\\s+)+(?:(?:the|le|la|el|vice|co|господин|госпожа)[\\s-]+)*(?:${titlePattern})(?:\\s+(?:of|du|de|del|de la)\\s+[^,:;.!?]{1,40})?\\s*[,:;!]?$`,
  'iu',
)
const general = /^(?:(?:your\s+)?excellenc(?:y|ies)|(?:ladies and gentlemen)|(?:distinguished delegates)|(?:dear colleagues)|(?:mesdames(?: et)? messieurs)|(?:señoras y señores)|(?:дамы и господа))(?:[\s,]+(?:(?:and\s+)?(?:your excellencies|excellencies|distinguished delegates|ladies(?:,)? and gentlemen|dear colleagues|colleagues|friends)))*\s*[,:;!.]?$/iu
const arabic = /^(?:السيد|السيدة|سيدي|سيدتي)\s+(?:الرئيس|الرئيسة|رئيس[^،,:]{0,30})\s*[،,:]?$/u
const chinese = /^(?:主席|副主席|共同主席)(?:先生|女士)\s*[，,：:]?$/u

export function isSalutation(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length === 0 || line.length > 90) return false
  return latinOrCyrillic.test(line) || general.test(line) || arabic.test(line) || chinese.test(line)
}
