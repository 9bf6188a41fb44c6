import {describe, expect, it} from 'vitest'
import {findCheckAgainstDelivery, isCheckAgainstDeliveryLine} from '../../src/normalise/metadata/check-against-delivery.ts'

describe('check against delivery', () => {
  it.each([
    ['Check against delivery'],
    ['CHECK AGAINST DELIVERY'],
    ['(Check against delivery)'],
    ['*Check against actual delivery*'],
    ['Please check against delivery.'],
    ['Seul le prononcé fait foi'],
    ['Seul le texte prononcé fait foi'],
    ['Vérifier au prononcé'],
    ['Cotejar con el discurso pronunciado'],
    ['Sólo vale el texto pronunciado'],
    ['(Cotejar contra lectura)'],
    ['Cotejar con la lectura'],
    ['Sólo se considerará válido el texto pronunciado'],
    ['Сверить с произнесённым текстом'],
    ['Проверить по факту выступления'],
    ['يرجى المراجعة عند الإلقاء'],
    ['يُرجى التحقق عند الإلقاء'],
    ['以实际发言为准'],
  ])('recognises the line %j', (line) => {
    expect(isCheckAgainstDeliveryLine(line)).toBe(true)
  })

  it('tells a line that only says so from one that says more', () => {
    expect(isCheckAgainstDeliveryLine('Statement by Ireland (check against delivery)')).toBe(false)
    expect(findCheckAgainstDelivery('Statement by Ireland (check against delivery)')).not.toBeNull()
    expect(isCheckAgainstDeliveryLine('We will check the figures before delivery.')).toBe(false)
    expect(findCheckAgainstDelivery('Statement by the Republic of Ghana')).toBeNull()
  })
})
