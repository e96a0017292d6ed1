import { describe, expect, it } from 'vitest'
import { errorText } from './fieldError'
import { createdService } from './fixtures'
import { validateServiceCreate } from './service'

const svc = (spec: Record<string, unknown>, name = 'demo-job-comm-svc') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec })
const causes = (raw: unknown): string[] => validateServiceCreate(createdService(raw)).map(errorText)

// ValidateService (pkg/apis/core/validation/validation.go) for the seed's headless Service.
describe('validateServiceCreate', () => {
  it('accepts the headless Service of the pod-communication lab', () => {
    expect(causes(svc({ clusterIP: 'None', selector: { 'job-name': 'demo-job-comm' }, ports: [{ name: 'http', port: 80 }] }))).toEqual([])
  })

  it('allows a headless Service without ports but not a ClusterIP one', () => {
    expect(causes(svc({ clusterIP: 'None', selector: { a: 'b' } }))).toEqual([])
    expect(causes(svc({ selector: { a: 'b' } }))).toEqual(['spec.ports: Required value'])
  })

  it('needs names on several ports, valid numbers and distinct ports', () => {
    expect(causes(svc({ ports: [{ port: 80 }, { name: 'b', port: 81 }] }))).toEqual(['spec.ports[0].name: Required value'])
    expect(causes(svc({ ports: [{ port: 0 }] }))).toContain('spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive')
    expect(causes(svc({ ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] })))
      .toEqual(['spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":80,"TargetPort":0,"NodePort":0}'])
  })

  it('needs a DNS-1035 name and a valid cluster IP', () => {
    expect(causes(svc({ ports: [{ port: 80 }] }, '1svc'))[0]).toMatch(/^metadata\.name: Invalid value: "1svc": a DNS-1035 label/)
    expect(causes(svc({ clusterIP: '10.0.0.300', ports: [{ port: 80 }] })))
      .toEqual(['spec.clusterIPs[0]: Invalid value: "10.0.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'])
  })

  it('rejects an unknown type and selector labels that are not labels', () => {
    expect(causes(svc({ type: 'Magic', ports: [{ port: 80 }] }))).toEqual(['spec.type: Unsupported value: "Magic": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'])
    expect(causes(svc({ selector: { a: '-b' }, ports: [{ port: 80 }] }))[0]).toMatch(/^spec\.selector: Invalid value: "-b": a valid label must be/)
  })
})
