// A node that goes down under a running Job, as a 1.34 cluster handles it:
// - node lifecycle controller (`pkg/controller/nodelifecycle`): after `--node-monitor-grace-period`
//   (50 s since 1.32) without a Lease renewal, checked every 5 s, Ready becomes Unknown with reason
//   NodeStatusUnknown "Kubelet stopped posting node status."; event NodeNotReady "Node node-1
//   status is now: NodeNotReady"; `MarkPodsNotReady` sets each pod's Ready condition False with a
//   Warning NodeNotReady "Node is not ready"; taints node.kubernetes.io/unreachable NoExecute and
//   NoSchedule.
// - taint eviction controller (`pkg/controller/tainteviction`): the default toleration (300 s,
//   DefaultTolerationSeconds) runs out → TaintManagerEviction "Marking for deletion Pod
//   default/NAME", DisruptionTarget reason DeletionByTaintManager, graceful delete; with no kubelet
//   to confirm, the pod stays Terminating (STATUS rules, reference kubectl-and-kubelet.md §2.2).
// - the kubelet on its return posts Ready (KubeletReady) and finishes the deletions.
import { describe, expect, it } from 'vitest'
import { printNode } from '../api/printers/nodeRow'
import { summarizePod } from '../api/printers/podStatus'
import { Cluster } from '../cluster'
import { jobObject } from '../testing/simulate'
import type { DecisionEvent, K8sEventRecord } from '../trace/events'

const DOWN = 20_000

function cluster(tolerations?: Record<string, unknown>[]) {
  const c = new Cluster({ seed: 3 })
  const job = jobObject('work', { containers: [{ name: 'work', image: 'busybox', command: ['sh', '-c', 'sleep 3600'] }] })
  if (tolerations) job.spec.template.spec.tolerations = tolerations
  const r = c.api.create(job)
  if (!r.ok) throw new Error(r.error.message)
  c.kernel.at(DOWN, () => c.kubeletOf('node-1')!.stop())
  const events = (reason: string) => c.trace.events.filter((e): e is K8sEventRecord => e.type === 'event' && e.reason === reason)
  const decisions = (rule: string) => c.trace.events.filter((e): e is DecisionEvent => e.type === 'decision' && e.rule === rule)
  const pods = () => c.api.list('Pod').filter((p) => p.metadata.labels?.['job-name'] === 'work')
  return { c, events, decisions, pods }
}

describe('node down: the node lifecycle controller', () => {
  it('marks the node Ready Unknown 50–55 s after its last Lease renewal, with upstream reason, message and event', () => {
    const { c, events, decisions } = cluster()
    c.run(DOWN + 39_000)
    expect(c.api.get('Node', 'node-1')!.status.conditions!.find((x) => x.type === 'Ready')!.status).toBe('True')
    c.run(DOWN + 70_000)
    const node = c.api.get('Node', 'node-1')!
    const ready = node.status.conditions!.find((x) => x.type === 'Ready')!
    expect(ready).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' })
    // the last Lease renewal is at most 10 s before the node went down; the pass after it is the probe
    const at = decisions('node.unreachable')[0]!.at
    expect(at).toBeGreaterThanOrEqual(DOWN + 50_000 - 10_000)
    expect(at).toBeLessThanOrEqual(DOWN + 50_000 + 5000)
    expect(ready.lastTransitionTime).toBe(at)
    expect(events('NodeNotReady').find((e) => e.object === 'Node/node-1')).toMatchObject({ eventType: 'Normal', message: 'Node node-1 status is now: NodeNotReady', source: 'node-controller' })
    expect(printNode(node, c.now).status).toBe('NotReady')
  })

  it('taints the node unreachable NoExecute and NoSchedule, with timeAdded', () => {
    const { c } = cluster()
    c.run(DOWN + 70_000)
    const taints = c.api.get('Node', 'node-1')!.spec!.taints!
    expect(taints.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule'])
    for (const t of taints) expect(t.timeAdded).toBeGreaterThan(DOWN + 40_000)
  })

  it('sets each pod\'s Ready condition False (NodeNotReady "Node is not ready"), while kubectl still counts the container ready', () => {
    const { c, events, pods } = cluster()
    c.run(DOWN + 70_000)
    const pod = pods()[0]!
    expect(pod.status.conditions!.find((x) => x.type === 'Ready')!.status).toBe('False')
    expect(events('NodeNotReady').find((e) => e.object === `Pod/${pod.metadata.name}`)).toMatchObject({ eventType: 'Warning', message: 'Node is not ready', source: 'node-controller' })
    // printPod counts containerStatuses[].ready, which only the (silent) kubelet writes
    expect(summarizePod(pod)).toMatchObject({ reason: 'Running', readyContainers: 1 })
  })
})

describe('node down: the taint eviction controller', () => {
  it('deletes the pod when its 300 s toleration runs out, with DisruptionTarget and TaintManagerEviction; it stays Terminating', () => {
    const { c, events, decisions, pods } = cluster()
    c.run(DOWN + 70_000)
    const pod = pods()[0]!
    const name = pod.metadata.name
    const tainted = c.api.get('Node', 'node-1')!.spec!.taints!.find((t) => t.effect === 'NoExecute')!.timeAdded!
    c.run(tainted + 299_000)
    expect(pod.metadata.deletionTimestamp).toBeUndefined()
    c.run(tainted + 302_000)
    const evict = events('TaintManagerEviction').find((e) => e.object === `Pod/${name}`)!
    expect(evict).toMatchObject({ eventType: 'Normal', message: `Marking for deletion Pod default/${name}`, source: 'taint-eviction-controller' })
    expect(evict.at - tainted).toBeGreaterThanOrEqual(300_000)
    expect(evict.at - tainted).toBeLessThan(301_000)
    expect(decisions('taint.evict')[0]!.values).toMatchObject({ tolerationSeconds: 300 })
    expect(pod.status.conditions!.find((x) => x.type === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' })
    c.run(tainted + 400_000)
    expect(c.api.exists(pod)).toBe(true)
    expect(summarizePod(pod).reason).toBe('Terminating')
  })

  it('uses a shorter tolerationSeconds from the pod template', () => {
    const { c, events } = cluster([{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }])
    c.run(DOWN + 70_000 + 40_000)
    const tainted = c.api.get('Node', 'node-1')!.spec!.taints!.find((t) => t.effect === 'NoExecute')!.timeAdded!
    const evict = events('TaintManagerEviction')[0]!
    expect(evict.at - tainted).toBeGreaterThanOrEqual(30_000)
    expect(evict.at - tainted).toBeLessThan(31_000)
  })

  it('never evicts a pod that tolerates unreachable without tolerationSeconds', () => {
    const { c, events } = cluster([{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }])
    c.run(DOWN + 15 * 60_000)
    expect(events('TaintManagerEviction')).toEqual([])
  })

  it('refuses the tainted node to a new pod: FailedScheduling with untolerated taint(s)', () => {
    const { c, events } = cluster()
    c.run(DOWN + 70_000 + 310_000)
    const failed = events('FailedScheduling')[0]!
    expect(failed.message).toBe('0/1 nodes are available: 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.')
  })
})

describe('node up', () => {
  it('cancels a pending eviction when the node is back in time, and the pod fails with exit 255 (Unknown)', () => {
    const { c, events, pods } = cluster()
    c.kernel.at(DOWN + 120_000, () => c.kubeletOf('node-1')!.start())
    c.run(DOWN + 200_000)
    const node = c.api.get('Node', 'node-1')!
    expect(node.status.conditions!.find((x) => x.type === 'Ready')).toMatchObject({ status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' })
    expect(node.spec?.taints ?? []).toEqual([])
    const first = pods().find((p) => p.status.phase === 'Failed')!
    expect(events('TaintManagerEviction').find((e) => e.object === `Pod/${first.metadata.name}`)!.message).toBe(`Cancelling deletion of Pod default/${first.metadata.name}`)
    expect(first.status.containerStatuses![0]!.state.terminated).toMatchObject({ exitCode: 255, reason: 'Unknown' })
    expect(events('NodeReady')[0]).toMatchObject({ object: 'Node/node-1', message: 'Node node-1 status is now: NodeReady', source: 'kubelet' })
  })

  it('lets the kubelet finish deleting the pods evicted while it was away', () => {
    const { c, pods } = cluster()
    c.run(DOWN + 70_000 + 310_000)
    const evicted = pods().filter((p) => p.metadata.deletionTimestamp !== undefined)
    expect(evicted.length).toBe(1)
    c.kubeletOf('node-1')!.start()
    c.run(c.now + 20_000)
    expect(c.api.exists(evicted[0]!)).toBe(false)
    // the replacement, Pending on the tainted node, is bound once the taints are gone
    expect(pods().filter((p) => p.metadata.deletionTimestamp === undefined).map((p) => p.spec.nodeName)).toEqual(['node-1'])
  })
})
