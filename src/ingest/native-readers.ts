import {InputError} from '../errors.ts'
import type {NativeDocument, SourceFormat} from './native-document.ts'

export type NativeFormat = Exclude<SourceFormat, 'text'>

/** A reader of one native format: the file's bytes → the statement with the structure the file knew. */
export type NativeReader = (bytes: Uint8Array, path: string) => Promise<NativeDocument>

/**
 * The reader of each native format, imported only when a file of that format is read (pdf.js,
 * mammoth and the DOM are heavy, and most batches need one or none of them). One line per format.
 */
const nativeReaders: Partial<Record<NativeFormat, () => Promise<NativeReader>>> = {
  docx: async () => (await import('./docx/read-docx.ts')).readDocx,
  html: async () => (await import('./html/read-html.ts')).readHtml,
  pdf: async () => (await import('./pdf/read-pdf.ts')).readPdf,
  // An e-mail is no document of its own: readSource opens it and reads what it carries.
}

const formatNames: Record<NativeFormat, string> = {
  pdf: 'a PDF document',
  docx: 'a Word document (.docx)',
  html: 'a web page',
  eml: 'an e-mail message',
}

/** Reads a native document with its format's reader; a format with no reader yet is refused as `unsupported-format`. */
export async function readNativeDocument(format: NativeFormat, bytes: Uint8Array, path: string): Promise<NativeDocument> {
  const load = nativeReaders[format]
  if (!load) throw new InputError(path, `this is ${formatNames[format]}, which statement-packs cannot read yet; export its text first`, 'unsupported-format')
  const read = await load()
  return read(bytes, path)
}
