// Traces are ordered by `at`, so "everything that happened by t" is a prefix found by binary
// search; selectors then scan only that prefix (cheap enough to run every animation frame).
import type { TraceEvent } from '../../sim/trace/events'

/** Number of events (or any items in time order) with `at <= t`. */
export function countUntil(events: readonly Pick<TraceEvent, 'at'>[], t: number): number {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (events[mid]!.at <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The time of the first event strictly after t, or null at the end. */
export function nextEventTime(events: readonly TraceEvent[], t: number): number | null {
  return events[countUntil(events, t)]?.at ?? null
}

/** The time of the last event strictly before t, or null at the start. */
export function previousEventTime(events: readonly TraceEvent[], t: number): number | null {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (events[mid]!.at < t) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? events[lo - 1]!.at : null
}
