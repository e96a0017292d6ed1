// A manifest in the shape of a stored object, for code that holds both (the API server fills in
// the placeholders on create): uid and resourceVersion empty, creationTimestamp 0, and the status
// an object starts with (a Pod is Pending).
import type { CronJob, Job, PersistentVolumeClaim, Pod, Service } from '../types'
import type { AnyManifest, CronJobManifest, JobManifest, PodManifest, ServiceManifest } from './types'

const placeholders = { uid: '', resourceVersion: '', creationTimestamp: 0 }

export function toKubeObject(m: JobManifest): Job
export function toKubeObject(m: PodManifest): Pod
export function toKubeObject(m: ServiceManifest): Service
export function toKubeObject(m: CronJobManifest): CronJob
export function toKubeObject(m: AnyManifest): Job | CronJob | Pod | Service | PersistentVolumeClaim
export function toKubeObject(m: AnyManifest): Job | CronJob | Pod | Service | PersistentVolumeClaim {
  const metadata = { ...placeholders, ...m.metadata }
  if (m.kind === 'Job' || m.kind === 'CronJob') return { ...m, metadata, status: {} }
  if (m.kind === 'Pod') return { ...m, metadata, status: { phase: 'Pending' } }
  return { ...m, metadata, status: {} }
}
