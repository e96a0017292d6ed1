// How the Job controller reads a pod (`job_controller.go`, `controller_utils.go`).
import type { Pod } from '../../api/types'

export const TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking'
export const INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index'

export const isTerminal = (p: Pod) => p.status.phase === 'Succeeded' || p.status.phase === 'Failed'
/** `controller.FilterActivePods`: not finished and not being deleted. */
export const isActive = (p: Pod) => !isTerminal(p) && p.metadata.deletionTimestamp === undefined
/** `CountTerminatingPods`: being deleted but not finished yet. */
export const isTerminating = (p: Pod) => p.metadata.deletionTimestamp !== undefined && !isTerminal(p)
export const isReady = (p: Pod) => p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false
export const hasTrackingFinalizer = (p: Pod) => p.metadata.finalizers?.includes(TRACKING_FINALIZER) ?? false

/** The pod's completion index, or null when it has none or it is not a number (`getCompletionIndex`). */
export function podIndex(p: Pod): number | null {
  const v = p.metadata.annotations?.[INDEX_ANNOTATION]
  if (v === undefined || !/^\d+$/.test(v)) return null
  return Number(v)
}

/**
 * `isPodFailed`: phase Failed, or — under podReplacementPolicy TerminatingOrFailed without a
 * podFailurePolicy — being deleted while not Succeeded.
 */
export function isPodFailed(p: Pod, terminatingCountsAsFailed: boolean): boolean {
  if (p.status.phase === 'Failed') return true
  return terminatingCountsAsFailed && p.metadata.deletionTimestamp !== undefined && p.status.phase !== 'Succeeded'
}

/** `getFinishedTime`: when the pod finished, for the backoff record. */
export function finishedTime(p: Pod): number {
  const statuses = [...(p.status.containerStatuses ?? [])]
  if (statuses.length > 0 && statuses.every((s) => s.state.terminated)) {
    return Math.max(...statuses.map((s) => s.state.terminated!.finishedAt))
  }
  const ready = p.status.conditions?.find((c) => c.type === 'Ready' && c.status === 'False')
  if (ready) return ready.lastTransitionTime
  if (p.metadata.deletionTimestamp !== undefined) return p.metadata.deletionTimestamp - (p.metadata.deletionGracePeriodSeconds ?? 0) * 1000
  return p.metadata.creationTimestamp
}

/** Sum of container restarts, init and regular (`pastBackoffLimitOnFailure` counts these). */
export function restartSum(p: Pod): number {
  let n = 0
  for (const s of p.status.initContainerStatuses ?? []) n += s.restartCount
  for (const s of p.status.containerStatuses ?? []) n += s.restartCount
  return n
}

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 }

function readySince(p: Pod): number | null {
  const c = p.status.conditions?.find((x) => x.type === 'Ready' && x.status === 'True')
  return c ? c.lastTransitionTime : null
}

/**
 * `controller.ActivePods` order, most deletable first: unscheduled before scheduled, Pending <
 * Unknown < Running, not ready before ready, ready for less time first, more restarts first,
 * newer first.
 */
export function compareForRemoval(a: Pod, b: Pod): number {
  const sa = a.spec.nodeName ? 1 : 0
  const sb = b.spec.nodeName ? 1 : 0
  if (sa !== sb) return sa - sb
  const pa = PHASE_RANK[a.status.phase] ?? 0
  const pb = PHASE_RANK[b.status.phase] ?? 0
  if (pa !== pb) return pa - pb
  const ra = isReady(a) ? 1 : 0
  const rb = isReady(b) ? 1 : 0
  if (ra !== rb) return ra - rb
  const ta = readySince(a)
  const tb = readySince(b)
  if (ta !== null && tb !== null && ta !== tb) return tb - ta
  const xa = restartSum(a)
  const xb = restartSum(b)
  if (xa !== xb) return xb - xa
  return b.metadata.creationTimestamp - a.metadata.creationTimestamp
}
