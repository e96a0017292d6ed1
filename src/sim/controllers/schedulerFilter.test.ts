// The scheduler's filter reasons and FailedScheduling text (kube-scheduler v1.34). Expected texts
// are the upstream constants and `FitError.Error()` format, as real 1.34 clusters print them, e.g.
// "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims
// to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
import { describe, expect, it } from 'vitest'
import type { NodeObject, Pod } from '../api/types'
import { filterReason, fitErrorMessage, podBackoffMs } from './schedulerFilter'

const node = (unschedulable: boolean, labels: Record<string, string> = {}): NodeObject => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1', uid: 'n', resourceVersion: '1', creationTimestamp: 0, labels },
  ...(unschedulable ? { spec: { unschedulable: true } } : {}),
  status: { addresses: [], conditions: [{ type: 'Ready', status: 'True' }] },
})
const pod = (spec: Partial<Pod['spec']> = {}): Pod => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'p', resourceVersion: '1', creationTimestamp: 0 },
  spec: { containers: [{ name: 'c', image: 'busybox' }], ...spec }, status: { phase: 'Pending' },
})

describe('scheduler filters', () => {
  it('rejects a cordoned node with NodeUnschedulable\'s reason, before any nodeSelector check', () => {
    expect(filterReason(node(true), pod())).toBe('node(s) were unschedulable')
    expect(filterReason(node(true), pod({ nodeSelector: { disk: 'ssd' } }))).toBe('node(s) were unschedulable')
    expect(filterReason(node(false), pod({ nodeSelector: { disk: 'ssd' } }))).toBe("node(s) didn't match Pod's node affinity/selector")
    expect(filterReason(node(false), pod())).toBeNull()
  })

  it('lets a pod that tolerates node.kubernetes.io/unschedulable onto a cordoned node (as DaemonSet pods do)', () => {
    expect(filterReason(node(true), pod({ tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] }))).toBeNull()
    expect(filterReason(node(true), pod({ tolerations: [{ operator: 'Exists' }] }))).toBeNull()
    expect(filterReason(node(true), pod({ tolerations: [{ key: 'other', operator: 'Exists' }] }))).toBe('node(s) were unschedulable')
  })

  it('rejects a node with an untolerated NoSchedule/NoExecute taint (TaintToleration), after NodeUnschedulable', () => {
    const tainted = node(false)
    tainted.spec = { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }, { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }] }
    const defaults = [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }]
    expect(filterReason(tainted, pod({ tolerations: defaults }))).toBe('node(s) had untolerated taint(s)')
    expect(filterReason(tainted, pod({ tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists' }] }))).toBeNull()
    expect(filterReason({ ...tainted, spec: { ...tainted.spec, unschedulable: true } }, pod())).toBe('node(s) were unschedulable')
  })

  it('writes the FailedScheduling message of a single cordoned node', () => {
    expect(fitErrorMessage(1, ['node(s) were unschedulable'])).toBe(
      '0/1 nodes are available: 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.')
  })

  it('counts reasons per node and sorts the histogram', () => {
    expect(fitErrorMessage(3, ['node(s) were unschedulable', "node(s) didn't match Pod's node affinity/selector", 'node(s) were unschedulable'])).toBe(
      "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 node(s) were unschedulable. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.")
  })

  it('backs a pod off 1 s, 2 s, 4 s, 8 s, then 10 s (podInitialBackoffDuration, podMaxBackoffDuration)', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => podBackoffMs(n, 1000, 10_000))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000])
  })
})
