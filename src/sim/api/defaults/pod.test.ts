import { describe, expect, it } from 'vitest'
import type { PodManifest } from '../decode'
import type { Pod } from '../types'
import { admitPod, defaultPod, podQOSClass, preparePodForCreate } from './pod'

const manifest = (resources?: Record<string, unknown>): PodManifest => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'observer', namespace: 'default' },
  spec: { containers: [{ name: 'busybox', image: 'busybox', ...(resources ? { resources } : {}) }] },
})
const stored = (m: PodManifest): Pod => ({ ...m, metadata: { ...m.metadata, uid: 'u', resourceVersion: '1', creationTimestamp: 0 }, status: { phase: 'Pending' } })

describe('defaultPod', () => {
  it('adds enableServiceLinks and copies limits into missing requests (SetDefaults_Pod)', () => {
    const p = defaultPod(manifest({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m' } }))
    expect(p.spec.enableServiceLinks).toBe(true)
    expect(p.spec.containers[0]?.resources).toEqual({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m', memory: '1Gi' } })
    expect(p.spec.restartPolicy).toBe('Always')
  })
})

describe('admitPod', () => {
  it('sets the service account, priority and the not-ready/unreachable tolerations', () => {
    const p = admitPod(stored(defaultPod(manifest())))
    expect(p.spec.serviceAccountName).toBe('default')
    expect([p.spec.priority, p.spec.preemptionPolicy]).toEqual([0, 'PreemptLowerPriority'])
    expect(p.spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ])
  })

  it('mounts the token volume when given a suffix', () => {
    const p = admitPod(stored(defaultPod(manifest())), { tokenVolumeSuffix: 'x7k9q' })
    expect(p.spec.volumes?.map((v) => v.name)).toEqual(['kube-api-access-x7k9q'])
    expect(p.spec.containers[0]?.volumeMounts).toEqual([{ name: 'kube-api-access-x7k9q', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }])
  })
})

describe('QoS class and PrepareForCreate', () => {
  it('computes BestEffort, Burstable and Guaranteed', () => {
    expect(podQOSClass(defaultPod(manifest()))).toBe('BestEffort')
    expect(podQOSClass(defaultPod(manifest({ requests: { cpu: '100m' } })))).toBe('Burstable')
    expect(podQOSClass(defaultPod(manifest({ limits: { cpu: '1', memory: '1Gi' } })))).toBe('Guaranteed')
    expect(podQOSClass(defaultPod(manifest({ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '0.5' } })))).toBe('Burstable')
  })

  it('starts the status over as Pending', () => {
    const p = preparePodForCreate({ ...stored(defaultPod(manifest())), status: { phase: 'Running' } })
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' })
  })
})
