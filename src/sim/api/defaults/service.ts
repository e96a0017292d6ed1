// SetDefaults_Service (pkg/apis/core/v1/defaults.go) and svcStrategy.PrepareForCreate
// (pkg/registry/core/service/strategy.go: status reset, clusterIPs from clusterIP).
import type { ServiceManifest } from '../decode/types'
import type { Service } from '../types'
import { clone } from './clone'

export function defaultService<T extends ServiceManifest>(svc: T): T {
  const out = clone(svc)
  const s = out.spec
  s.sessionAffinity ||= 'None'
  if (s.sessionAffinity === 'None') delete s['sessionAffinityConfig']
  if (s.sessionAffinity === 'ClientIP') {
    const cfg = s['sessionAffinityConfig'] as { clientIP?: { timeoutSeconds?: number } } | undefined
    if (cfg?.clientIP?.timeoutSeconds === undefined) s['sessionAffinityConfig'] = { clientIP: { timeoutSeconds: 10800 } }
  }
  s.type ||= 'ClusterIP'
  for (const p of s.ports ?? []) {
    p.protocol ||= 'TCP'
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port
  }
  const external = s.type === 'NodePort' || s.type === 'LoadBalancer'
  if (external) s['externalTrafficPolicy'] ||= 'Cluster'
  if (s['internalTrafficPolicy'] === undefined && s.type !== 'ExternalName') s['internalTrafficPolicy'] = 'Cluster'
  if (s.type === 'LoadBalancer') s['allocateLoadBalancerNodePorts'] ??= true
  return out
}

/** PrepareForCreate: empty status; `clusterIPs` filled from `clusterIP` when only that was given. */
export function prepareServiceForCreate(svc: Service): Service {
  const out = clone(svc)
  out.status = { loadBalancer: {} }
  if (out.spec.clusterIP && !(out.spec.clusterIPs?.length)) out.spec.clusterIPs = [out.spec.clusterIP]
  return out
}
