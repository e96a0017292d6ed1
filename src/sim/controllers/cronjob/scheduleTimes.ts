// When a CronJob is due (pkg/controller/cronjob/utils.go, 1.34): `mostRecentScheduleTime`,
// `nextScheduleTime` and `nextScheduleTimeDuration`, over wall-clock epoch milliseconds.
// Kubernetes stores times in whole seconds, so creation and last-schedule times are truncated.
import type { CronJob } from '../../api/types'

/** robfig's `Schedule.Next`: the first time strictly after `t`, null if none (never fires). */
export interface Schedule {
  next(t: number): number | null
}

export type Missed = 'none' | 'few' | 'many'

/** `nextScheduleDelta`: requeue 100 ms after the schedule time, for clock skew. */
export const NEXT_SCHEDULE_DELTA_MS = 100

export interface RecentTimes {
  earliest: number
  /** The most recent unmet schedule time at or before now, if any. */
  mostRecent: number | null
  missed: Missed
  /** Set when the schedule cannot fire twice (upstream's "less than 1 second" error). */
  error?: string
}

const wholeSecond = (ms: number) => Math.floor(ms / 1000) * 1000

/**
 * `mostRecentScheduleTime`. `toEpoch` turns the object's simulated times into epoch ms. Counting
 * missed runs is upstream's approximation: (now − t1) / (t2 − t1) + 1, "many" above 100.
 */
export function mostRecentScheduleTime(cj: CronJob, nowEpoch: number, sched: Schedule, includeStartingDeadline: boolean, toEpoch: (t: number) => number): RecentTimes {
  let earliest = wholeSecond(toEpoch(cj.status.lastScheduleTime ?? cj.metadata.creationTimestamp))
  const sds = cj.spec.startingDeadlineSeconds
  if (includeStartingDeadline && sds !== undefined) {
    const deadline = nowEpoch - sds * 1000
    if (deadline > earliest) earliest = deadline
  }
  const t1 = sched.next(earliest)
  const t2 = t1 === null ? null : sched.next(t1)
  if (t1 !== null && nowEpoch < t1) return { earliest, mostRecent: null, missed: 'none' }
  if (t1 !== null && t2 !== null && nowEpoch < t2) return { earliest, mostRecent: t1, missed: 'none' }
  const between = t1 === null || t2 === null ? 0 : Math.round((t2 - t1) / 1000)
  if (between < 1) return { earliest, mostRecent: null, missed: 'none', error: 'time difference between two schedules is less than 1 second' }
  const elapsed = Math.trunc((nowEpoch - t1!) / 1000)
  const n = Math.floor(elapsed / between) + 1
  // Start one interval before the estimate and let the schedule find the exact times.
  let mostRecent: number | null = null
  for (let t = sched.next(t1! + (n - 2) * between * 1000); t !== null && t <= nowEpoch; t = sched.next(t)) mostRecent = t
  const missed: Missed = n > 100 ? 'many' : n > 0 ? 'few' : 'none'
  return { earliest, mostRecent, missed }
}

/** `nextScheduleTimeDuration`: when to look again (the next schedule time + 100 ms), as a delay. */
export function nextScheduleDelay(cj: CronJob, nowEpoch: number, sched: Schedule, toEpoch: (t: number) => number): number | null {
  const r = mostRecentScheduleTime(cj, nowEpoch, sched, false, toEpoch)
  const from = r.error ? nowEpoch : r.mostRecent ?? (r.missed === 'none' ? r.earliest : nowEpoch)
  const next = sched.next(from)
  return next === null ? null : next + NEXT_SCHEDULE_DELTA_MS - nowEpoch
}
