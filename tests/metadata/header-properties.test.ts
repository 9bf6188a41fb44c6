import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalise} from '../../src/normalise/index.ts'

const fragments = [
  'Check against delivery',
  'Seul le prononcé fait foi',
  '**23<sup>rd</sup> Meeting of States Parties to the**',
  'Anti-Personnel Mine Ban Convention',
  'Geneva, 30th November – 4th December 2026',
  'Ginebra, 2 al 6 de diciembre de 2024',
  'Женева, 25 ноября 2025 года',
  'Agenda item 11(c) – Assisting the victims',
  'Point 6 a) de l’ordre du jour : Assistance aux victimes',
  'Пункт 5 повестки дня: «Общий обмен мнениями»',
  'Statement by the Republic of Ghana',
  'Delivered by Ireland on behalf of Austria, Colombia,',
  'Norway, the Philippines and Thailand',
  'Delivered by Mr. Kwabena Asante-Darko, Minister-Counsellor',
  'Human Rights Council – 60th session',
  'First Committee – Thematic discussion',
  '31 February 2025',
  'Item 9 (d)',
  'ICRC',
  '---',
]

// Plain words: Markdown syntax in generated text would be read as Markdown, which is not the header's concern.
const word = fc.string({unit: fc.constantFrom(...'abcdeéкиج AGZ19,.:–-()'.split('')), maxLength: 40})
const header = fc.array(fc.oneof(fc.constantFrom(...fragments), word), {minLength: 1, maxLength: 10})
const separators = fc.array(fc.constantFrom('\n', '\n\n', '  \n'), {minLength: 10, maxLength: 10})

describe('liftHeader on generated headers', () => {
  it('never throws, invents no heading line, and gives well-formed dates and agenda keys', () => {
    fc.assert(
      fc.property(header, separators, (lines, seps) => {
        const source = `${lines.map((line, index) => line + (seps[index] ?? '\n')).join('')}\nMadam President,\n\nWe thank you for your leadership of this Meeting.\n`
        const {meta} = normalise(source)
        const flat = source.replace(/<[^>]*>|\*\*|\s+/g, '')
        for (const line of meta.heading) expect(flat).toContain(line.replace(/\s+/g, ''))
        if (meta.dates) {
          expect(meta.dates.start).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          expect(meta.dates.start <= meta.dates.end).toBe(true)
        }
        if (meta.agendaItem) expect(meta.agendaItem.key).toMatch(/^[\p{L}\p{N}]+$/u)
        expect(new Set(meta.organisations).size).toBe(meta.organisations.length)
      }),
      {numRuns: 300},
    )
  })
})
