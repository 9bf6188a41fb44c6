import type {Layout} from './build-blocks.ts'
import type {PdfLine} from './group-lines.ts'

/** The body's usual font size, line gap and column edges, measured on the lines of all pages. */
export function measureLayout(lines: PdfLine[]): Layout {
  const bodySize = mostCommon(lines, (line) => Math.round(line.size * 2) / 2, (line) => line.text.length)
  const body = lines.filter((line) => Math.abs(line.size - bodySize) < 0.5)
  const gaps = body.flatMap((line, index) => {
    const previous = body[index - 1]
    return previous && previous.page === line.page && previous.y > line.y ? [previous.y - line.y] : []
  })
  const lefts = body.map((line) => line.left).sort((a, b) => a - b)
  const rights = body.map((line) => line.right).sort((a, b) => b - a)
  return {
    bodySize,
    // The smallest usual gap is the one within paragraphs; wider ones separate them.
    lineGap: gaps.length > 0 ? quantile(gaps, 0.25) : bodySize * 1.2,
    // The second most extreme edge: one line sticking out does not move the column.
    columnLeft: lefts[Math.min(1, lefts.length - 1)] ?? 0,
    columnRight: rights[Math.min(1, rights.length - 1)] ?? 0,
  }
}

function mostCommon<T>(values: T[], key: (value: T) => number, weight: (value: T) => number): number {
  const totals = new Map<number, number>()
  for (const value of values) totals.set(key(value), (totals.get(key(value)) ?? 0) + weight(value))
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12
}

function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) * share)]!
}
