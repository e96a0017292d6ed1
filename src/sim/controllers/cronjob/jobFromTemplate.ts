// `getJobFromTemplate2` and `getJobName` (pkg/controller/cronjob/utils.go, controllerv2): the Job
// a CronJob creates for one schedule time. Its name ends in the schedule time in minutes since
// the Unix epoch, so one schedule time can never make two Jobs; the template's labels and
// annotations are copied, the `batch.kubernetes.io/cronjob-scheduled-timestamp` annotation
// (feature CronJobsScheduledAnnotation, on by default since 1.32) holds the time in RFC 3339 in
// the CronJob's time zone, and a controller ownerReference points back at the CronJob.
import { clone } from '../../api/defaults'
import type { CronJob, Job } from '../../api/types'

export const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp'

export const jobNameFor = (cronJobName: string, scheduledEpochMs: number): string => `${cronJobName}-${Math.floor(scheduledEpochMs / 60_000)}`

const pad = (n: number) => String(n).padStart(2, '0')

/** Go's `time.RFC3339` for an instant shown at a UTC offset: `Z` for UTC, else `+01:00`. */
export function rfc3339(epochMs: number, offsetMinutes: number): string {
  const d = new Date(epochMs + offsetMinutes * 60_000)
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  if (offsetMinutes === 0) return `${date}Z`
  const abs = Math.abs(offsetMinutes)
  return `${date}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

export function jobFromCronJob(cj: CronJob, scheduledEpochMs: number, offsetMinutes: number): Job {
  const tpl = cj.spec.jobTemplate
  const labels = { ...(tpl.metadata?.labels ?? {}) }
  const annotations = { ...(tpl.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP_ANNOTATION]: rfc3339(scheduledEpochMs, offsetMinutes) }
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobNameFor(cj.metadata.name, scheduledEpochMs),
      namespace: cj.metadata.namespace ?? 'default',
      uid: '', resourceVersion: '', creationTimestamp: 0,
      ...(Object.keys(labels).length ? { labels } : {}),
      annotations,
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: clone(tpl.spec),
    status: {},
  }
}
