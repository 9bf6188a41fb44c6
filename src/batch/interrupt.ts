/**
 * Ctrl-C in a command that prints or writes: the first one (or SIGTERM, SIGHUP) aborts `signal`,
 * so that the command starts nothing new and the documents in progress finish (no partial file,
 * a valid cache); a second one calls `onSecond`, which quits at once (the browsers and temporary
 * files are removed by their own exit handlers).
 */
export function stopOnInterrupt(onFirst: () => void, onSecond: () => void): {signal: AbortSignal; dispose(): void} {
  const controller = new AbortController()
  const handler = () => {
    if (controller.signal.aborted) return onSecond()
    controller.abort()
    onFirst()
  }
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  for (const signal of signals) process.on(signal, handler)
  return {
    signal: controller.signal,
    dispose() {
      for (const signal of signals) process.off(signal, handler)
    },
  }
}
