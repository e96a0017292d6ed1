// Job conditions and the texts a real 1.34 controller writes (reference/job-controller.md
// §4.4, §4.5, §5.1, §6; `newCondition`, `newSuccessCondition`, `newFailureCondition`).
import type { Job, JobCondition, JobConditionType } from '../../api/types'

export const COMPLETIONS_REACHED = { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' }
export const BACKOFF_LIMIT_EXCEEDED = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }
export const DEADLINE_EXCEEDED = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' }
export const JOB_SUSPENDED = { reason: 'JobSuspended', message: 'Job suspended' }
export const JOB_RESUMED = { reason: 'JobResumed', message: 'Job resumed' }

export type Reason = { reason: string; message: string }

export function condition(job: Job, type: JobConditionType): JobCondition | undefined {
  return job.status.conditions?.find((c) => c.type === type)
}

export const isTrue = (job: Job, type: JobConditionType) => condition(job, type)?.status === 'True'

export const isFinished = (job: Job) => isTrue(job, 'Complete') || isTrue(job, 'Failed')

/**
 * `ensureJobConditionStatus`: flips an existing condition or appends a new one — but a new
 * condition is only ever appended when True.
 */
export function setCondition(job: Job, type: JobConditionType, status: 'True' | 'False', why: Reason, now: number): boolean {
  const existing = condition(job, type)
  if (existing) {
    if (existing.status === status && existing.reason === why.reason && existing.message === why.message) return false
    if (existing.status !== status) existing.lastTransitionTime = now
    existing.status = status
    existing.reason = why.reason
    existing.message = why.message
    existing.lastProbeTime = now
    return true
  }
  if (status === 'False') return false
  job.status.conditions = [...(job.status.conditions ?? []), { type, status, lastProbeTime: now, lastTransitionTime: now, ...why }]
  return true
}
