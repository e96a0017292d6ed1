// The CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go, 1.34): a work queue of
// CronJobs, woken when a CronJob or one of its Jobs changes, and again 100 ms after each next
// schedule time. Each sync first trims finished Jobs to the history limits (`cleanupFinishedJobs`),
// then reconciles the active list and, when a schedule time has come, creates that time's Job —
// or skips it (suspend, startingDeadlineSeconds, Forbid) or replaces the running ones (Replace).
import type { CronSchedule } from '../../api/cronSchedule'
import type { CronJob, Job } from '../../api/types'
import { parseStandard } from '../../api/validation/cronSchedule'
import type { Timer } from '../../kernel/kernel'
import { draw } from '../../timing'
import type { ControllerContext } from '../context'
import { syncCronJob, type SyncEnv } from './syncCronJob'
import { cleanupFinishedJobs } from './history'
import type { Schedule } from './scheduleTimes'

export const CRONJOB_CONTROLLER = 'cronjob-controller'

const controllerOf = (job: Job) => job.metadata.ownerReferences?.find((r) => r.controller)

export class CronJobController {
  private readonly soon = new Map<string, Timer>()
  private readonly later = new Map<string, { timer: Timer; at: number }>()

  constructor(private readonly ctx: ControllerContext, private readonly epochMs: number, private readonly cron: CronSchedule | undefined) {
    ctx.api.watch((type, obj) => {
      if (obj.kind === 'CronJob') {
        if (type === 'DELETED') this.forget(obj.metadata.uid)
        else this.enqueue(obj)
      } else if (obj.kind === 'Job') {
        const ref = controllerOf(obj)
        if (ref?.kind !== 'CronJob') return
        const cj = ctx.api.get('CronJob', ref.name, obj.metadata.namespace)
        if (cj && cj.metadata.uid === ref.uid) this.enqueue(cj)
      }
    })
  }

  /** CronJobs that will still create Jobs on their own (not suspended, not being deleted). */
  scheduling(): CronJob[] {
    return this.ctx.api.list('CronJob').filter((cj) => cj.spec.suspend !== true && cj.metadata.deletionTimestamp === undefined)
  }

  private forget(uid: string): void {
    this.ctx.kernel.cancel(this.soon.get(uid))
    this.ctx.kernel.cancel(this.later.get(uid)?.timer)
    this.soon.delete(uid)
    this.later.delete(uid)
  }

  /** `queue.Add`: one pending sync per CronJob, after the informer's latency. */
  private enqueue(cj: CronJob): void {
    const uid = cj.metadata.uid
    if (this.soon.has(uid)) return
    const { name, namespace } = cj.metadata
    this.soon.set(uid, this.ctx.kernel.after(draw(this.ctx.rng, this.ctx.timing.jobSyncImmediateMs), () => {
      this.soon.delete(uid)
      this.sync(name, namespace)
    }))
  }

  /** `queue.AddAfter`: a waiting item only moves to an earlier time. */
  private enqueueAfter(cj: CronJob, delayMs: number): void {
    const uid = cj.metadata.uid
    const at = this.ctx.kernel.now + Math.max(0, delayMs)
    const cur = this.later.get(uid)
    if (cur && cur.at <= at) return
    this.ctx.kernel.cancel(cur?.timer)
    const { name, namespace } = cj.metadata
    this.later.set(uid, { at, timer: this.ctx.kernel.at(at, () => {
      this.later.delete(uid)
      this.sync(name, namespace)
    }) })
  }

  /** The parsed schedule, in the CronJob's time zone (the controller manager's own zone is UTC). */
  private scheduleOf(cj: CronJob): Schedule | string {
    const cron = this.cron
    if (!cron) return 'no cron library was given to this cluster'
    const parsed = parseStandard(cj.spec.schedule, (n) => cron.isTimeZone(n))
    if (!parsed.ok) return parsed.error
    const s = parsed.schedule
    if (s.kind === 'every') return { next: (t) => Math.floor(t / 1000) * 1000 + s.delayMs }
    const zone = s.timeZone ?? (cj.spec.timeZone !== undefined && cron.isTimeZone(cj.spec.timeZone) ? cj.spec.timeZone : 'UTC')
    return { next: (t) => cron.next(s.pattern, zone, t) }
  }

  private sync(name: string, namespace: string | undefined): void {
    const { api } = this.ctx
    const cj = api.get('CronJob', name, namespace)
    if (!cj) return
    const jobs = api.list('Job', cj.metadata.namespace).filter((j) => controllerOf(j)?.name === cj.metadata.name)
    const env: SyncEnv = {
      ctx: this.ctx,
      nowEpoch: this.epochMs + this.ctx.kernel.now,
      toEpoch: (t) => this.epochMs + t,
      fromEpoch: (e) => e - this.epochMs,
      schedule: this.scheduleOf(cj),
      cron: this.cron,
      record: (type, reason, message) => this.ctx.events.record(cj, type, reason, message, CRONJOB_CONTROLLER),
      deleteJob: (job) => this.deleteJob(cj, job),
    }
    const cleaned = cleanupFinishedJobs(env, cj, jobs)
    const { requeueAfterMs, updateStatus } = syncCronJob(env, cj, jobs)
    if (cleaned || updateStatus) api.commit(cj)
    if (requeueAfterMs !== null) this.enqueueAfter(cj, requeueAfterMs)
  }

  /** `deleteJob`: background deletion, then out of the active list and a SuccessfulDelete event. */
  private deleteJob(cj: CronJob, job: Job): boolean {
    const r = this.ctx.api.delete('Job', job.metadata.name, job.metadata.namespace, { propagationPolicy: 'Background' })
    if (!r.ok) {
      this.ctx.events.record(cj, 'Warning', 'FailedDelete', `Deleted job: ${r.error.message}`, CRONJOB_CONTROLLER)
      return false
    }
    cj.status.active = (cj.status.active ?? []).filter((a) => a.uid !== job.metadata.uid)
    this.ctx.events.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`, CRONJOB_CONTROLLER)
    return true
  }
}

