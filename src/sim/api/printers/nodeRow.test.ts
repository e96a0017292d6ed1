// `printNode` (printers.go): STATUS is Ready/NotReady/Unknown, plus `SchedulingDisabled` when
// spec.unschedulable is set (`kubectl get nodes` after a cordon shows `Ready,SchedulingDisabled`);
// ROLES `<none>` without node-role labels.
import { describe, expect, it } from 'vitest'
import type { NodeObject } from '../types'
import { printNode } from './nodeRow'

const node = (o: { unschedulable?: boolean; ready?: string; labels?: Record<string, string> }): NodeObject => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1', uid: 'n', resourceVersion: '1', creationTimestamp: 0, ...(o.labels ? { labels: o.labels } : {}) },
  ...(o.unschedulable ? { spec: { unschedulable: true } } : {}),
  status: { addresses: [{ type: 'InternalIP', address: '172.18.0.2' }], ...(o.ready ? { conditions: [{ type: 'Ready', status: o.ready }] } : {}), nodeInfo: { kubeletVersion: 'v1.34.1' } },
})

describe('kubectl get nodes cells', () => {
  it('shows Ready, Ready,SchedulingDisabled, NotReady and Unknown', () => {
    expect(printNode(node({ ready: 'True' }), 60_000).status).toBe('Ready')
    expect(printNode(node({ ready: 'True', unschedulable: true }), 60_000).status).toBe('Ready,SchedulingDisabled')
    expect(printNode(node({ ready: 'False' }), 60_000).status).toBe('NotReady')
    expect(printNode(node({}), 60_000).status).toBe('Unknown')
  })

  it('reads roles from node-role.kubernetes.io labels, and prints age, version and the wide cells', () => {
    const r = printNode(node({ ready: 'True', labels: { 'node-role.kubernetes.io/control-plane': '' } }), 90_000)
    expect(r).toMatchObject({ roles: 'control-plane', age: '90s', version: 'v1.34.1', internalIP: '172.18.0.2', externalIP: '<none>', osImage: '<unknown>' })
    expect(printNode(node({ ready: 'True' }), 0).roles).toBe('<none>')
  })
})
