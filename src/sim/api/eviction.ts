// The Eviction API's mark on a pod (`pkg/registry/core/pod/storage/eviction.go`,
// `addConditionAndDeletePod`): before the graceful delete, the apiserver adds the condition
// DisruptionTarget=True, reason `EvictionByEvictionAPI`, message `Eviction API: evicting`, with
// `podutil.UpdatePodCondition` semantics. A Job's podFailurePolicy can match it (`onPodConditions`).
import type { Pod, PodCondition } from './types'

export const DISRUPTION_TARGET_REASON = 'EvictionByEvictionAPI'
export const DISRUPTION_TARGET_MESSAGE = 'Eviction API: evicting'

/**
 * `UpdatePodCondition`: appends the condition, or updates one of the same type; the transition time
 * changes only when the status does. Returns whether anything changed (then the pod needs a write).
 */
export function setDisruptionTarget(pod: Pod, now: number): boolean {
  const next: PodCondition = { type: 'DisruptionTarget', status: 'True', lastTransitionTime: now, reason: DISRUPTION_TARGET_REASON, message: DISRUPTION_TARGET_MESSAGE }
  const list = pod.status.conditions ?? []
  const i = list.findIndex((c) => c.type === 'DisruptionTarget')
  if (i < 0) {
    pod.status.conditions = [...list, next]
    return true
  }
  const old = list[i]!
  if (old.status === next.status && old.reason === next.reason && old.message === next.message) return false
  if (old.status === next.status) next.lastTransitionTime = old.lastTransitionTime
  pod.status.conditions = list.map((c, j) => (j === i ? next : c))
  return true
}
