import type {BrowserSession} from '../render/browser.ts'
import type {Paper} from '../render/pdf.ts'

/** Page sizes in CSS pixels (96 per inch). */
const pageSizes: Record<Paper, {width: number; height: number}> = {
  a4: {width: (210 / 25.4) * 96, height: (297 / 25.4) * 96},
  letter: {width: 8.5 * 96, height: 11 * 96},
}

/**
 * How many pages each statement of a pack HTML document takes, without printing: every
 * `article.statement` is laid out in a multi-column box whose columns are the size of a page's
 * content area. Columns break like pages (same fragmentation: orphans, widows, headings kept
 * with what follows), so the column count is the page count. Layout only, in milliseconds.
 * The caller checks the numbers against the printed PDF: this is a prediction.
 */
export async function measureStatementPages(session: BrowserSession, html: string, paper: Paper): Promise<number[]> {
  return session.withPage(html, async (page) => {
    await page.emulateMediaType('print')
    try {
      return (await page.evaluate(`(${measureInPage})(${JSON.stringify(pageSizes[paper])})`)) as number[]
    } finally {
      await page.emulateMediaType()
    }
  })
}

/** Runs in the page (plain JavaScript: it is sent as text, untouched by the TypeScript toolchain). */
const measureInPage = `function measure(size) {
  const probe = document.createElement('div')
  probe.style.position = 'absolute'
  document.body.append(probe)
  const toPx = (length) => {
    probe.style.height = length || '0'
    return probe.getBoundingClientRect().height
  }
  // The page margins: the last unnamed @page rule that sets each side wins.
  const margins = {top: '0', right: '0', bottom: '0', left: '0'}
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSPageRule) || rule.selectorText !== '') continue
      for (const side of ['top', 'right', 'bottom', 'left']) {
        const value = rule.style.getPropertyValue('margin-' + side)
        if (value) margins[side] = value
      }
    }
  }
  const width = size.width - toPx(margins.left) - toPx(margins.right)
  const height = size.height - toPx(margins.top) - toPx(margins.bottom)
  probe.remove()
  // All the boxes first, then all the reads: one layout instead of one per statement.
  const boxes = Array.from(document.querySelectorAll('article.statement')).map((article) => {
    const columns = document.createElement('div')
    columns.style.cssText = 'width:' + width + 'px;height:' + height + 'px;column-width:' + width + 'px;column-gap:0;column-fill:auto;overflow:visible'
    article.style.breakBefore = 'auto'
    article.style.marginTop = '0'
    article.replaceWith(columns)
    columns.append(article)
    return columns
  })
  return boxes.map((columns) => Math.max(1, Math.round(columns.scrollWidth / width)))
}`
