export interface Point {
  line: number
  column: number
}

/** 1-based line and column of a character offset in LF-separated text. */
export function pointInText(text: string, offset: number): Point {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < lineStart; index = text.indexOf('\n', index + 1)) line++
  return {line, column: offset - lineStart + 1}
}

/** 1-based line and column (in bytes) of a byte offset: good enough to find the place in a hex viewer or editor. */
export function pointInBytes(bytes: Uint8Array, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}
