// Taints and tolerations (`k8s.io/api/core/v1` `Toleration.ToleratesTaint`, and
// `v1helper.GetMatchingTolerations` as the taint eviction controller uses it).
import type { Pod, Taint } from './types'

export type Toleration = NonNullable<Pod['spec']['tolerations']>[number]

/** The taint the node lifecycle controller puts on a node whose kubelet went silent. */
export const UNREACHABLE_TAINT_KEY = 'node.kubernetes.io/unreachable'

/** `key:Effect` or `key=value:Effect`, as `kubectl describe node` lists a taint. */
export const taintText = (t: Taint): string => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`

/** `ToleratesTaint`: the effect (if set), the key (if set), then Exists, or Equal on the value. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false
  if (t.key && t.key !== taint.key) return false
  if (t.operator === 'Exists') return true
  if (!t.operator || t.operator === 'Equal') return (t.value ?? '') === (taint.value ?? '')
  return false
}

/**
 * `GetMatchingTolerations`: whether every taint is tolerated, and for each taint the first
 * toleration that tolerates it.
 */
export function matchingTolerations(taints: readonly Taint[], tolerations: readonly Toleration[]): { all: boolean; used: Toleration[] } {
  const used: Toleration[] = []
  for (const taint of taints) {
    const t = tolerations.find((x) => toleratesTaint(x, taint))
    if (!t) return { all: false, used: [] }
    used.push(t)
  }
  return { all: true, used }
}

/**
 * `getMinTolerationTime` in ms: the smallest `tolerationSeconds` of the tolerations used (0 when
 * one is ≤ 0 or none is used), or -1 when none sets a limit (tolerated forever).
 */
export function minTolerationMs(used: readonly Toleration[]): number {
  if (used.length === 0) return 0
  let min = Infinity
  for (const t of used) {
    if (t.tolerationSeconds === undefined) continue
    if (t.tolerationSeconds <= 0) return 0
    min = Math.min(min, t.tolerationSeconds)
  }
  return min === Infinity ? -1 : min * 1000
}

/** The first NoSchedule or NoExecute taint the pod does not tolerate (the scheduler's TaintToleration filter). */
export function untoleratedTaint(taints: readonly Taint[] | undefined, pod: Pod): Taint | undefined {
  const tolerations = pod.spec.tolerations ?? []
  return (taints ?? []).find((taint) => (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerations.some((t) => toleratesTaint(t, taint)))
}
