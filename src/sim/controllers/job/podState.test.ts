// Which pods go first when a Job scales down (`controller.ActivePods`, reference job-controller.md §3).
import { describe, expect, it } from 'vitest'
import type { Pod } from '../../api/types'
import { compareForRemoval } from './podState'

function pod(name: string, o: { node?: boolean; phase?: Pod['status']['phase']; readySince?: number; restarts?: number; created?: number }): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, uid: name, resourceVersion: '1', creationTimestamp: o.created ?? 0 },
    spec: { containers: [{ name: 'c', image: 'busybox' }], ...(o.node ? { nodeName: 'node-1' } : {}) },
    status: {
      phase: o.phase ?? 'Running',
      conditions: o.readySince !== undefined ? [{ type: 'Ready', status: 'True', lastTransitionTime: o.readySince }] : [],
      containerStatuses: [{ name: 'c', ready: o.readySince !== undefined, restartCount: o.restarts ?? 0, image: '', imageID: '', state: {}, lastState: {} }],
    },
  }
}

const order = (pods: Pod[]) => [...pods].sort(compareForRemoval).map((p) => p.metadata.name)

describe('compareForRemoval (ActivePods)', () => {
  it('deletes unscheduled before scheduled, Pending before Running, not-ready before ready', () => {
    expect(order([pod('running', { node: true }), pod('unscheduled', { phase: 'Pending' }), pod('pending', { node: true, phase: 'Pending' })])).toEqual(['unscheduled', 'pending', 'running'])
    expect(order([pod('ready', { node: true, readySince: 5 }), pod('notready', { node: true })])).toEqual(['notready', 'ready'])
  })
  it('then ready for less time, more restarts, newer first', () => {
    expect(order([pod('old-ready', { node: true, readySince: 1 }), pod('new-ready', { node: true, readySince: 9 })])).toEqual(['new-ready', 'old-ready'])
    expect(order([pod('calm', { node: true, restarts: 0 }), pod('crashy', { node: true, restarts: 3 })])).toEqual(['crashy', 'calm'])
    expect(order([pod('older', { node: true, created: 1 }), pod('newer', { node: true, created: 5 })])).toEqual(['newer', 'older'])
  })
})
