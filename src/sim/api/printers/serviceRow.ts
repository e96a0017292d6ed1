// One `kubectl get services` row (`printService` in printers.go):
// NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, and for -o wide SELECTOR.
import type { Ms, Service } from '../types'
import { formatLabels } from './labelText'
import { translateTimestampSince } from './timestamps'

export interface ServiceRow {
  name: string
  type: string
  clusterIP: string
  externalIP: string
  ports: string
  age: string
  selector: string
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** `getServiceExternalIP`: spec.externalIPs, the load balancer's ingress, or the external name. */
function externalIP(svc: Service): string {
  const external = strings(svc.spec['externalIPs'])
  switch (svc.spec.type ?? 'ClusterIP') {
    case 'ExternalName':
      return svc.spec.externalName ?? ''
    case 'LoadBalancer': {
      const lb = svc.status['loadBalancer']
      const ingress = typeof lb === 'object' && lb !== null ? (lb as Record<string, unknown>)['ingress'] : undefined
      const ips = (Array.isArray(ingress) ? ingress : []).flatMap((i: unknown) => {
        const r = typeof i === 'object' && i !== null ? (i as Record<string, unknown>) : {}
        const v = r['ip'] ?? r['hostname']
        return typeof v === 'string' && v !== '' ? [v] : []
      })
      const all = [...ips, ...external]
      return all.length > 0 ? all.join(',') : '<pending>'
    }
    default:
      return external.length > 0 ? external.join(',') : '<none>'
  }
}

/** `makePortString`: `80/TCP`, `80:30080/TCP` with a node port, comma-joined. */
function portString(svc: Service): string {
  return (svc.spec.ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',')
}

export function printService(svc: Service, now: Ms): ServiceRow {
  const ips = svc.spec.clusterIPs ?? (svc.spec.clusterIP ? [svc.spec.clusterIP] : [])
  return {
    name: svc.metadata.name,
    type: svc.spec.type ?? 'ClusterIP',
    clusterIP: ips[0] ?? '<none>',
    externalIP: externalIP(svc),
    ports: portString(svc) || '<none>',
    age: translateTimestampSince(svc.metadata.creationTimestamp, now),
    selector: formatLabels(svc.spec.selector),
  }
}
