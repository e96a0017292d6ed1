// AGE-style cells: printers.go `translateTimestampSince`, and the whole-second precision of
// metav1.Time. A stored timestamp keeps whole seconds only (metav1.Time's ProtoTime drops the
// nanoseconds and its RFC3339 JSON form has none), while "now" on the server is exact. So a pod
// created at 0.7 s is already `1s` old at 1.2 s. Sim times are offsets from a wall clock that
// starts on a whole second, so truncating the offset truncates the wall-clock time too.
import type { Ms } from '../types'
import { humanDuration } from './humanDuration'

/** A stored timestamp as the API keeps it: cut down to the whole second. */
export function wholeSecond(t: Ms): Ms {
  return Math.floor(t / 1000) * 1000
}

/** `translateTimestampSince`: `<unknown>` for a zero (unset) time, else HumanDuration(now − t). */
export function translateTimestampSince(t: Ms | undefined, now: Ms): string {
  if (t === undefined) return '<unknown>'
  return humanDuration(now - wholeSecond(t))
}

/** HumanDuration between two stored timestamps (the job DURATION of a finished job). */
export function durationBetween(from: Ms, to: Ms): string {
  return humanDuration(wholeSecond(to) - wholeSecond(from))
}
