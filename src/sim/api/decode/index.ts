// Untrusted manifests in, typed objects (or kubectl's exact error) out.
export { decodeObject } from './decode'
export { strictDecode, quantityError } from './strict'
export { toKubeObject } from './toObject'
export type {
  AnyManifest, CronJobManifest, DecodeError, DecodeResult, JobManifest, Manifest, ManifestMeta, PodManifest, ServerOwnedMeta, ServiceManifest,
} from './types'
