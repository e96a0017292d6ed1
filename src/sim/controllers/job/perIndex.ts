// backoffLimitPerIndex for Indexed Jobs (`indexed_job_utils.go`: `isIndexFailed`,
// `calculateFailedIndexes`, `getPodsWithDelayedDeletionPerIndex`, `getNewIndexFailureCounts`;
// `backoff_utils.go`: `getRemainingTimePerIndex`; reference/job-controller.md §1.3, §4.3, §8).
// Each pod carries how many earlier pods of its index failed; an index whose failed pod already
// had `backoffLimitPerIndex` failures before it is given up, and is never retried.
import type { Job, Pod } from '../../api/types'
import { backoffDelay } from './backoff'
import { parseIntervals } from './indexes'
import { matchPodFailurePolicy } from './podFailurePolicy'
import { finishedTime, hasTrackingFinalizer, podIndex } from './podState'

export const INDEX_FAILURE_COUNT = 'batch.kubernetes.io/job-index-failure-count'
export const INDEX_IGNORED_FAILURE_COUNT = 'batch.kubernetes.io/job-index-ignored-failure-count'

export const hasBackoffLimitPerIndex = (job: Job) => job.spec.completionMode === 'Indexed' && job.spec.backoffLimitPerIndex !== undefined

/** `parseInt32` of an annotation: missing, unparsable or out-of-range values read as 0. */
function annotationCount(pod: Pod, key: string): number {
  const v = pod.metadata.annotations?.[key]
  if (v === undefined || !/^\d+$/.test(v)) return 0
  const n = Number(v)
  return n > 2147483647 ? 0 : n
}

export const indexFailureCount = (pod: Pod) => annotationCount(pod, INDEX_FAILURE_COUNT)
/** Counted plus ignored failures: what the per-index backoff delay grows with. */
export const absoluteFailureCount = (pod: Pod) => annotationCount(pod, INDEX_FAILURE_COUNT) + annotationCount(pod, INDEX_IGNORED_FAILURE_COUNT)

/** `isIndexFailed`: a FailIndex match, or a counted failure of a pod that already had the limit's worth before it. */
export function isIndexFailed(job: Job, pod: Pod, podFailed: boolean): boolean {
  if (!podFailed) return false
  const m = matchPodFailurePolicy(job, pod)
  if (m.action === 'FailIndex') return true
  return m.countFailed && indexFailureCount(pod) >= (job.spec.backoffLimitPerIndex ?? 0)
}

/** `calculateFailedIndexes`: those already in status plus those failed by pods not yet counted. */
export function failedIndexesOf(job: Job, pods: Pod[], isFailed: (p: Pod) => boolean): Set<number> {
  const completions = job.spec.completions ?? 0
  const out = parseIntervals(job.status.failedIndexes, completions)
  for (const p of pods) {
    const i = podIndex(p)
    if (i !== null && i < completions && hasTrackingFinalizer(p) && isIndexFailed(job, p, isFailed(p))) out.add(i)
  }
  return out
}

/**
 * `getPodsWithDelayedDeletionPerIndex`: per index that is still to be retried and has no active
 * pod, the latest failed pod. Its finalizer stays on (so it is not counted yet) until the
 * replacement exists, because the replacement copies its failure count from it.
 */
export function delayedDeletionPerIndex(job: Job, pods: Pod[], isFailed: (p: Pod) => boolean, active: Pod[], succeeded: Set<number>, failed: Set<number>): Map<number, Pod> {
  const completions = job.spec.completions ?? 0
  const activeIdx = new Set(active.map(podIndex))
  const out = new Map<number, Pod>()
  for (const p of pods) {
    if (!hasTrackingFinalizer(p) || !isFailed(p)) continue
    const i = podIndex(p)
    if (i === null || i >= completions || succeeded.has(i) || failed.has(i) || activeIdx.has(i)) continue
    const last = out.get(i)
    if (!last || (absoluteFailureCount(last) <= absoluteFailureCount(p) && finishedTime(p) >= finishedTime(last))) out.set(i, p)
  }
  return out
}

/** `getNewIndexFailureCounts`: the replacement's counts, one more than the pod it replaces (ignored or counted). */
export function newIndexFailureCounts(job: Job, replaced: Pod | undefined): { failures: number; ignored: number } {
  if (!replaced) return { failures: 0, ignored: 0 }
  let failures = indexFailureCount(replaced)
  let ignored = annotationCount(replaced, INDEX_IGNORED_FAILURE_COUNT)
  if (matchPodFailurePolicy(job, replaced).countFailed) failures++
  else ignored++
  return { failures, ignored }
}

/** `addIndexFailureCountAnnotation`: the failure count always, the ignored count only when > 0. */
export function failureCountAnnotations(job: Job, replaced: Pod | undefined): Record<string, string> {
  const { failures, ignored } = newIndexFailureCounts(job, replaced)
  return { [INDEX_FAILURE_COUNT]: String(failures), ...(ignored > 0 ? { [INDEX_IGNORED_FAILURE_COUNT]: String(ignored) } : {}) }
}

/** `getRemainingTimePerIndex`: the index's own backoff, from its last failed pod's count + 1. */
export function remainingPerIndex(lastFailed: Pod | undefined, now: number, baseMs: number, maxMs: number): number {
  if (!lastFailed) return 0
  const delay = backoffDelay(absoluteFailureCount(lastFailed) + 1, baseMs, maxMs)
  return Math.max(0, delay - (now - finishedTime(lastFailed)))
}
