/**
 * A Russian speaker named in the genitive, as a title gives them ("Выступление заместителя Постоянного
 * представителя К.Л.Миронова"), put in the nominative, as a field names them ("заместитель Постоянного
 * представителя К.Л.Миронов"). A small rule set, not a morphology: `petrovich` and its kin decline
 * from the nominative only. What is declined:
 * - the titles of address: г-на → г-н, г-жи → г-жа, господина → господин, госпожи → госпожа;
 * - the head of the function, the first noun and the adjectives before it ("Постоянного представителя" →
 *   "Постоянный представитель"); the words after it depend on it and stay in the genitive;
 * - surnames in -ов/-ев/-ёв/-ин/-ын and -ский/-цкий, patronymics in -ович/-евич, first names in -ий/-ей
 *   and in a consonant (Ивана → Иван), by the gender the title of address or the surname shows.
 * A word no rule knows stays as written.
 */
const address: Record<string, string> = {'г-на': 'г-н', 'г-жи': 'г-жа', господина: 'господин', госпожи: 'госпожа'}

/** Nouns that head a diplomat's function, genitive → nominative. */
const functionNouns: Record<string, string> = {
  представителя: 'представитель',
  заместителя: 'заместитель',
  наблюдателя: 'наблюдатель',
  председателя: 'председатель',
  руководителя: 'руководитель',
  секретаря: 'секретарь',
  советника: 'советник',
  министра: 'министр',
  директора: 'директор',
  посла: 'посол',
  главы: 'глава',
  члена: 'член',
  эксперта: 'эксперт',
  делегата: 'делегат',
  атташе: 'атташе',
}

const maleSurname = /^(\p{Lu}[\p{Ll}-]*(?:ов|ев|ёв|ин|ын))а$/u
const femaleSurname = /^(\p{Lu}[\p{Ll}-]*(?:ов|ев|ёв|ин|ын))ой$/u
const maleSkiy = /^(\p{Lu}[\p{Ll}-]*[сц]к)ого$/u
const femaleSkiy = /^(\p{Lu}[\p{Ll}-]*[сц]к)ой$/u

type Gender = 'male' | 'female' | null

export function russianNominative(speaker: string): string {
  // "г-на И.И. Иванова, Постоянного представителя": the name and the function, each declined on its own.
  const parts = speaker.split(/(,\s*)/u)
  const words = parts.map((part) => part.split(/(\s+)/u))
  const gender = genderOf(words.flat(), words.flatMap((partWords) => partWords.slice(nameStart(partWords))))
  return parts.map((part) => (/^,/u.test(part) ? part : nominativePart(part, gender))).join('')
}

function nominativePart(part: string, gender: Gender): string {
  const words = part.split(/(\s+)/u)
  const name = nameStart(words)
  let headDone = false
  return words
    .map((word, index) => {
      if (/^\s+$/u.test(word)) return word
      // "К.Л.Миронова": initials glued to the surname.
      const [, initials = '', rest = word] = /^((?:\p{Lu}\.\s?)*)(.*)$/u.exec(word) ?? []
      const lower = rest.toLowerCase()
      if (address[lower]) return initials + matchCase(rest, address[lower] as string)
      if (index >= name) return initials + nominativeName(rest, gender)
      if (headDone || initials) return word
      const noun = functionNouns[lower]
      if (noun) {
        headDone = true
        return matchCase(rest, noun)
      }
      const adjective = /^([\p{Script=Cyrillic}-]*\p{L})(ого|его)$/u.exec(rest)
      return adjective ? `${adjective[1]}${adjective[2] === 'ого' ? 'ый' : 'ий'}` : word
    })
    .join('')
}

/** Words that name an institution, never a first name ("директора Департамента Петрова"). */
const institution = /^(?:Департамент|Министерств|Управлени|Комитет|Совет|Отдел|Федераци|Республик|Организаци|Конференци|Ассамбле|Делегаци|Миссии|Представительств)/u
const patronymic = /^\p{Lu}\p{Ll}+(?:ович|евич|овн|евн)/u

/** Where the person's name begins: the surname at the end, with a patronymic and a first name before it. */
function nameStart(words: string[]): number {
  const at = words.flatMap((word, index) => (/^\s+$/u.test(word) ? [] : [index]))
  const capitalised = (index: number | undefined) => {
    const word = index === undefined ? '' : (words[index] as string)
    return /^\p{Lu}/u.test(word) && !address[word.toLowerCase()] && !functionNouns[word.toLowerCase()] && !institution.test(word)
  }
  let position = at.length - 1
  if (!capitalised(at[position])) return words.length
  if (patronymic.test(words[at[position - 1] ?? -1] ?? '')) position--
  if (capitalised(at[position - 1])) position--
  return at[position] as number
}


function nominativeName(name: string, gender: Gender): string {
  if (gender !== 'female') {
    const male = maleSurname.exec(name)
    if (male) return male[1] as string
    const skiy = maleSkiy.exec(name)
    if (skiy) return `${skiy[1]}ий`
    const patronymic = /^(\p{Lu}\p{Ll}+(?:ович|евич))а$/u.exec(name)
    if (patronymic) return patronymic[1] as string
  }
  if (gender === 'female') {
    // Марины → Марина, Ольги → Ольга, Марии → Мария, Натальи → Наталья.
    const firstName = /^(\p{Lu}\p{Ll}+?)(ы|(?<=[гкхжшчщ])и|(?<=[иь])и)$/u.exec(name)
    if (firstName && !femaleSurname.test(name)) return `${firstName[1]}${firstName[2] === 'ы' || !/[иь]$/u.test(firstName[1] as string) ? 'а' : 'я'}`
  }
  if (gender !== 'male') {
    const female = femaleSurname.exec(name)
    if (female) return `${female[1]}а`
    const skaya = femaleSkiy.exec(name)
    if (skaya) return `${skaya[1]}ая`
  }
  if (gender === 'male') {
    const firstName = /^(\p{Lu}\p{Ll}+)(?:(?<=[ие])я|(?<=[бвгджзклмнпрстфхцчшщ])а)$/u.exec(name)
    if (firstName) return name.endsWith('я') ? `${firstName[1]}й` : (firstName[1] as string)
  }
  return name
}

/** The gender the words show: a title of address, or the genitive ending of a surname among the name's words. */
function genderOf(words: string[], nameWords: string[]): Gender {
  if (words.some((word) => /^(?:г-на|господина)$/iu.test(word))) return 'male'
  if (words.some((word) => /^(?:г-жи|госпожи)$/iu.test(word))) return 'female'
  for (const word of nameWords) {
    const bare = word.replace(/^(?:\p{Lu}\.\s?)+/u, '')
    if (maleSurname.test(bare) || maleSkiy.test(bare)) return 'male'
    if (femaleSurname.test(bare) || femaleSkiy.test(bare)) return 'female'
  }
  return null
}

function matchCase(written: string, word: string): string {
  return /^\p{Lu}/u.test(written) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}
