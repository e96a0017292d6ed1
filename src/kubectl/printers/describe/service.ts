// describe.go `describeService`: type, IP families, cluster IPs, one Port/TargetPort/Endpoints
// group per port, session affinity, traffic policy, events.
import { formatLabels } from '../../../sim/api/printers'
import type { KEvent, Ms, Service } from '../../../sim/api/types'
import { printAnnotationsMultiline, printLabelsMultiline } from './common'
import { describeEvents } from './events'
import { LEVEL_0, PrefixWriter } from './prefixWriter'

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
const text = (v: unknown, dflt: string): string => (typeof v === 'string' ? v : dflt)

/**
 * `formatEndpointSlices` for one port: `ip:port` of the ready endpoints, at most three, then
 * `+ N more...`. A selector-less service has no EndpointSlice (`<none>`); one with a selector has
 * a slice even when no pod is ready (an empty value).
 */
function endpointsText(svc: Service, ready: readonly string[], targetPort: number): string {
  if (!svc.spec.selector || Object.keys(svc.spec.selector).length === 0) return '<none>'
  const hostPort = (ip: string) => (ip.includes(':') ? `[${ip}]:${targetPort}` : `${ip}:${targetPort}`)
  const shown = ready.slice(0, 3).map(hostPort).join(',')
  return ready.length > 3 ? `${shown} + ${ready.length - 3} more...` : shown
}

/**
 * `kubectl describe service`. `endpoints` are the IPs of the ready pods the selector matches.
 * Fields the apiserver always defaults (IP family policy and families, session affinity, internal
 * traffic policy) print their default when the stored object lacks them.
 */
export function describeService(svc: Service, endpoints: readonly string[], events: readonly KEvent[] | undefined, now: Ms): string {
  const w = new PrefixWriter()
  const spec = svc.spec
  const type = spec.type ?? 'ClusterIP'
  w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${svc.metadata.namespace ?? 'default'}\n`)
  printLabelsMultiline(w, 'Labels', svc.metadata.labels)
  printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations)
  w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`)
  w.write(LEVEL_0, `Type:\t${type}\n`)
  if (type !== 'ExternalName') w.write(LEVEL_0, `IP Family Policy:\t${text(spec['ipFamilyPolicy'], 'SingleStack')}\n`)
  const families = strings(spec['ipFamilies'])
  w.write(LEVEL_0, `IP Families:\t${families.length > 0 ? families.join(',') : type === 'ExternalName' ? '<none>' : 'IPv4'}\n`)
  const clusterIPs = spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : [])
  w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`)
  w.write(LEVEL_0, `IPs:\t${clusterIPs.length > 0 ? clusterIPs.join(',') : '<none>'}\n`)
  const externalIPs = strings(spec['externalIPs'])
  if (externalIPs.length > 0) w.write(LEVEL_0, `External IPs:\t${externalIPs.join(',')}\n`)
  if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`)
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>'
    const protocol = p.protocol ?? 'TCP'
    const target = p.targetPort ?? p.port
    w.write(LEVEL_0, `Port:\t${name}\t${p.port}/${protocol}\n`)
    w.write(LEVEL_0, `TargetPort:\t${target}/${protocol}\n`)
    if (p.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${p.nodePort}/${protocol}\n`)
    w.write(LEVEL_0, `Endpoints:\t${endpointsText(svc, endpoints, typeof target === 'number' ? target : p.port)}\n`)
  }
  w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`)
  const etp = spec['externalTrafficPolicy']
  if (typeof etp === 'string' && etp) w.write(LEVEL_0, `External Traffic Policy:\t${etp}\n`)
  if (type !== 'ExternalName') w.write(LEVEL_0, `Internal Traffic Policy:\t${text(spec['internalTrafficPolicy'], 'Cluster')}\n`)
  describeEvents(events, w, now)
  return w.done()
}
