// What the simulator needs from a cron library, injected (the core imports no package): the next
// time a 5-field pattern fires in a time zone, and the time-zone facts Go's time package knows.
// `src/scenario/cronSchedule.ts` implements it with croner and the platform's tz database.
// Everything is computed from the epoch milliseconds passed in, never from a clock.

export interface CronSchedule {
  /**
   * The first time strictly after `afterEpochMs` at which `pattern` (5 fields, each `*` or a
   * comma list of numbers, as `parseStandard` produces) fires in `timeZone`; null if none within
   * about five years (robfig's search limit: `0 0 30 2 *` never fires).
   */
  next(pattern: string, timeZone: string, afterEpochMs: number): number | null
  /** Whether Go's `time.LoadLocation(name)` succeeds (an IANA name, or `UTC`). */
  isTimeZone(name: string): boolean
  /** The zone's offset from UTC at that instant, in minutes (for RFC 3339 text). */
  offsetMinutes(timeZone: string, epochMs: number): number
}
