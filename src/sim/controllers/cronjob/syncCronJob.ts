// `syncCronJob` (cronjob_controllerv2.go, 1.34), step by step with upstream's event texts:
// reconcile status.active with the Jobs that exist, then — unless the CronJob is being deleted,
// names an unknown time zone, is suspended, or has no unmet schedule time — skip a run that is
// past startingDeadlineSeconds (MissSchedule), skip it under Forbid while a Job runs
// (JobAlreadyActive), delete the running Jobs under Replace, and create the Job for the time.
import type { CronSchedule } from '../../api/cronSchedule'
import type { CronJob, Job, JobConditionType } from '../../api/types'
import { type ControllerContext, decide, secs } from '../context'
import { jobFromCronJob, jobNameFor } from './jobFromTemplate'
import { mostRecentScheduleTime, nextScheduleDelay, type Schedule } from './scheduleTimes'

export interface SyncEnv {
  ctx: ControllerContext
  nowEpoch: number
  toEpoch(t: number): number
  fromEpoch(epochMs: number): number
  /** The parsed schedule, or why there is none. */
  schedule: Schedule | string
  cron: CronSchedule | undefined
  record(type: 'Normal' | 'Warning', reason: string, message: string): void
  deleteJob(job: Job): boolean
}

export interface SyncResult {
  requeueAfterMs: number | null
  updateStatus: boolean
}

/** `getFinishedStatus`: Complete or Failed, when that condition is True. */
export function finishedType(job: Job): JobConditionType | null {
  const c = job.status.conditions?.find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True')
  return c ? c.type : null
}

/** Wall-clock time of day for decision sentences, `01:47:00`. */
const clock = (epochMs: number) => new Date(epochMs).toISOString().slice(11, 19)

/** Go's time.RFC1123Z in UTC: `Sat, 03 Jan 2026 01:47:00 +0000`. */
function rfc1123z(epochMs: number): string {
  const [day, date, month, year, time] = new Date(epochMs).toUTCString().split(' ') as [string, string, string, string, string]
  return `${day} ${date} ${month} ${year} ${time} +0000`
}

export function syncCronJob(env: SyncEnv, cj: CronJob, jobs: Job[]): SyncResult {
  const { ctx, nowEpoch } = env
  const object = `CronJob/${cj.metadata.name}`
  const st = cj.status
  let updateStatus = false
  const children = new Set<string>()
  for (const j of jobs) {
    children.add(j.metadata.uid)
    const found = (st.active ?? []).some((a) => a.uid === j.metadata.uid)
    const finished = finishedType(j)
    if (!found && finished === null) {
      env.record('Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata.name}`)
    } else if (found && finished !== null) {
      st.active = (st.active ?? []).filter((a) => a.uid !== j.metadata.uid)
      env.record('Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, status: ${finished}`)
      updateStatus = true
    } else if (finished === 'Complete' && j.status.completionTime !== undefined) {
      // A finished Job need not be active for its completion time to count.
      if (st.lastSuccessfulTime === undefined || j.status.completionTime > st.lastSuccessfulTime) {
        st.lastSuccessfulTime = j.status.completionTime
        updateStatus = true
      }
    }
  }
  for (const a of [...(st.active ?? [])]) {
    if (children.has(a.uid ?? '') || ctx.api.get('Job', a.name, a.namespace)) continue
    env.record('Normal', 'MissingJob', `Active job went missing: ${a.name}`)
    st.active = (st.active ?? []).filter((x) => x.uid !== a.uid)
    updateStatus = true
  }
  const done = (requeueAfterMs: number | null = null): SyncResult => ({ requeueAfterMs, updateStatus })
  if (cj.metadata.deletionTimestamp !== undefined) return done()
  const tz = cj.spec.timeZone
  if (tz !== undefined && env.cron && !env.cron.isTimeZone(tz)) {
    env.record('Warning', 'UnknownTimeZone', `invalid timeZone: "${tz}": unknown time zone ${tz}`)
    return done()
  }
  if (cj.spec.suspend === true) {
    decide(ctx, 'cronjob-controller', object, 'cronjob.suspended', 'suspend is true → no new Jobs (running ones keep running)')
    return done()
  }
  const sched = env.schedule
  if (typeof sched === 'string') {
    env.record('Warning', 'UnparseableSchedule', `unparseable schedule: "${cj.spec.schedule}" : ${sched}`)
    return done()
  }
  const requeue = () => nextScheduleDelay(cj, nowEpoch, sched, env.toEpoch)
  const recent = mostRecentScheduleTime(cj, nowEpoch, sched, true, env.toEpoch)
  if (recent.mostRecent !== null && recent.missed === 'many') {
    env.record('Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew')
  }
  if (recent.error) {
    env.record('Warning', 'InvalidSchedule', `invalid schedule: ${cj.spec.schedule} : ${recent.error}`)
    return done()
  }
  const scheduled = recent.mostRecent
  if (scheduled === null) return done(requeue())
  const sds = cj.spec.startingDeadlineSeconds
  if (sds !== undefined && scheduled + sds * 1000 < nowEpoch) {
    env.record('Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduled)}`)
    decide(ctx, 'cronjob-controller', object, 'cronjob.missed-deadline', `the ${clock(scheduled)} run is ${secs(nowEpoch - scheduled)} late, past startingDeadlineSeconds ${sds} → skip it`, { startingDeadlineSeconds: sds })
    return done(requeue())
  }
  const name = jobNameFor(cj.metadata.name, scheduled)
  if ((st.active ?? []).some((a) => a.name === name) || (st.lastScheduleTime !== undefined && env.toEpoch(st.lastScheduleTime) === scheduled)) return done(requeue())
  const active = st.active ?? []
  if (cj.spec.concurrencyPolicy === 'Forbid' && active.length > 0) {
    env.record('Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid')
    decide(ctx, 'cronjob-controller', object, 'cronjob.forbid', `Forbid: ${active.map((a) => a.name).join(', ')} still running → skip the ${clock(scheduled)} run`, { active: active.length })
    return done(requeue())
  }
  if (cj.spec.concurrencyPolicy === 'Replace' && active.length > 0) {
    decide(ctx, 'cronjob-controller', object, 'cronjob.replace', `Replace: ${active.map((a) => a.name).join(', ')} still running at ${clock(scheduled)} → delete ${active.length === 1 ? 'it' : 'them'} and start a new Job`, { active: active.length })
    for (const a of [...active]) {
      const job = ctx.api.get('Job', a.name, a.namespace)
      if (!job || !env.deleteJob(job)) return done()
      updateStatus = true
    }
  }
  const offset = env.cron?.offsetMinutes(cj.spec.timeZone ?? 'UTC', scheduled) ?? 0
  const r = ctx.api.create(jobFromCronJob(cj, scheduled, offset))
  let job: Job
  if (r.ok) {
    job = r.value
    env.record('Normal', 'SuccessfulCreate', `Created job ${job.metadata.name}`)
    decide(ctx, 'cronjob-controller', object, 'cronjob.create', `schedule time ${clock(scheduled)} reached → create Job ${job.metadata.name}`, { scheduledTime: new Date(scheduled).toISOString(), job: job.metadata.name })
  } else if (r.error.reason === 'AlreadyExists') {
    const existing = ctx.api.get('Job', name, cj.metadata.namespace)
    if (!existing || !existing.metadata.ownerReferences?.some((o) => o.controller && o.uid === cj.metadata.uid)) return done()
    if (active.some((a) => a.uid === existing.metadata.uid)) return done()
    job = existing
  } else {
    env.record('Warning', 'FailedCreate', `Error creating job: ${r.error.message}`)
    return done()
  }
  st.active = [...(st.active ?? []), { kind: 'Job', namespace: job.metadata.namespace, name: job.metadata.name, uid: job.metadata.uid, apiVersion: 'batch/v1', resourceVersion: job.metadata.resourceVersion }]
  st.lastScheduleTime = env.fromEpoch(scheduled)
  updateStatus = true
  return done(requeue())
}
