import { describe, expect, it } from 'vitest'
import type { Container, Pod, Service } from '../api/types'
import { containerArgv, containerEnv, expandReferences } from './env'

// reference/kubectl-and-kubelet.md §10.2: Kubernetes expands $(VAR) before sh sees it; unknown
// names stay as they are; $$ becomes $.
describe('$(VAR) expansion', () => {
  const vars = new Map([['JOB_COMPLETION_INDEX', '3'], ['A', 'x']])
  it.each([
    ['echo $(JOB_COMPLETION_INDEX)', 'echo 3'],
    ['echo "$(date) Container message"', 'echo "$(date) Container message"'],
    ['cost $$5', 'cost $5'],
    ['$(A)$(A)-$(B)', 'xx-$(B)'],
    ['tail $', 'tail $'],
    ['open $(A', 'open $(A'],
  ])('%s → %s', (input, out) => {
    expect(expandReferences(input, vars)).toBe(out)
  })
})

const pod = {
  metadata: { name: 'demo-job-indexed-3-x7k9q', namespace: 'default', uid: 'u1', labels: { 'batch.kubernetes.io/job-completion-index': '3' }, annotations: { 'batch.kubernetes.io/job-completion-index': '3' } },
  spec: { containers: [], nodeName: 'node-1' },
  status: { phase: 'Running', podIP: '10.244.0.9' },
} as unknown as Pod

describe('container environment', () => {
  it('resolves fieldRefs, expands values and adds service links', () => {
    const c: Container = {
      name: 'busybox', image: 'busybox',
      env: [
        { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } },
        { name: 'INDEX', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } },
        { name: 'GREETING', value: 'index $(INDEX) on $(MISSING)' },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      ],
    }
    const kubernetes = { metadata: { name: 'kubernetes' }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP' }] } } as unknown as Service
    const env = containerEnv(pod, c, [kubernetes], 'demo-job-indexed-3')
    expect(env.get('JOB_COMPLETION_INDEX')).toBe('3')
    expect(env.get('INDEX')).toBe('3')
    expect(env.get('GREETING')).toBe('index 3 on $(MISSING)')
    expect(env.get('POD')).toBe('demo-job-indexed-3-x7k9q')
    expect(env.get('HOSTNAME')).toBe('demo-job-indexed-3')
    expect(env.get('KUBERNETES_SERVICE_HOST')).toBe('10.96.0.1')
    expect(env.get('KUBERNETES_PORT_443_TCP')).toBe('tcp://10.96.0.1:443')
    expect(env.get('KUBERNETES_SERVICE_PORT_HTTPS')).toBe('443')
  })

  it('builds argv from command and args, with busybox CMD `sh` as the default', () => {
    const env = new Map([['N', '7']])
    expect(containerArgv({ name: 'c', image: 'busybox', command: ['sh', '-c'], args: ['echo $(N)'] }, env)).toEqual(['sh', '-c', 'echo 7'])
    expect(containerArgv({ name: 'c', image: 'busybox' }, env)).toEqual(['sh'])
  })
})
