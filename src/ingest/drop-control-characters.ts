export interface ControlCharacterRemoval {
  text: string
  count: number
  /** Offset of the first dropped character in the original text, or -1. */
  first: number
}

/** C0 and C1 controls other than tab, line feed and form feed (the page-furniture plugins read form feeds), plus stray byte-order marks. */
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u009f\ufeff]/g

export function dropControlCharacters(text: string): ControlCharacterRemoval {
  let count = 0
  let first = -1
  const cleaned = text.replace(INVISIBLE_CONTROL, (_, offset: number) => {
    if (count++ === 0) first = offset
    return ''
  })
  return {text: count > 0 ? cleaned : text, count, first}
}
