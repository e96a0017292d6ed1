// Wall-clock text for simulated times (`epochMs + t`, printed in UTC): Go's time.RFC1123Z as
// describe prints it, and RFC3339 (whole seconds) as metav1.Time serializes in -o yaml/json.
import type { Ms } from '../../sim/api/types'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number): string => String(n).padStart(2, '0')

/** `Sat, 03 Jan 2026 01:46:29 +0000` (time.RFC1123Z, UTC). */
export function rfc1123z(epochMs: number, t: Ms): string {
  const d = new Date(epochMs + t)
  const clock = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${clock} +0000`
}

/** `2026-01-03T01:46:29Z` (metav1.Time's JSON form: RFC3339, whole seconds, UTC). */
export function rfc3339(epochMs: number, t: Ms): string {
  return new Date(Math.floor((epochMs + t) / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
