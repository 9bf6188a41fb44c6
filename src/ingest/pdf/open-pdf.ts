import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js'
import {InputError} from '../../errors.ts'

/** The installed pdfjs-dist: its CMaps (Chinese, Japanese, Korean encodings) and the standard fonts' data. */
const packageFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

/**
 * Open a PDF with pdfjs-dist, imported only now so that reading text never loads it. Nothing is
 * evaluated, no font is installed and nothing is fetched: CMaps and standard fonts come from the
 * installed package. Throws InputError for a PDF that needs a password or cannot be parsed.
 */
export async function openPdf(bytes: Uint8Array, path: string): Promise<PDFDocumentProxy> {
  const {getDocument} = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({
    // pdfjs detaches the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(packageFolder, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(packageFolder, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  try {
    return await task.promise
  } catch (error) {
    await task.destroy()
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new InputError(path, 'password-protected: this PDF needs a password to open; save an unprotected copy', 'pdf-password-protected', {cause: error})
    }
    throw unreadablePdf(path, error)
  }
}

/** A PDF that pdfjs cannot parse, opened or read: one refused file, never a crash of the batch. */
export function unreadablePdf(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error
  const detail = error instanceof Error ? error.message : String(error)
  return new InputError(path, `not a readable PDF (${detail})`, 'pdf-unreadable', {cause: error})
}
