#!/usr/bin/env bash
# Lays out the committed test documents from their flat-ODT sources with LibreOffice, as a word
# processor lays them out (page headers and footers, page-number fields, footnotes, lists), so that
# the readers never learn only this project's own output. Then makes, from the English PDF, a
# scanned copy (its first page as an image only) and two encrypted copies. CI does not run this:
# the documents are committed. Needs `apt-get install libreoffice-writer-nogui qpdf poppler-utils`
# and, for the Chinese statement, a CJK font (`apt-get install fonts-wqy-zenhei`).
set -euo pipefail
cd "$(dirname "$0")"
for source in sources/*.fodt; do
  name=$(basename "$source" .fodt)
  soffice --headless --convert-to pdf --outdir . "$source" >/dev/null
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir . "$source" >/dev/null
  echo "$name.pdf $name.docx"
done

# A scan: the first page as a black-and-white image, in a PDF with no text layer.
scan=$(mktemp -d)
trap 'rm -rf "$scan"' EXIT
pdftoppm -r 60 -mono -png -singlefile -f 1 -l 1 en-two-page-statement.pdf "$scan/page"
node --input-type=module -e "
  import {readFileSync, writeFileSync} from 'node:fs'
  import {PDFDocument} from 'pdf-lib'
  const document = await PDFDocument.create()
  const image = await document.embedPng(readFileSync('$scan/page.png'))
  const page = document.addPage([595.3, 841.9])
  page.drawImage(image, {x: 0, y: 0, width: 595.3, height: 841.9})
  writeFileSync('scanned-statement.pdf', await document.save({useObjectStreams: false}))
"
echo scanned-statement.pdf

# Encrypted: one needs a user password to open; the other opens without one and only restricts
# printing, copying and changes (an owner password).
qpdf --encrypt opensesame owner-secret 256 -- en-two-page-statement.pdf en-password-protected.pdf
qpdf --encrypt '' owner-secret 256 --print=none --modify=none --extract=n -- en-two-page-statement.pdf en-permissions-only.pdf
echo en-password-protected.pdf en-permissions-only.pdf
