// One `kubectl get jobs` row as a 1.34 apiserver builds it (`printJob`, reference §3):
// NAME STATUS COMPLETIONS DURATION AGE, and for -o wide CONTAINERS IMAGES SELECTOR.
import type { Container, Job, JobConditionType, Ms } from '../types'
import { formatLabelSelector } from './labelText'
import { durationBetween, translateTimestampSince } from './timestamps'

export interface JobRow {
  name: string
  status: string
  completions: string
  duration: string
  age: string
  containers: string
  images: string
  selector: string
}

const hasCondition = (job: Job, type: JobConditionType): boolean => (job.status.conditions ?? []).some((c) => c.type === type && c.status === 'True')

/** The STATUS cell: the first match wins, in the 1.34 order (SuccessCriteriaMet is new in 1.34). */
export function jobStatus(job: Job): string {
  if (hasCondition(job, 'Complete')) return 'Complete'
  if (hasCondition(job, 'Failed')) return 'Failed'
  if (job.metadata.deletionTimestamp !== undefined) return 'Terminating'
  if (hasCondition(job, 'Suspended')) return 'Suspended'
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget'
  if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet'
  return 'Running'
}

/** COMPLETIONS: `s/c`, or `s/1 of p` when completions is unset and parallelism > 1, else `s/1`. */
export function jobCompletions(job: Job): string {
  const succeeded = job.status.succeeded ?? 0
  const completions = job.spec.completions
  if (completions !== undefined && completions !== null) return `${succeeded}/${completions}`
  const parallelism = job.spec.parallelism ?? 0
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`
}

/** DURATION: empty without startTime; still counting while there is no completionTime (Failed too). */
export function jobDuration(job: Job, now: Ms): string {
  const { startTime, completionTime } = job.status
  if (startTime === undefined) return ''
  if (completionTime === undefined) return translateTimestampSince(startTime, now)
  return durationBetween(startTime, completionTime)
}

/** `layoutContainerCells`: container names and images, each joined by commas. */
export function layoutContainerCells(containers: Container[]): { names: string; images: string } {
  return { names: containers.map((c) => c.name).join(','), images: containers.map((c) => c.image).join(',') }
}

export function printJob(job: Job, now: Ms): JobRow {
  const { names, images } = layoutContainerCells(job.spec.template.spec.containers)
  return {
    name: job.metadata.name,
    status: jobStatus(job),
    completions: jobCompletions(job),
    duration: jobDuration(job, now),
    age: translateTimestampSince(job.metadata.creationTimestamp, now),
    containers: names,
    images,
    selector: formatLabelSelector(job.spec.selector),
  }
}
