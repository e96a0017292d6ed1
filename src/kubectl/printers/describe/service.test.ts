import { describe, expect, it } from 'vitest'
import { service } from '../../../sim/api/printers/testObjects'
import { describeService } from './service'

// Expected text: describe.go describeService's fields in order (`Port:\t<name>\t<port>/<proto>`,
// `Endpoints:` from formatEndpointSlices) laid out by the block rule of reference §1.3: the whole
// header is one block, as wide as `Internal Traffic Policy:` + 2.
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('')

describe('describeService', () => {
  const headless = () => service('demo-job-comm-svc', { clusterIP: 'None', clusterIPs: ['None'], selector: { 'job-name': 'demo-job-comm' }, ports: [{ name: 'http', port: 80, targetPort: 80, protocol: 'TCP' }] })

  it('prints the seed`s headless service with its ready endpoints', () => {
    expect(describeService(headless(), ['10.1.4.184', '10.1.4.186'], [], 0)).toBe(
      lines(
        'Name:                     demo-job-comm-svc',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 job-name=demo-job-comm',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       None',
        'IPs:                      None',
        'Port:                     http  80/TCP',
        'TargetPort:               80/TCP',
        'Endpoints:                10.1.4.184:80,10.1.4.186:80',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
      ),
    )
  })

  it('shows at most three endpoints, an empty value with none ready, <unset> for an unnamed port', () => {
    const four = describeService(headless(), ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'], [], 0)
    expect(four).toContain('Endpoints:                10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 1 more...\n')
    expect(describeService(headless(), [], [], 0)).toContain('Endpoints:                \n')
    const plain = service('web', { clusterIP: '10.96.0.10', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 9376 }] })
    expect(describeService(plain, [], [], 0)).toContain(lines('Port:                     <unset>  80/TCP', 'TargetPort:               9376/TCP'))
  })
})
