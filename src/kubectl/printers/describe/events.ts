// describe.go `DescribeEvents`: the events table (reference §4.3). It flushes the tabwriter first
// so the table aligns on its own, except `Events:\t<none>`, which joins the block above.
import { translateTimestampSince, wholeSecond, type EventLike } from '../../../sim/api/printers'
import type { KEvent, Ms } from '../../../sim/api/types'
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefixWriter'

/**
 * `sort.Sort(SortableEvents)`: by lastTimestamp, which the API stores in whole seconds, so events
 * of the same second keep their listing order (creation order) as Go's insertion sort does for
 * short lists.
 */
export function sortEvents(events: readonly EventLike[]): EventLike[] {
  return [...events].sort((a, b) => wholeSecond(a.lastTimestamp) - wholeSecond(b.lastTimestamp))
}

/** The Age cell: `<since first>`, or `<since last> (xN over <since first>)` for repeats. */
export function eventAge(e: EventLike, now: Ms): string {
  const first = e.eventTime !== undefined ? translateTimestampSince(e.eventTime, now) : translateTimestampSince(e.firstTimestamp, now)
  if (e.series) return `${translateTimestampSince(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`
  if (e.count > 1) return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`
  return first
}

/** Writes the Events section; `undefined` (events not shown) writes nothing. */
export function describeEvents(events: readonly (KEvent | EventLike)[] | undefined, w: PrefixWriter, now: Ms): void {
  if (events === undefined) return
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n')
    return
  }
  w.flush()
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n')
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n')
  for (const e of sortEvents(events)) {
    const from = e.source.component || (e as EventLike).reportingController || ''
    w.write(LEVEL_1, `${e.type}\t${e.reason}\t${eventAge(e, now)}\t${from}\t${e.message.trim()}\n`)
  }
}
