import {windows1252Char} from './windows-1252.ts'

export interface C1Replacement {
  text: string
  count: number
  /** Offset of the first replaced control, or -1. */
  first: number
}

/**
 * C1 controls that stand for Windows-1252 characters: text read as ISO-8859-1 instead of
 * Windows-1252 ("\u0093Hola\u0094" → "“Hola”"), also in the middle of mojibake ("â\u0080\u0099").
 * The five bytes Windows-1252 leaves undefined keep their controls.
 */
const C1_WITH_A_WINDOWS_1252_CHARACTER = /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]/g

export function replaceC1Controls(text: string): C1Replacement {
  let count = 0
  let first = -1
  const replaced = text.replace(C1_WITH_A_WINDOWS_1252_CHARACTER, (control: string, offset: number) => {
    if (count++ === 0) first = offset
    return windows1252Char(control.charCodeAt(0))
  })
  return {text: count > 0 ? replaced : text, count, first}
}
