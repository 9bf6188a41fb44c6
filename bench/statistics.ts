/** The middle of the measured runs: the figure a bench reports, steady against one slow run. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Milliseconds to two decimals, as the bench prints them. */
export function round(value: number): number {
  return Number(value.toFixed(2))
}
