import type * as PdfJs from 'pdfjs-dist'

export type {PDFDocumentProxy, PDFPageProxy} from 'pdfjs-dist'
export type {TextItem} from 'pdfjs-dist/types/src/display/api.js'

/**
 * pdf.js as unpdf builds it for servers: the same code as pdfjs-dist without the 33 MB canvas that
 * pdfjs-dist installs, imported only when a PDF arrives. unpdf's own typings do not resolve under
 * NodeNext, so its types are pdfjs-dist's of the same version (a development dependency).
 */
export async function loadPdfJs(): Promise<typeof PdfJs> {
  provideTransferToFixedLength()
  return (await import('unpdf/pdfjs')) as unknown as typeof PdfJs
}

/**
 * Node 20 lacks `ArrayBuffer.prototype.transferToFixedLength` (Node 21), with which pdf.js hands
 * over each font's data; without it every page's fonts fail to load, and with them bold and italic.
 * A copy of the first `length` bytes does what pdf.js needs of it.
 */
function provideTransferToFixedLength(): void {
  if ('transferToFixedLength' in ArrayBuffer.prototype) return
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length)
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy
    },
  })
}
