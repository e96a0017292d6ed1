import { describe, expect, it } from 'vitest'
import { printService } from './serviceRow'
import { service } from './testObjects'

// Expected cells: the seed's `kubectl get svc` (`demo-job-comm-svc   ClusterIP   None   <none>
// 80/TCP   13s`) and printers.go makePortString (`80:30080/TCP` with a node port).
describe('printService', () => {
  it('prints a headless service like the seed', () => {
    const svc = service('demo-job-comm-svc', { clusterIP: 'None', clusterIPs: ['None'], selector: { 'job-name': 'demo-job-comm' }, ports: [{ name: 'http', port: 80, protocol: 'TCP' }] })
    const r = printService(svc, 13_000)
    expect([r.name, r.type, r.clusterIP, r.externalIP, r.ports, r.age, r.selector]).toEqual(['demo-job-comm-svc', 'ClusterIP', 'None', '<none>', '80/TCP', '13s', 'job-name=demo-job-comm'])
  })

  it('joins several ports and shows node ports', () => {
    const svc = service('web', { type: 'NodePort', clusterIP: '10.96.0.10', ports: [{ port: 80, nodePort: 30080 }, { port: 53, protocol: 'UDP' }] })
    const r = printService(svc, 0)
    expect([r.type, r.clusterIP, r.ports]).toEqual(['NodePort', '10.96.0.10', '80:30080/TCP,53/UDP'])
  })

  it('prints <none> without ports, cluster IP or selector', () => {
    const r = printService(service('bare', {}), 0)
    expect([r.type, r.clusterIP, r.externalIP, r.ports, r.selector]).toEqual(['ClusterIP', '<none>', '<none>', '<none>', '<none>'])
    expect(printService(service('lb', { type: 'LoadBalancer', clusterIP: '10.0.0.1' }), 0).externalIP).toBe('<pending>')
  })
})
