// Why a node cannot take a pod, and the FailedScheduling text the scheduler writes (kube-scheduler
// v1.34). Filter plugins run in the default profile's order and the first that rejects a node
// names the reason: NodeUnschedulable (`spec.unschedulable`, what `kubectl cordon` sets), then
// TaintToleration (a NoSchedule/NoExecute taint the pod does not tolerate, such as the unreachable
// taints of a node that went silent), then NodeAffinity (nodeSelector). The message is `FitError.Error()`: a sorted histogram of reasons,
// then the PostFilter messages — DynamicResources (on by default since DRA went GA in 1.34) and
// DefaultPreemption, which finds nothing to preempt for reasons like these.
import { untoleratedTaint } from '../api/taints'
import type { NodeObject, Pod } from '../api/types'

/** `nodeunschedulable.ErrReasonUnschedulable`. */
export const REASON_UNSCHEDULABLE = 'node(s) were unschedulable'
/** `nodeaffinity.ErrReasonPod`. */
export const REASON_SELECTOR = "node(s) didn't match Pod's node affinity/selector"
/** `tainttoleration.ErrReasonNotMatch` (1.34 no longer names the taint in the message). */
export const REASON_TAINT = 'node(s) had untolerated taint(s)'
/** The taint the node lifecycle controller mirrors `spec.unschedulable` into; a pod tolerating it may still land. */
export const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable'

/** `v1helper.TolerationsTolerateTaint` for the unschedulable taint (effect NoSchedule, no value). */
function toleratesUnschedulable(pod: Pod): boolean {
  return (pod.spec.tolerations ?? []).some((t) => {
    const effectOk = !t.effect || t.effect === 'NoSchedule'
    const keyOk = t.key === UNSCHEDULABLE_TAINT || (!t.key && t.operator === 'Exists')
    const valueOk = t.operator === 'Exists' || !t.value
    return effectOk && keyOk && valueOk
  })
}

/** The first filter that rejects `node` for `pod`, or null when the pod fits. */
export function filterReason(node: NodeObject, pod: Pod): string | null {
  if (node.spec?.unschedulable && !toleratesUnschedulable(pod)) return REASON_UNSCHEDULABLE
  if (node.spec?.taints && untoleratedTaint(node.spec.taints, pod)) return REASON_TAINT
  const sel = pod.spec.nodeSelector
  if (sel && !Object.entries(sel).every(([k, v]) => node.metadata.labels?.[k] === v)) return REASON_SELECTOR
  return null
}

/**
 * `FitError.Error()` for a pod no node takes: `0/N nodes are available: <count> <reason>, ….`
 * (reasons sorted), then ` no new claims to deallocate, preemption: 0/N nodes are available: N
 * Preemption is not helpful for scheduling.` — both reasons here are "UnschedulableAndUnresolvable",
 * so preemption could not help on any node.
 */
export function fitErrorMessage(totalNodes: number, reasons: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1)
  const histogram = [...counts].map(([r, n]) => `${n} ${r}`).sort()
  return `0/${totalNodes} nodes are available: ${histogram.join(', ')}. no new claims to deallocate, preemption: 0/${totalNodes} nodes are available: ${totalNodes} Preemption is not helpful for scheduling.`
}

/** `podInitialBackoffDuration` 1 s doubling per failed attempt, capped at `podMaxBackoffDuration` 10 s. */
export function podBackoffMs(attempts: number, initialMs: number, maxMs: number): number {
  let d = initialMs
  for (let i = 1; i < attempts && d < maxMs; i++) d *= 2
  return Math.min(d, maxMs)
}
