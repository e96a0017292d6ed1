// `ValidateService` (pkg/apis/core/validation/validation.go) on create, for ClusterIP and headless
// Services: metadata (a DNS-1035 name), ports, selector, session affinity, cluster IPs, type.
import type { Service } from '../types'
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from './fieldError'
import { servicePortKeyValue } from './internalJson'
import { validateLabels, validateObjectMeta } from './meta'
import { isDNS1123Label, isDNS1123Subdomain, isIP, isValidPortName, isValidPortNum, nameIsDNS1035Label } from './names'

const PROTOCOLS = ['SCTP', 'TCP', 'UDP']
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']

function validatePorts(svc: Service): FieldError[] {
  const ports = svc.spec.ports ?? []
  const errs: FieldError[] = []
  const names = new Set<string>()
  ports.forEach((p, i) => {
    const path = `spec.ports[${i}]`
    if (ports.length > 1 && !p.name) errs.push(required(`${path}.name`))
    else if (p.name) {
      errs.push(...isDNS1123Label(p.name).map((m) => invalid(`${path}.name`, p.name, m)))
      if (names.has(p.name)) errs.push(duplicate(`${path}.name`, p.name))
      else names.add(p.name)
    }
    errs.push(...isValidPortNum(p.port).map((m) => invalid(`${path}.port`, p.port, m)))
    if (!p.protocol) errs.push(required(`${path}.protocol`))
    else if (!PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${path}.protocol`, p.protocol, PROTOCOLS))
    const tp = p.targetPort ?? 0
    if (typeof tp === 'number') errs.push(...isValidPortNum(tp).map((m) => invalid(`${path}.targetPort`, tp, m)))
    else errs.push(...isValidPortName(tp).map((m) => invalid(`${path}.targetPort`, tp, m)))
  })
  return errs
}

/** Errors for a defaulted Service about to be created (clusterIPs already normalized). */
export function validateServiceCreate(svc: Service): FieldError[] {
  const errs = validateObjectMeta(svc.metadata, { namespaced: true, nameFn: nameIsDNS1035Label })
  const s = svc.spec
  const ips = s.clusterIPs ?? (s.clusterIP ? [s.clusterIP] : [])
  const headless = ips[0] === 'None'
  const type: string = s.type ?? ''
  if ((s.ports ?? []).length === 0 && !headless && type !== 'ExternalName') errs.push(required('spec.ports'))
  if ((type === 'NodePort' || type === 'LoadBalancer') && headless) errs.push(invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`))
  if (type === 'ExternalName') {
    const cname = (s.externalName ?? '').replace(/\.$/, '')
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m)))
    else errs.push(required('spec.externalName'))
  }
  errs.push(...validatePorts(svc))
  if (s.selector) errs.push(...validateLabels(s.selector, 'spec.selector'))
  const aff = s.sessionAffinity ?? ''
  if (!aff) errs.push(required('spec.sessionAffinity'))
  else if (aff !== 'ClientIP' && aff !== 'None') errs.push(notSupported('spec.sessionAffinity', aff, ['ClientIP', 'None']))
  if (s.clusterIP && ips.length > 0 && ips[0] !== s.clusterIP) errs.push(invalid('spec.clusterIPs', ips, 'first value must match `clusterIP`'))
  ips.forEach((ip, i) => {
    if (ip === 'None') {
      if (i > 0 || ips.length > 1) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, "may not be 'None' when there is more than one value"))
    } else if (!isIP(ip)) {
      errs.push(invalid(`spec.clusterIPs[${i}]`, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'))
    }
  })
  if (!type) errs.push(required('spec.type'))
  else if (!TYPES.includes(type)) errs.push(notSupported('spec.type', type, TYPES))
  if (type === 'ClusterIP') {
    ;(s.ports ?? []).forEach((p, i) => {
      if (p.nodePort) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"))
    })
  }
  const seen = new Set<string>()
  ;(s.ports ?? []).forEach((p, i) => {
    const k = `${p.protocol ?? ''}/${p.port}`
    if (seen.has(k)) errs.push(duplicate(`spec.ports[${i}]`, servicePortKeyValue(p.protocol ?? '', p.port)))
    seen.add(k)
  })
  return errs
}
