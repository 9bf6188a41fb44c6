/**
 * The first Ctrl-C asks the build to stop after the documents in progress (no partial
 * file, a valid cache); a second one quits at once.
 */
export function stopOnInterrupt(onFirst: () => void): {signal: AbortSignal; dispose(): void} {
  const controller = new AbortController()
  const handler = () => {
    if (controller.signal.aborted) process.exit(130)
    controller.abort()
    onFirst()
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler)
      process.off('SIGTERM', handler)
    },
  }
}
