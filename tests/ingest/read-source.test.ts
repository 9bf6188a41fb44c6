import {mkdtemp, mkdir, open, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {InputError, UsageError} from '../../src/errors.ts'
import {readSource} from '../../src/ingest/read-source.ts'
import {decodeWindows1252, encodeWindows1252} from '../../src/ingest/windows-1252.ts'

const sources = fileURLToPath(new URL('../../sources/', import.meta.url))
const chile = join(sources, 'ccm-12msp-2024-chile-cp1252-crlf-es.txt')
const mojibake = join(sources, 'unga80-first-committee-2025-ifrc-mojibake-en.txt')

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'read-source-'))
})
afterAll(async () => {
  await rm(folder, {recursive: true, force: true})
})

async function source(name: string, content: Uint8Array | string): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, content)
  return path
}

function messages(file: {messages: {ruleId?: string | null | undefined; fatal?: boolean | null | undefined; line?: number | null | undefined; column?: number | null | undefined; reason: string}[]}) {
  return file.messages.map(({ruleId, fatal, line, column, reason}) => ({ruleId, fatal, line, column, reason}))
}

async function refusal(path: string, options: Parameters<typeof readSource>[1] = {}): Promise<InputError> {
  const error: unknown = await readSource(path, options).then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(InputError)
  const inputError = error as InputError
  expect(inputError.file).toBe(path)
  expect(inputError.message.startsWith(`${path}: `)).toBe(true)
  return inputError
}

describe('readSource on the corpus', () => {
  it('reads Windows-1252 with CRLF as the Spanish text it is', async () => {
    const file = await readSource(chile)
    const text = String(file.value)
    expect(text).toContain('Duodécima Reunión de los Estados Partes')
    expect(text).toContain('Tema 9 c) del programa – Asistencia a las víctimas')
    expect(text).toContain('“nadie debe quedarse atrás”')
    expect(text).toContain('“fuera del sistema”')
    expect(text).toContain('¿')
    expect(text.match(/^Señor Presidente:$/gm)).toHaveLength(3)
    expect(text).not.toMatch(/[\r\ufffd\u0080-\u009f]/)
    expect(file.data.encoding).toBe('windows-1252')

    const decoding = file.messages.find((message) => message.ruleId === 'decode-windows-1252')
    // "Duodécima": the é is the first byte that is not UTF-8.
    expect(decoding).toMatchObject({fatal: undefined, line: 1, column: 5})
    expect(decoding?.reason).toContain('0xE9')
    const lineEndings = file.messages.find((message) => message.ruleId === 'normalise-line-endings')
    expect(lineEndings?.reason).toContain('CRLF')
    expect(file.messages.filter((message) => message.fatal !== undefined)).toEqual([])
  })

  it('repairs the mojibake file back to the text it was garbled from', async () => {
    const raw = await readFile(mojibake, 'utf8')
    const file = await readSource(mojibake)
    const text = String(file.value)
    expect(text).not.toMatch(/â€|Ã|\u009d/)
    for (const phrase of ['Côte d’Ivoire', '“erosion of norms”.', 'only if it is funded.”', 'Assembly – 80th session', 'weapons — and', 'fields…']) {
      expect(text).toContain(phrase)
    }
    // Garbling the repaired text the way it happened gives back the file, byte for byte.
    expect(decodeWindows1252(new TextEncoder().encode(text))).toBe(raw)

    const repair = file.messages.find((message) => message.ruleId === 'repair-mojibake')
    expect(repair).toBeDefined()
    const line = raw.split('\n')[(repair?.line ?? 0) - 1] ?? ''
    expect(line.slice((repair?.column ?? 0) - 1)).toMatch(/^(â€|Ã)/)
  })

  it('keeps every UTF-8 source as it is, form feeds and no-break spaces included', async () => {
    const names = (await readdir(sources)).filter((name) => name.endsWith('.txt'))
    for (const name of names) {
      const bytes = await readFile(join(sources, name))
      let raw: string
      try {
        raw = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
      } catch {
        continue
      }
      if (/\r|â€|Ã/.test(raw)) continue
      const file = await readSource(join(sources, name))
      expect(String(file.value), name).toBe(raw.normalize('NFC'))
      expect(messages(file), name).toEqual([])
    }
    const pdfText = await readSource(join(sources, 'ccm-13msp-2025-ghana-pdf-en.txt'))
    expect(String(pdfText.value)).toContain('\f')
  })
})

describe('readSource decoding', () => {
  const statement = 'Señor Presidente:\n\n“Nadie debe quedarse atrás” – السيد الرئيس – 中文\fPage 2\u00a0»\u202f!\n'

  it('drops a UTF-8 byte-order mark', async () => {
    const file = await readSource(await source('bom.txt', `\ufeff${statement}`))
    expect(String(file.value)).toBe(statement)
    expect(messages(file)).toEqual([expect.objectContaining({ruleId: 'strip-byte-order-mark', line: 1, column: 1})])
  })

  it('decodes UTF-16 little-endian and big-endian with a byte-order mark', async () => {
    const littleEndian = Buffer.from(`\ufeff${statement}`, 'utf16le')
    const bigEndian = Buffer.from(littleEndian).swap16()
    for (const [name, bytes, encoding] of [['le.txt', littleEndian, 'utf-16le'], ['be.txt', bigEndian, 'utf-16be']] as const) {
      const file = await readSource(await source(name, bytes))
      expect(String(file.value)).toBe(statement)
      expect(file.data.encoding).toBe(encoding)
      expect(file.messages.map((message) => message.ruleId)).toEqual(['decode-utf-16'])
    }
  })

  it('recognises UTF-16 without a byte-order mark and says which --encoding reads it', async () => {
    const path = await source('utf16-no-bom.txt', Buffer.from(statement, 'utf16le'))
    const error = await refusal(path)
    expect(error.ruleId).toBe('binary-file')
    expect(error.message).toContain('--encoding utf-16le')
    expect(String((await readSource(path, {encoding: 'utf-16le'})).value)).toBe(statement)
  })

  it('reads windows-1251 with --encoding and refuses to guess without it', async () => {
    const russian = 'Уважаемый господин Председатель,\n\nЖенева, 25 ноября 2025 года. Ещё «раз».\n'
    const path = await source('cp1251.txt', encodeWindows1251(russian))
    const file = await readSource(path, {encoding: 'windows-1251'})
    expect(String(file.value)).toBe(russian)
    expect(file.data.encoding).toBe('windows-1251')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['decode-encoding'])

    const error = await refusal(path)
    expect(error.ruleId).toBe('unknown-encoding')
    expect(error.message).toContain('--encoding windows-1251')
    expect([error.line, error.column]).toEqual([1, 1])
  })

  it('reads GBK with --encoding and, without it, suggests GBK', async () => {
    const chinese = '中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团\n\n主席先生，中国代表团感谢主席的工作，并愿意在《公约》框架下与各方合作。\n'
    const path = await source('gbk.txt', encodeGbk(chinese))
    expect(String((await readSource(path, {encoding: 'GBK'})).value)).toBe(chinese)
    const error = await refusal(path)
    expect(error.ruleId).toBe('unknown-encoding')
    expect(error.message).toContain('--encoding gbk')
  })

  it('rejects an unknown encoding label as a usage error', async () => {
    const path = await source('label.txt', statement)
    await expect(readSource(path, {encoding: 'klingon-8'})).rejects.toBeInstanceOf(UsageError)
  })

  it('warns when Windows-1252 gives signs inside words, as windows-1250 text does', async () => {
    // "Szanowny Panie Przewodniczący, Łódź" in windows-1250: ą is 0xB9, Ł 0xA3, ó 0xF3, ź 0x9F.
    const bytes = Buffer.concat([Buffer.from('Szanowny Panie Przewodnicz'), Buffer.from([0xb9]), Buffer.from('cy, '), Buffer.from([0xa3, 0xf3, 0x64, 0x9f]), Buffer.from('\n')])
    const path = await source('cp1250.txt', bytes)
    const file = await readSource(path)
    expect(messages(file)).toContainEqual(expect.objectContaining({ruleId: 'suspect-encoding', fatal: false, line: 1, column: 27}))
    expect(String((await readSource(path, {encoding: 'windows-1250'})).value)).toBe('Szanowny Panie Przewodniczący, Łódź\n')
  })

  it('warns when a mostly English file has a Russian name in windows-1251', async () => {
    const bytes = Buffer.concat([Buffer.from('Statement by Ambassador '), encodeWindows1251('Иван Петров'), Buffer.from(' on behalf of the delegation.\n')])
    const file = await readSource(await source('name-cp1251.txt', bytes))
    const warning = file.messages.find((message) => message.ruleId === 'suspect-encoding')
    expect(warning).toMatchObject({fatal: false, line: 1, column: 25})
    expect(warning?.reason).toContain('windows-1251')
  })

  it('repairs UTF-8 lines in a file that is otherwise Windows-1252', async () => {
    const bytes = Buffer.concat([Buffer.from('Côte d’Ivoire\n', 'utf8'), encodeWindows1252('Señor “Presidente”\n') as Uint8Array])
    const file = await readSource(await source('mixed.txt', bytes))
    expect(String(file.value)).toBe('Côte d’Ivoire\nSeñor “Presidente”\n')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['decode-windows-1252', 'repair-mojibake'])
  })

  it('reads a UTF-8 file with a stray byte, pointing at the byte', async () => {
    const russian = 'Уважаемый господин Председатель,\n\nЖенева, 25 ноября 2025 года.\n'
    const bytes = Buffer.concat([Buffer.from(russian), Buffer.from([0xff]), Buffer.from('Ещё раз.\n')])
    const file = await readSource(await source('stray.txt', bytes))
    expect(String(file.value)).toBe(`${russian}ÿЕщё раз.\n`)
    expect(messages(file)).toEqual([
      expect.objectContaining({ruleId: 'decode-windows-1252', line: 4, column: 1}),
      expect.objectContaining({ruleId: 'repair-mojibake', line: 1, column: 1}),
    ])
  })

  it('turns C1 controls from a Latin-1 reading back into the Windows-1252 characters they stand for', async () => {
    const file = await readSource(await source('latin1.txt', 'Tema 9 c) \u0096 \u0093nadie debe quedarse atrás\u0094\nCôte d\u00e2\u0080\u0099Ivoire\n'))
    expect(String(file.value)).toBe('Tema 9 c) – “nadie debe quedarse atrás”\nCôte d’Ivoire\n')
    expect(messages(file)).toEqual([
      expect.objectContaining({ruleId: 'repair-c1-control', line: 1, column: 11}),
      expect.objectContaining({ruleId: 'repair-mojibake', line: 2, column: 7}),
    ])
  })

  it('normalises lone CR line breaks, composes to NFC and drops stray controls, keeping form feeds', async () => {
    const file = await readSource(await source('tidy.txt', 'Gene\u0300ve\rPage one\fPage two of the statement\u0007.\r'))
    expect(String(file.value)).toBe('Genève\nPage one\fPage two of the statement.\n')
    expect(messages(file)).toEqual([
      expect.objectContaining({ruleId: 'normalise-line-endings', line: 1, column: 8}),
      expect.objectContaining({ruleId: 'drop-control-character', line: 2, column: 35}),
      expect.objectContaining({ruleId: 'normalise-unicode', line: 1, column: 4}),
    ])
  })

  it('warns about a few replacement characters and says where the first is', async () => {
    const file = await readSource(await source('lost.txt', 'Madam President,\n\nThe Conf\ufffdrence of States Parties met in Geneva this week.\n'))
    expect(messages(file)).toEqual([expect.objectContaining({ruleId: 'replacement-character', fatal: false, line: 3, column: 9})])
  })
})

describe('readSource refusals', () => {
  it('refuses an empty file and a whitespace-only file', async () => {
    expect((await refusal(await source('empty.txt', ''))).ruleId).toBe('empty-file')
    const blank = await refusal(await source('blank.txt', ' \n\t\f\u00a0 \r\n\ufeff'))
    expect(blank.ruleId).toBe('empty-file')
    expect(blank.message).toContain('only whitespace')
  })

  it('refuses random bytes as binary', async () => {
    expect((await refusal(await source('random.bin', randomBytes(4096, 7)))).ruleId).toBe('binary-file')
  })

  it('names a binary file format', async () => {
    const error = await refusal(await source('logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(256, 2)])))
    expect(error.ruleId).toBe('binary-file')
    expect(error.message).toMatch(/PNG image/)
  })

  it.each([
    ['statement.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(256, 3), Buffer.from('WordDocument', 'utf16le')]), /statement\.doc: this is a Word 97 document \(\.doc\), which is not read; open it in a word processor and save it as \.docx/],
    ['statement.rtf', Buffer.from('{\\rtf1\\ansi Madam President,\\par}'), /RTF document.*save it as \.docx/],
    ['message.msg', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(256, 4), Buffer.from('__substg1.0_1000001F', 'utf16le')]), /Outlook message \(\.msg\).*save it as \.eml/],
  ])('refuses a document format it does not read, with what to save it as: %s', async (name, bytes, reason) => {
    const error = await refusal(await source(name, bytes))
    expect(error.ruleId).toBe('unsupported-format')
    expect(error.message).toMatch(reason)
  })

  it('says where the first NUL byte is', async () => {
    const error = await refusal(await source('nul.txt', 'Madam President,\n\nwor\0ld'))
    expect([error.ruleId, error.line, error.column]).toEqual(['binary-file', 3, 4])
  })

  it('refuses text that decodes to garbage and says where it starts', async () => {
    const russian = encodeWindows1251('Уважаемый господин Председатель')
    const error = await refusal(await source('garbage.txt', russian), {encoding: 'utf-8'})
    expect([error.ruleId, error.line, error.column]).toEqual(['garbled-text', 1, 1])
  })

  it('refuses a file over the size limit', async () => {
    const path = await source('large.txt', 'Madam President,\n'.repeat(10))
    expect((await refusal(path, {maxSize: 100})).ruleId).toBe('file-too-large')
    await expect(readSource(path, {maxSize: 1000})).resolves.toBeDefined()
  })

  it('refuses a file over the default 10 MB limit from its size alone', async () => {
    // A sparse 64 MB file: refusing it must not need reading it.
    const path = join(folder, 'huge.txt')
    const handle = await open(path, 'w')
    await handle.truncate(64 * 1024 ** 2)
    await handle.close()
    const error = await refusal(path)
    expect(error.ruleId).toBe('file-too-large')
    expect(error.message).toContain('64 MB')
    expect(error.message).toContain('10 MB')
  })

  it('refuses a missing file and a folder', async () => {
    expect((await refusal(join(folder, 'missing.txt'))).ruleId).toBe('missing-file')
    const directory = join(folder, 'folder.txt')
    await mkdir(directory)
    expect((await refusal(directory)).ruleId).toBe('not-a-file')
  })
})

/** Cyrillic in windows-1251: А–я are 0xC0–0xFF, Ё/ё 0xA8/0xB8, « » 0xAB/0xBB. */
function encodeWindows1251(text: string): Uint8Array {
  const special: Record<string, number> = {Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb}
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0)
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    const byte = special[char]
    if (byte === undefined) throw new Error(`no windows-1251 byte for ${char}`)
    return byte
  })
}

/** GBK bytes, from a reverse table built with the GBK decoder (Node has no GBK encoder). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk', {fatal: true})
  const bytesOf = new Map<string, [number, number]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail))
        if (!bytesOf.has(char)) bytesOf.set(char, [lead, trail])
      } catch {
        // not a GBK pair
      }
    }
  }
  return Uint8Array.from([...text].flatMap((char) => {
    if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)]
    const pair = bytesOf.get(char)
    if (!pair) throw new Error(`no GBK bytes for ${char}`)
    return pair
  }))
}

/** Reproducible noise (xorshift32). */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed * 2654435761 || 1
  return Uint8Array.from({length}, () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return state & 0xff
  })
}
