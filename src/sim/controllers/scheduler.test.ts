// The scheduler with a cordoned node (kube-scheduler v1.34 `scheduling_queue.go`): a pod no node
// takes stays Pending with PodScheduled=False/Unschedulable and a FailedScheduling event; it is
// retried when a node turns schedulable (once its 1 s-doubling backoff has run out), and otherwise
// after 5 minutes in the unschedulable pool, on the 30 s flush.
import { describe, expect, it } from 'vitest'
import type { Pod } from '../api/types'
import { Cluster } from '../cluster'

function podObject(name: string): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: 0 },
    spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'sleep 1'] }] }, status: { phase: 'Pending' },
  }
}

function cordoned(): Cluster {
  const c = new Cluster({ seed: 3 })
  const node = c.api.get('Node', 'node-1')!
  node.spec = { unschedulable: true }
  c.api.commit(node)
  return c
}

const failedScheduling = (c: Cluster, pod: string) => c.events.all().filter((e) => e.reason === 'FailedScheduling' && e.involvedObject.name === pod)

describe('scheduling onto a cordoned node', () => {
  it('leaves the pod Pending with the Unschedulable condition and one FailedScheduling event', () => {
    const c = cordoned()
    c.api.create(podObject('p'))
    c.run(60_000)
    const p = c.api.get('Pod', 'p')!
    expect(p.spec.nodeName).toBeUndefined()
    expect(p.status.conditions).toEqual([expect.objectContaining({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable',
      message: '0/1 nodes are available: 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.' })])
    expect(failedScheduling(c, 'p').map((e) => [e.type, e.count, e.source.component])).toEqual([['Warning', 1, 'default-scheduler']])
  })

  it('binds the pod soon after uncordon when its backoff has run out', () => {
    const c = cordoned()
    c.api.create(podObject('p'))
    c.run(20_000)
    const node = c.api.get('Node', 'node-1')!
    node.spec = {}
    c.api.commit(node)
    c.run(20_200)
    expect(c.api.get('Pod', 'p')!.spec.nodeName).toBe('node-1')
  })

  it('waits out the backoff when the node is uncordoned right after the failed attempt', () => {
    const c = cordoned()
    c.api.create(podObject('p'))
    c.run(150) // attempted (and failed) 20–120 ms after creation: backoff 1 s from then
    const failedAt = failedScheduling(c, 'p')[0]!.firstTimestamp
    const node = c.api.get('Node', 'node-1')!
    node.spec = {}
    c.api.commit(node)
    c.run(failedAt + 990)
    expect(c.api.get('Pod', 'p')!.spec.nodeName).toBeUndefined()
    c.run(failedAt + 1000 + 130)
    expect(c.api.get('Pod', 'p')!.spec.nodeName).toBe('node-1')
  })

  it('tries again after 5 minutes in the pool even if nothing changed (a second FailedScheduling)', () => {
    const c = cordoned()
    c.api.create(podObject('p'))
    c.run(299_000)
    expect(failedScheduling(c, 'p')[0]!.count).toBe(1)
    c.run(331_000)
    expect(failedScheduling(c, 'p')[0]!.count).toBe(2)
  })

  it('does not move pods when a node is cordoned, only when one is uncordoned', () => {
    const c = cordoned()
    c.api.create(podObject('p'))
    c.run(20_000)
    const node = c.api.get('Node', 'node-1')!
    c.api.commit(node) // an unrelated node update
    c.run(40_000)
    expect(failedScheduling(c, 'p')[0]!.count).toBe(1)
  })
})
