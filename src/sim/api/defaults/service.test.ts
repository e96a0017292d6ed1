import { describe, expect, it } from 'vitest'
import type { ServiceManifest } from '../decode'
import { defaultService, prepareServiceForCreate } from './service'

const manifest = (spec: ServiceManifest['spec']): ServiceManifest => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec })

// SetDefaults_Service (pkg/apis/core/v1/defaults.go) and the registry's PrepareForCreate.
describe('defaultService', () => {
  it('defaults type, session affinity, port protocol and targetPort', () => {
    const s = defaultService(manifest({ clusterIP: 'None', ports: [{ name: 'http', port: 80 }] })).spec
    expect([s.type, s.sessionAffinity, s['internalTrafficPolicy']]).toEqual(['ClusterIP', 'None', 'Cluster'])
    expect(s.ports).toEqual([{ name: 'http', port: 80, protocol: 'TCP', targetPort: 80 }])
  })

  it('keeps an explicit targetPort', () => {
    expect(defaultService(manifest({ ports: [{ port: 80, targetPort: 'http' }] })).spec.ports?.[0]?.targetPort).toBe('http')
  })

  it('copies clusterIP into clusterIPs and resets the status on create', () => {
    const svc = prepareServiceForCreate({ ...defaultService(manifest({ clusterIP: 'None' })), metadata: { name: 's', uid: 'u', resourceVersion: '1', creationTimestamp: 0 }, status: { x: 1 } })
    expect(svc.spec.clusterIPs).toEqual(['None'])
    expect(svc.status).toEqual({ loadBalancer: {} })
  })
})
