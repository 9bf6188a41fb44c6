import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {PDFDocument, StandardFonts} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../../src/errors.ts'
import type {NativeDocument} from '../../../src/ingest/native-document.ts'
import {readPdf} from '../../../src/ingest/pdf/read-pdf.ts'

const documents = fileURLToPath(new URL('../../documents/', import.meta.url))

async function refusal(name: string): Promise<InputError> {
  const path = `${documents}${name}`
  const error = await readPdf(await readFile(path), path).catch((thrown: unknown) => thrown)
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('readPdf refusals', () => {
  it('refuses a scanned PDF, with no text layer, and says to run OCR', async () => {
    const error = await refusal('scanned-statement.pdf')
    expect(error.ruleId).toBe('pdf-no-text-layer')
    expect(error.reason).toBe('no text layer: this PDF is a scanned image; run OCR first')
    expect(error.file).toBe(`${documents}scanned-statement.pdf`)
  })

  it('refuses a scan whose only text is a stamped page number as a scan', async () => {
    const scan = await PDFDocument.load(await readFile(`${documents}scanned-statement.pdf`))
    const font = await scan.embedFont(StandardFonts.Helvetica)
    scan.getPage(0).drawText('Page 1 of 1', {x: 270, y: 30, size: 9, font})
    const error = await readPdf(await scan.save(), 'stamped-scan.pdf').catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).ruleId).toBe('pdf-no-text-layer')
  })

  it('refuses a PDF that needs a user password as password-protected', async () => {
    const error = await refusal('en-password-protected.pdf')
    expect(error.ruleId).toBe('pdf-password-protected')
    expect(error.reason).toMatch(/^password-protected/)
  })

  it('reads a PDF encrypted only with permissions (an empty user password) as the unencrypted one', async () => {
    const path = `${documents}en-permissions-only.pdf`
    const plain = `${documents}en-two-page-statement.pdf`
    const [restricted, open] = await Promise.all([readPdf(await readFile(path), path), readPdf(await readFile(plain), plain)])
    expect(restricted.markdown).toBe(open.markdown)
    expect(restricted.removed).toEqual(open.removed)
  })

  it('refuses bytes that are not a PDF, naming the file', async () => {
    const error = await readPdf(new TextEncoder().encode('%PDF-1.7\nnot really'), 'broken.pdf').catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).ruleId).toBe('pdf-unreadable')
    expect((error as InputError).file).toBe('broken.pdf')
  })
})

describe('readPdf on damaged PDFs', () => {
  it('reads what it can of a PDF with damaged bytes, or refuses it with a rule ID, and never throws anything else', async () => {
    const original = await readFile(`${documents}en-two-page-statement.pdf`)
    for (let seed = 1; seed <= 12; seed++) {
      const bytes = new Uint8Array(original)
      let state = seed * 7919
      for (let hit = 0; hit < 30; hit++) {
        state = (state * 1103515245 + 12345) % 2 ** 31
        bytes[state % bytes.length] = state & 255
      }
      const outcome = await readPdf(bytes, 'damaged.pdf').catch((thrown: unknown) => thrown)
      if (outcome instanceof Error) {
        expect(outcome).toBeInstanceOf(InputError)
        expect(['pdf-unreadable', 'pdf-no-text-layer']).toContain((outcome as InputError).ruleId)
      } else {
        expect((outcome as NativeDocument).format).toBe('pdf')
      }
    }
  })
})
