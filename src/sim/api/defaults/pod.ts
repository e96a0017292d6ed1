// What happens to a Pod between decoding and storage beyond the PodSpec defaults:
// SetDefaults_Pod (pkg/apis/core/v1/defaults.go), the admission plugins that mutate every Pod
// (ServiceAccount, Priority, DefaultTolerationSeconds), and podStrategy.PrepareForCreate
// (status Pending with the QoS class, pkg/registry/core/pod/strategy.go).
import type { PodManifest } from '../decode/types'
import type { Container, Pod, Volume } from '../types'
import { clone } from './clone'
import { defaultPodSpecInPlace } from './podSpec'
import { quantityValue } from './quantity'

type Resources = { limits?: Record<string, unknown>; requests?: Record<string, unknown> }
const resourcesOf = (c: Container): Resources => (c.resources ?? {}) as Resources

/** SetDefaults_Pod: the PodSpec defaults, requests copied from limits, enableServiceLinks true. */
export function defaultPod<T extends PodManifest>(pod: T): T {
  return defaultPodInPlace(clone(pod))
}

/** defaultPod on a pod the caller owns (no copy). */
export function defaultPodInPlace<T extends PodManifest>(out: T): T {
  out.spec = defaultPodSpecInPlace(out.spec)
  for (const c of [...(out.spec.containers ?? []), ...(out.spec.initContainers ?? [])]) {
    const r = resourcesOf(c)
    if (r.limits) r.requests = { ...r.limits, ...(r.requests ?? {}) }
  }
  out.spec.enableServiceLinks ??= true
  if (out.spec['hostNetwork'] === true) {
    for (const c of [...(out.spec.containers ?? []), ...(out.spec.initContainers ?? [])]) {
      for (const p of c.ports ?? []) (p as Record<string, unknown>)['hostPort'] ||= p.containerPort
    }
  }
  return out
}

const TOKEN_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount'

/** Freezes plain data all the way down: shared defaults must fail loudly if anything writes to them. */
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x)
    Object.freeze(v)
  }
  return v
}

/**
 * The source list of the service-account token volume. Every pod gets one, identical: one frozen
 * copy is shared (nothing writes to a stored pod's volumes; a copy made with `clone` is its own).
 */
const TOKEN_PROJECTION: NonNullable<Volume['projected']> = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
  ],
})

/** The projected volume the ServiceAccount admission plugin adds (`kube-api-access-<suffix>`). */
function tokenVolume(name: string): Volume {
  return { name, projected: TOKEN_PROJECTION }
}

const NOT_READY = 'node.kubernetes.io/not-ready'
const UNREACHABLE = 'node.kubernetes.io/unreachable'
type Toleration = NonNullable<Pod['spec']['tolerations']>[number]
/** DefaultTolerationSeconds' two tolerations, shared (frozen) by every pod that gets them. */
const DEFAULT_TOLERATIONS: readonly Toleration[] = [NOT_READY, UNREACHABLE].map((key) => deepFreeze({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }))

/**
 * Admission for a defaulted Pod: serviceAccountName `default`; priority 0 with
 * PreemptLowerPriority (no PriorityClass exists); NoExecute tolerations for not-ready and
 * unreachable nodes (300 s); and, when `tokenVolumeSuffix` is given (5 random characters), the
 * service-account token volume mounted read-only into every container.
 */
export function admitPod(pod: Pod, opts: { tokenVolumeSuffix?: string } = {}): Pod {
  return admitPodInPlace(clone(pod), opts)
}

/** admitPod on a pod the caller owns (no copy). */
export function admitPodInPlace(out: Pod, opts: { tokenVolumeSuffix?: string } = {}): Pod {
  const s = out.spec
  s.serviceAccountName ||= 'default'
  s['serviceAccount'] = s.serviceAccountName
  s.priority ??= 0
  s.preemptionPolicy ??= 'PreemptLowerPriority'
  const tolerations = s.tolerations ?? []
  for (const d of DEFAULT_TOLERATIONS) {
    const covered = tolerations.some((t) => (t.key === d.key || !t.key) && (!t.effect || t.effect === 'NoExecute'))
    if (!covered) tolerations.push(d)
  }
  s.tolerations = tolerations
  if (opts.tokenVolumeSuffix && s['automountServiceAccountToken'] !== false) {
    const name = `kube-api-access-${opts.tokenVolumeSuffix}`
    s.volumes = [...(s.volumes ?? []), tokenVolume(name)]
    for (const c of [...(s.initContainers ?? []), ...s.containers]) {
      if (!(c.volumeMounts ?? []).some((m) => m.mountPath === TOKEN_MOUNT)) {
        c.volumeMounts = [...(c.volumeMounts ?? []), { name, mountPath: TOKEN_MOUNT, readOnly: true }]
      }
    }
  }
  return out
}

/** `qos.ComputePodQOS`: BestEffort, Guaranteed or Burstable from cpu/memory requests and limits. */
export function podQOSClass(pod: { spec: Pod['spec'] }): 'BestEffort' | 'Guaranteed' | 'Burstable' {
  const requests: Record<string, number> = {}
  const limits: Record<string, number> = {}
  let guaranteed = true
  for (const c of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
    const r = resourcesOf(c)
    for (const name of ['cpu', 'memory']) {
      const req = quantityValue(r.requests?.[name])
      if (req) requests[name] = (requests[name] ?? 0) + req
    }
    let found = 0
    for (const name of ['cpu', 'memory']) {
      const lim = quantityValue(r.limits?.[name])
      if (lim) {
        found++
        limits[name] = (limits[name] ?? 0) + lim
      }
    }
    if (found < 2) guaranteed = false
  }
  if (Object.keys(requests).length === 0 && Object.keys(limits).length === 0) return 'BestEffort'
  if (guaranteed && ['cpu', 'memory'].every((n) => requests[n] === limits[n])) return 'Guaranteed'
  return 'Burstable'
}

/** podStrategy.PrepareForCreate: the status starts over as Pending with the QoS class. */
export function preparePodForCreate(pod: Pod): Pod {
  return preparePodForCreateInPlace(clone(pod))
}

/** preparePodForCreate on a pod the caller owns (no copy). */
export function preparePodForCreateInPlace(out: Pod): Pod {
  out.status = { phase: 'Pending', qosClass: podQOSClass(out) }
  delete out.metadata.deletionTimestamp
  delete out.metadata.deletionGracePeriodSeconds
  return out
}
