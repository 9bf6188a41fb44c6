import {unzipSync, strFromU8} from 'fflate'
import {DOMParser} from 'linkedom'
import type {RemovedText} from '../native-document.ts'

const furniturePart = /^word\/(header|footer)\d*\.xml$/

/**
 * The page headers and footers of a Word document, which mammoth leaves out: reported as removed
 * furniture, each text once (a first-page and a default footer often say the same). A footer whose
 * text is a page-number field ("Page 2 of 2") is a page number.
 */
export function readPageFurniture(bytes: Uint8Array): RemovedText[] {
  const parts = unzipSync(bytes, {filter: (file) => furniturePart.test(file.name)})
  const removed: RemovedText[] = []
  const seen = new Set<string>()
  for (const name of Object.keys(parts).sort()) {
    const kind = furniturePart.exec(name)?.[1]
    const document = new DOMParser().parseFromString(strFromU8(parts[name] as Uint8Array), 'text/xml')
    for (const paragraph of document.getElementsByTagName('w:p')) {
      const text = [...paragraph.getElementsByTagName('w:t')].map((run) => run.textContent).join('').replace(/\s+/g, ' ').trim()
      if (!text || seen.has(text)) continue
      seen.add(text)
      const pageField = [...paragraph.getElementsByTagName('w:instrText'), ...paragraph.getElementsByTagName('w:fldSimple')].some((field) =>
        /\bPAGE\b/.test(field.textContent + (field.getAttribute('w:instr') ?? '')),
      )
      if (pageField) removed.push({text, reason: 'page number', ruleId: 'drop-page-number'})
      else removed.push({text, reason: kind === 'header' ? 'running header' : 'running footer', ruleId: 'drop-running-header'})
    }
  }
  return removed
}
