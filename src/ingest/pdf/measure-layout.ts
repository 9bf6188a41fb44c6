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
  return {
    bodySize,
    // The smallest usual gap is the one within paragraphs; wider ones separate them.
    lineGap: gaps.length > 0 ? quantile(gaps, 0.25) : bodySize * 1.2,
    columnLeft: columnEdge(body.map((line) => line.left), -1),
    columnRight: columnEdge(body.map((line) => line.right), 1),
  }
}

/**
 * Where most lines start (or end, for the right edge): the aligned edge of the column. A ragged
 * edge has no such place; then the second outermost line, so that one line sticking out (a list
 * number hung in the margin) does not move the column.
 */
function columnEdge(edges: number[], side: -1 | 1): number {
  const aligned = mostCommon(edges, Math.round, () => 1)
  if (edges.filter((edge) => Math.abs(edge - aligned) <= 1).length >= edges.length * 0.3) {
    return side < 0 ? Math.min(...edges.filter((edge) => Math.abs(edge - aligned) <= 1)) : Math.max(...edges.filter((edge) => Math.abs(edge - aligned) <= 1))
  }
  const sorted = [...edges].sort((a, b) => side * (b - a))
  return sorted[Math.min(1, sorted.length - 1)] ?? 0
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
