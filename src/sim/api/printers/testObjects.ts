// Builders of API objects for the printers' tests (and the kubectl printers' tests): small, plain
// objects shaped like what the apiserver stores, so each test states only what it is about.
import type { ContainerState, ContainerStatus, Job, KEvent, Pod, PodCondition, PodStatus, Service } from '../types'

export const UID = '8438f59c-d4c9-4a28-a90e-36cd80553d8a'

export function containerStatus(name: string, state: ContainerState, extra: Partial<ContainerStatus> = {}): ContainerStatus {
  return { name, state, lastState: {}, ready: false, restartCount: 0, image: 'docker.io/library/busybox:latest', imageID: '', ...extra }
}

export function condition(type: PodCondition['type'], status: 'True' | 'False', at = 0): PodCondition {
  return { type, status, lastTransitionTime: at }
}

export function pod(name: string, status: Partial<PodStatus> = {}, extra: { containers?: string[]; inits?: string[]; created?: number } = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: extra.created ?? 0 },
    spec: {
      containers: (extra.containers ?? ['c']).map((n) => ({ name: n, image: 'busybox' })),
      ...(extra.inits ? { initContainers: extra.inits.map((n) => ({ name: n, image: 'busybox' })) } : {}),
      restartPolicy: 'Never',
    },
    status: { phase: 'Pending', ...status },
  }
}

export function job(name: string, spec: Partial<Job['spec']> = {}, status: Job['status'] = {}, created = 0): Job {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: 'default', uid: UID, resourceVersion: '1', creationTimestamp: created },
    spec: {
      parallelism: 1,
      completions: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': UID } },
      template: { spec: { containers: [{ name, image: 'busybox' }], restartPolicy: 'Never' } },
      ...spec,
    },
    status,
  }
}

export function service(name: string, spec: Service['spec'], created = 0): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: created }, spec, status: {} }
}

export function kevent(
  involved: { kind: string; name: string },
  reason: string,
  message: string,
  at: number,
  extra: Partial<Pick<KEvent, 'type' | 'count' | 'lastTimestamp' | 'source'>> = {},
): KEvent {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${involved.name}.${at.toString(16)}`, namespace: 'default', uid: `ev-${at}`, resourceVersion: '1', creationTimestamp: at },
    involvedObject: { apiVersion: involved.kind === 'Job' ? 'batch/v1' : 'v1', kind: involved.kind, name: involved.name, namespace: 'default', uid: `uid-${involved.name}` },
    reason,
    message,
    type: 'Normal',
    source: { component: involved.kind === 'Job' ? 'job-controller' : 'kubelet' },
    firstTimestamp: at,
    lastTimestamp: at,
    count: 1,
    ...extra,
  }
}
