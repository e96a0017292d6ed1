// Pod spec defaulting as the v1 scheme applies it to any PodSpec, a Job's template included
// (pkg/apis/core/v1/defaults.go: SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Volume,
// SetDefaults_HostPathVolumeSource, SetDefaults_ObjectFieldSelector, SetDefaults_Probe, the
// volume-source default modes, and the declarative `+default="TCP"` on container ports).
// Pod-only defaults (enableServiceLinks, requests from limits) are in pod.ts.
import type { Container, PodSpec, Volume } from '../types'
import { clone } from './clone'
import { defaultPullPolicy } from './image'

const DEFAULT_MODE = 420 // 0644

function defaultProbe(p: unknown): void {
  if (!p || typeof p !== 'object') return
  const probe = p as Record<string, unknown>
  probe['timeoutSeconds'] ||= 1
  probe['periodSeconds'] ||= 10
  probe['successThreshold'] ||= 1
  probe['failureThreshold'] ||= 3
  const http = probe['httpGet'] as Record<string, unknown> | undefined
  if (http && typeof http === 'object') {
    http['path'] ||= '/'
    http['scheme'] ||= 'HTTP'
  }
}

/** SetDefaults_Container and the defaults of what a container holds. Mutates its argument. */
function defaultContainerInPlace(c: Container): void {
  c.imagePullPolicy ||= defaultPullPolicy(c.image ?? '')
  c.terminationMessagePath ||= '/dev/termination-log'
  c.terminationMessagePolicy ||= 'File'
  for (const port of c.ports ?? []) port.protocol ||= 'TCP'
  for (const ev of c.env ?? []) if (ev.valueFrom?.fieldRef) ev.valueFrom.fieldRef.apiVersion ||= 'v1'
  for (const k of ['livenessProbe', 'readinessProbe', 'startupProbe']) defaultProbe(c[k])
}

/** SetDefaults_Volume (no source means emptyDir) and the per-source defaults. Mutates. */
function defaultVolumeInPlace(v: Volume): void {
  const sources = Object.keys(v).filter((k) => k !== 'name' && v[k] !== undefined && v[k] !== null)
  if (sources.length === 0) v.emptyDir = {}
  if (v.hostPath) v.hostPath.type ??= ''
  for (const k of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    const src = v[k] as Record<string, unknown> | undefined
    if (src && typeof src === 'object') src['defaultMode'] ??= DEFAULT_MODE
  }
}

/** The defaults for one container (a copy). */
export function defaultContainer(c: Container): Container {
  const out = clone(c)
  defaultContainerInPlace(out)
  return out
}

/** SetDefaults_PodSpec plus its containers and volumes (a copy). */
export function defaultPodSpec(spec: PodSpec): PodSpec {
  return defaultPodSpecInPlace(clone(spec))
}

/** SetDefaults_PodSpec on a spec the caller owns. */
export function defaultPodSpecInPlace(s: PodSpec): PodSpec {
  s.dnsPolicy ||= 'ClusterFirst'
  s.restartPolicy ||= 'Always'
  s.securityContext ??= {}
  s.terminationGracePeriodSeconds ??= 30
  s.schedulerName ||= 'default-scheduler'
  for (const v of s.volumes ?? []) defaultVolumeInPlace(v)
  for (const c of s.initContainers ?? []) defaultContainerInPlace(c)
  for (const c of s.containers ?? []) defaultContainerInPlace(c)
  return s
}
