// The wall clock the pods see: trace.startTime + t, printed the way busybox `date` prints it
// (`Sat Jan  3 01:46:29 UTC 2026`, day of month padded with a space).

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

const two = (n: number) => String(n).padStart(2, '0')

export function busyboxDate(startIso: string, offsetMs: number): string {
  const start = Date.parse(startIso)
  if (Number.isNaN(start)) return ''
  const d = new Date(start + offsetMs)
  const day = String(d.getUTCDate()).padStart(2, ' ')
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${time} UTC ${d.getUTCFullYear()}`
}
