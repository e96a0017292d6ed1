// Test fixtures: manifests taken through the same steps as the API server (decode, default,
// server-assigned fields, prepare) so tests validate what a real create would validate.
import { decodeObject } from '../decode'
import type { JobManifest, PodManifest, ServiceManifest } from '../decode'
import { defaultJob, defaultPod, defaultService, prepareJobForCreate, prepareServiceForCreate } from '../defaults'
import type { Job, Pod, Service } from '../types'

export const UID = '6b2c7a3e-1f4d-4c2b-9a8e-0d1e2f3a4b5c'

function decoded(raw: unknown): unknown {
  const r = decodeObject(raw, 'fixture.yaml')
  if (!r.ok) throw new Error(r.error)
  return r.object
}

const server = { uid: UID, resourceVersion: '1000', creationTimestamp: 0 }

/** A Job manifest as the apiserver would validate it on create. */
export function createdJob(raw: unknown): Job {
  const m = defaultJob(decoded(raw) as JobManifest)
  return prepareJobForCreate({ ...m, metadata: { namespace: 'default', ...m.metadata, ...server }, status: {} }, UID)
}

export function createdPod(raw: unknown): Pod {
  const m = defaultPod(decoded(raw) as PodManifest)
  return { ...m, metadata: { namespace: 'default', ...m.metadata, ...server }, status: { phase: 'Pending' } }
}

export function createdService(raw: unknown): Service {
  const m = defaultService(decoded(raw) as ServiceManifest)
  return prepareServiceForCreate({ ...m, metadata: { namespace: 'default', ...m.metadata, ...server }, status: {} })
}

/** A minimal valid Job manifest; `spec` and `podSpec` are merged in. */
export function jobYaml(name: string, spec: Record<string, unknown> = {}, podSpec: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: {
      ...spec,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'busybox', image: 'busybox', command: ['sh', '-c', 'echo hi'] }], ...podSpec } },
    },
  }
}
