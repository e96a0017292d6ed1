// `cleanupFinishedJobs` / `removeOldestJobs`: keep at most successfulJobsHistoryLimit Complete
// and failedJobsHistoryLimit Failed Jobs, deleting the ones that started first (a Job without a
// startTime counts as newest; equal start times go by name).
import type { CronJob, Job } from '../../api/types'
import { decide } from '../context'
import { finishedType, type SyncEnv } from './syncCronJob'

function byJobStartTime(a: Job, b: Job): number {
  const sa = a.status.startTime
  const sb = b.status.startTime
  if (sa === undefined && sb !== undefined) return 1
  if (sa !== undefined && sb === undefined) return -1
  if (sa === sb) return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0
  return sa! - sb!
}

function removeOldest(env: SyncEnv, cj: CronJob, jobs: Job[], max: number, field: string): boolean {
  const n = jobs.length - max
  if (n <= 0) return false
  const sorted = [...jobs].sort(byJobStartTime)
  let changed = false
  for (const job of sorted.slice(0, n)) {
    decide(env.ctx, 'cronjob-controller', `CronJob/${cj.metadata.name}`, 'cronjob.history-limit',
      `${field} ${max}: ${jobs.length} such Jobs kept → delete the oldest, ${job.metadata.name}`, { [field]: max, kept: jobs.length, job: job.metadata.name })
    if (env.deleteJob(job)) changed = true
  }
  return changed
}

/** Returns whether the CronJob's status changed (a deleted Job left the active list). */
export function cleanupFinishedJobs(env: SyncEnv, cj: CronJob, jobs: Job[]): boolean {
  const { successfulJobsHistoryLimit: ok, failedJobsHistoryLimit: bad } = cj.spec
  if (ok === undefined && bad === undefined) return false
  const live = jobs.filter((j) => env.ctx.api.exists(j))
  const succeeded = live.filter((j) => finishedType(j) === 'Complete')
  const failed = live.filter((j) => finishedType(j) === 'Failed')
  let changed = false
  if (ok !== undefined && removeOldest(env, cj, succeeded, ok, 'successfulJobsHistoryLimit')) changed = true
  if (bad !== undefined && removeOldest(env, cj, failed, bad, 'failedJobsHistoryLimit')) changed = true
  return changed
}
