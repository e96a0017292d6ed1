// The CronSchedule the simulator is given (src/sim/api/cronSchedule.ts), built on croner for the
// calendar arithmetic and the platform's tz database (Intl) for zones. Patterns arrive already
// normalized by the core's robfig-compatible parser (each field `*` or a list), so croner only
// computes times; day-of-month and day-of-week combine with OR unless one is `*`, as robfig does.
import { Cron } from 'croner'
import type { CronSchedule } from '../sim/api/cronSchedule'

const patterns = new Map<string, Cron>()

function cronFor(pattern: string, timeZone: string): Cron {
  const key = `${timeZone} ${pattern}`
  let c = patterns.get(key)
  if (!c) patterns.set(key, (c = new Cron(pattern, { timezone: timeZone, mode: '5-part', legacyMode: true, paused: true })))
  return c
}

function resolvedZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

export const cronSchedule: CronSchedule = {
  next(pattern, timeZone, afterEpochMs) {
    const d = cronFor(pattern, timeZone).nextRun(new Date(afterEpochMs))
    return d ? d.getTime() : null
  },
  isTimeZone(name) {
    // Go loads zone files by exact name ("" and "UTC" are built in; "Local" is the host's zone).
    if (name === '' || name === 'UTC' || name === 'Local') return true
    const z = resolvedZone(name)
    return z !== null && (z.toLowerCase() !== name.toLowerCase() || z === name)
  },
  offsetMinutes(timeZone, epochMs) {
    if (timeZone === '' || timeZone === 'UTC' || resolvedZone(timeZone) === null) return 0
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(epochMs))
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0)
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
    return Math.round((local - Math.floor(epochMs / 1000) * 1000) / 60_000)
  },
}
