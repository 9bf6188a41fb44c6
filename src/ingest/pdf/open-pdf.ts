import {fileURLToPath} from 'node:url'
import {loadPdfJs, type PDFDocumentProxy} from './load-pdfjs.ts'
import {InputError} from '../../errors.ts'

/**
 * pdf.js's CMaps (Chinese, Japanese, Korean encodings) and standard fonts' data, vendored from
 * pdfjs-dist: unpdf's build of pdf.js (without the 33 MB canvas it would otherwise install) ships none.
 */
const dataFolder = fileURLToPath(new URL('../../../vendor/pdfjs/', import.meta.url))

/**
 * Open a PDF with pdf.js (unpdf's build for servers), imported only now so that reading text never
 * loads it. Nothing is evaluated, no font is installed and nothing is fetched: CMaps and standard
 * fonts come from the package's own files. Throws InputError for a PDF that needs a password or
 * cannot be parsed.
 */
export async function openPdf(bytes: Uint8Array, path: string): Promise<PDFDocumentProxy> {
  const {getDocument} = await loadPdfJs()
  const task = getDocument({
    // pdfjs detaches the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${dataFolder}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${dataFolder}standard_fonts/`,
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
