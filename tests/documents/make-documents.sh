#!/usr/bin/env bash
# Lays out the committed test documents from their flat-ODT sources with LibreOffice, as a word
# processor lays them out (page headers and footers, page-number fields, footnotes, lists), so that
# the readers never learn only this project's own output. CI does not run this: the documents are
# committed. Needs `apt-get install libreoffice-writer-nogui qpdf`.
set -euo pipefail
cd "$(dirname "$0")"
for source in sources/*.fodt; do
  name=$(basename "$source" .fodt)
  soffice --headless --convert-to pdf --outdir . "$source" >/dev/null
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir . "$source" >/dev/null
  echo "$name.pdf $name.docx"
done
