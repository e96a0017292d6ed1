// Simulated time: integer milliseconds since the scenario started. A branded number, so a
// wall-clock Date or a float of seconds can never be passed where simulated time is meant.

declare const simMillis: unique symbol
export type SimMillis = number & { readonly [simMillis]: true }

/** Simulated time from an integer number of milliseconds. */
export function ms(n: number): SimMillis {
  if (!Number.isSafeInteger(n)) throw new RangeError(`simulated time must be an integer of ms, got ${n}`)
  return n as SimMillis
}

/** Simulated time from seconds, rounded to the millisecond. */
export const seconds = (s: number): SimMillis => ms(Math.round(s * 1000))

export const ZERO: SimMillis = ms(0)

export const addMs = (t: SimMillis, d: number): SimMillis => ms(t + Math.round(d))

export const maxTime = (a: SimMillis, b: SimMillis): SimMillis => (a > b ? a : b)

/** Readable offset for logs and decisions: `0s`, `4.5s`, `4m21s`, `1h2m3s`. */
export function formatOffset(t: SimMillis | number): string {
  const sign = t < 0 ? '-' : ''
  let rest = Math.abs(t)
  const h = Math.floor(rest / 3_600_000)
  rest -= h * 3_600_000
  const m = Math.floor(rest / 60_000)
  rest -= m * 60_000
  const s = rest / 1000
  const sText = Number.isInteger(s) ? `${s}s` : `${s.toFixed(3).replace(/0+$/, '')}s`
  if (!h && !m) return `${sign}${sText}`
  return `${sign}${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? sText : ''}`
}
