// Single-flight with the latest request winning: while one run is in flight, further requests
// collapse into one more run after it. A slider dragged faster than the engine answers therefore
// costs at most one run behind the pointer, and the last value dragged to is always simulated.

/** Wraps `run`; the returned function resolves once a run that started after the call has ended. */
export function latestWins(run: () => Promise<unknown>): () => Promise<void> {
  let inFlight: Promise<void> | null = null
  let next: Promise<void> | null = null

  const start = (): Promise<void> => {
    const p = run().then(() => undefined, () => undefined).finally(() => {
      if (inFlight === p) inFlight = null
    })
    inFlight = p
    return p
  }

  return () => {
    if (!inFlight) return start()
    // One follow-up run, shared by every request made while this run is in flight.
    next ??= inFlight.then(() => {
      next = null
      return start()
    })
    return next
  }
}
