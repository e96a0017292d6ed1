// What `decodeObject` hands the API server: the user's object, typed, without the metadata the
// server owns (uid, resourceVersion, creationTimestamp) and without status, which the server
// resets on create and keeps on update.
import type { CronJob, Job, ObjectMeta, PersistentVolumeClaim, Pod, Service } from '../types'

export type ServerOwnedMeta = 'uid' | 'resourceVersion' | 'creationTimestamp'

/** Metadata as a manifest may carry it; `name` is '' when only `generateName` was given. */
export type ManifestMeta = Omit<ObjectMeta, ServerOwnedMeta>

export type Manifest<T extends Job | CronJob | Pod | Service | PersistentVolumeClaim> = Omit<T, 'metadata' | 'status'> & { metadata: ManifestMeta }

export type JobManifest = Manifest<Job>
export type CronJobManifest = Manifest<CronJob>
export type PodManifest = Manifest<Pod>
export type ServiceManifest = Manifest<Service>
export type PersistentVolumeClaimManifest = Manifest<PersistentVolumeClaim>
export type AnyManifest = JobManifest | CronJobManifest | PodManifest | ServiceManifest | PersistentVolumeClaimManifest

export interface DecodeError {
  /** `client`: kubectl stops before sending anything; `server`: the apiserver answered 400. */
  stage: 'client' | 'server'
  /**
   * `Empty` (nothing in the document), `Invalid` (kubectl's own apiVersion/kind check),
   * `NoKindMatch` (no such kind in that version), `BadRequest` (the apiserver could not decode it).
   */
  reason: 'Empty' | 'Invalid' | 'NoKindMatch' | 'BadRequest'
  /** For `BadRequest`, the server's Status message; otherwise kubectl's error without `error: `. */
  message: string
  /** What `kubectl create -f`/`apply -f` prints for a new object (no trailing newline). */
  text: string
}

/** On failure `error` is the text kubectl prints (`detail.text`); `detail` says where it stopped. */
export type DecodeResult = { ok: true; object: AnyManifest } | { ok: false; error: string; detail: DecodeError }
