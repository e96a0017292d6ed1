// One `kubectl get events` row (`printEvent` in printers.go): LAST SEEN TYPE REASON OBJECT
// MESSAGE, and for -o wide SUBOBJECT SOURCE FIRST SEEN COUNT NAME too.
import type { KEvent, Ms } from '../types'
import { translateTimestampSince } from './timestamps'

/**
 * The newer events API fields that core/v1 Events may carry (the scheduler's `Scheduled` event
 * has only eventTime). The typed KEvent lacks them; printers read them when present.
 */
export interface EventExtras {
  eventTime?: Ms
  series?: { count: number; lastObservedTime: Ms }
  reportingController?: string
  reportingInstance?: string
}
export type EventLike = KEvent & EventExtras

export interface EventRow {
  lastSeen: string
  type: string
  reason: string
  object: string
  subobject: string
  source: string
  message: string
  firstSeen: string
  count: string
  name: string
}

/** `formatEventSource`: component (or reporting controller), then `, host` when there is one. */
function eventSource(ev: EventLike): string {
  const component = ev.source.component || ev.reportingController || ''
  const host = ev.source.host || ev.reportingInstance || ''
  return host ? `${component}, ${host}` : component
}

export function printEvent(ev: EventLike, now: Ms): EventRow {
  const firstSeen = ev.firstTimestamp !== undefined ? translateTimestampSince(ev.firstTimestamp, now) : translateTimestampSince(ev.eventTime, now)
  let lastSeen = ev.lastTimestamp !== undefined ? translateTimestampSince(ev.lastTimestamp, now) : firstSeen
  let count = ev.count
  if (ev.series) {
    lastSeen = translateTimestampSince(ev.series.lastObservedTime, now)
    count = ev.series.count
  } else if (!count) count = 1 // singleton events of the new API carry no count
  const io = ev.involvedObject
  return {
    lastSeen,
    type: ev.type,
    reason: ev.reason,
    object: io.name ? `${io.kind.toLowerCase()}/${io.name}` : io.kind.toLowerCase(),
    subobject: io.fieldPath ?? '',
    source: eventSource(ev),
    message: ev.message.trim(),
    firstSeen,
    count: String(count),
    name: ev.metadata.name,
  }
}
