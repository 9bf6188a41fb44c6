import type {BrowserSession, PrintOptions} from '../render/browser.ts'
import type {Paper} from '../render/pdf.ts'
import type {PackStep} from './index.ts'

/** Page sizes in CSS pixels (96 per inch). */
const pageSizes: Record<Paper, {width: number; height: number}> = {
  a4: {width: (210 / 25.4) * 96, height: (297 / 25.4) * 96},
  letter: {width: 8.5 * 96, height: 11 * 96},
}

export interface MeasuredPrint {
  /** The page each statement was predicted to start on, and printed with in the contents. */
  starts: number[]
  /** Null when the contents has no `.entry-page` element per statement to write the numbers into. */
  pdf: Uint8Array | null
}

/**
 * The pack's first printing, in one page load: predict where each statement starts, write those
 * numbers into the contents, print.
 *
 * The prediction needs no printing: every `article.statement`, and each element before the first
 * one (the cover, the contents), is laid out as (or in) a multi-column box whose columns are the
 * size of a page's content area. Columns break like pages (the same
 * fragmentation: orphans, widows, headings kept with what follows), so the column count is the
 * page count (in a right-to-left pack the columns run leftwards, and `scrollWidth` counts them
 * the same). The boxes are then taken away again, leaving the document as it was. The caller
 * checks the printed numbers against the PDF's outline: this is a prediction.
 */
export async function measureAndPrint(
  session: BrowserSession,
  html: string,
  paper: Paper,
  print: PrintOptions,
  onStepEnd: (step: PackStep) => void = () => undefined,
): Promise<MeasuredPrint> {
  return session.withPage(html, async (page) => {
    onStepEnd('load')
    const {frontPages, lengths} = (await page.evaluate(`(${measureInPage})(${JSON.stringify(pageSizes[paper])})`)) as {frontPages: number; lengths: number[]}
    const starts: number[] = []
    let next = frontPages + 1
    for (const length of lengths) {
      starts.push(next)
      next += length
    }
    const numbered = (await page.evaluate(`(${fillContents})(${JSON.stringify(starts)})`)) as boolean
    onStepEnd('measure')
    if (!numbered) return {starts, pdf: null}
    const pdf = await page.pdf(print)
    onStepEnd('print')
    return {starts, pdf}
  })
}

/** Runs in the page (plain JavaScript: it is sent as text, untouched by the TypeScript toolchain). */
const measureInPage = `function measure(size) {
  // The page margins: the last unnamed @page rule that sets each side wins.
  const margins = {top: '0px', right: '0px', bottom: '0px', left: '0px'}
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSPageRule) || rule.selectorText !== '') continue
      for (const side of ['top', 'right', 'bottom', 'left']) {
        const value = rule.style.getPropertyValue('margin-' + side)
        if (value) margins[side] = value
      }
    }
  }
  // The content area as calc() expressions: the layout converts the margins' units, in the same
  // pass as the measurement.
  const width = 'calc(' + size.width + 'px - ' + margins.left + ' - ' + margins.right + ')'
  const height = 'calc(' + size.height + 'px - ' + margins.top + ' - ' + margins.bottom + ')'
  // What comes before the first statement (the cover, the contents): each of the body's elements
  // before it, measured like a statement; those that lay out no box (a hidden one) count no page.
  const articles = Array.from(document.querySelectorAll('article.statement'))
  const first = articles[0]
  const front = Array.from(document.body.children).filter(
    (element) => first && !element.contains(first) && element.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING,
  )
  const measured = [...front, ...articles]
  const columns = 'width:' + width + ';height:' + height + ';column-width:' + width + ';column-gap:0;column-fill:auto;overflow:visible'
  // A statement that draws no box around its content (the usual case) becomes its own columns box:
  // it keeps the text it has laid out, and the layout only breaks its lines again. Any other
  // element (the cover, the contents: flex or grid boxes, margins, borders) is moved into a new
  // columns box, which lays it out anew, twice: measured, then moved back.
  const inPlace = measured.map((element) => element.matches('article.statement') && drawsNoBox(getComputedStyle(element)))
  // All the boxes first, then all the reads: one layout, and none before the boxes are in place.
  const styles = measured.map((element) => element.getAttribute('style'))
  const boxes = measured.map((element, index) => {
    element.style.breakBefore = 'auto'
    element.style.marginTop = '0'
    if (inPlace[index]) {
      element.style.cssText += ';' + columns
      return element
    }
    const box = document.createElement('div')
    box.style.cssText = columns
    element.replaceWith(box)
    box.append(element)
    return box
  })
  const lengths = boxes.map((box, index) => {
    if (measured[index].getClientRects().length === 0) return 0
    return Math.max(1, Math.round(box.scrollWidth / box.getBoundingClientRect().width))
  })
  for (const [index, element] of measured.entries()) {
    if (!inPlace[index]) boxes[index].replaceWith(element)
    if (styles[index] === null) element.removeAttribute('style')
    else element.setAttribute('style', styles[index])
  }
  const frontPages = lengths.slice(0, front.length).reduce((sum, length) => sum + length, 0)
  return {frontPages, lengths: lengths.slice(front.length)}

  function drawsNoBox(style) {
    const sides = ['top', 'right', 'bottom', 'left']
    return (
      style.display === 'block' &&
      style.marginLeft === '0px' &&
      style.marginRight === '0px' &&
      sides.every((side) => style.getPropertyValue('padding-' + side) === '0px' && style.getPropertyValue('border-' + side + '-width') === '0px')
    )
  }
}`

/** Write the predicted page numbers into the contents (one `.entry-page` per statement). */
const fillContents = `function fill(starts) {
  const cells = document.querySelectorAll('.entry-page')
  if (cells.length !== starts.length) return false
  cells.forEach((cell, index) => { cell.textContent = String(starts[index]) })
  return true
}`
