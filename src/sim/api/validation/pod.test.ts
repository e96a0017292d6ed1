import { describe, expect, it } from 'vitest'
import { errorText } from './fieldError'
import { createdPod } from './fixtures'
import { validatePodCreate } from './pod'

const pod = (spec: Record<string, unknown>, name = 'observer') =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'busybox', image: 'busybox', command: ['sleep', 'infinity'] }], ...spec } })
const causes = (raw: unknown): string[] => validatePodCreate(createdPod(raw)).map(errorText)

// Rules of pkg/apis/core/validation/validation.go (ValidatePodSpec, validateContainers,
// ValidateVolumeMounts, validateEnvVarValueFrom), exercised on the seed's observer Pod.
describe('validatePodCreate', () => {
  const volumes = [{ name: 'local-storage', hostPath: { path: '/tmp/data', type: 'DirectoryOrCreate' } }]
  const mounts = [{ name: 'local-storage', mountPath: '/data' }]

  it('accepts the observer pod of the seed lab', () => {
    expect(causes(pod({ volumes, containers: [{ name: 'busybox', image: 'busybox', command: ['sleep', 'infinity'], volumeMounts: mounts }] }))).toEqual([])
  })

  it('needs mounts to name a volume, once per path', () => {
    expect(causes(pod({ containers: [{ name: 'c', image: 'busybox', volumeMounts: mounts }] })))
      .toEqual(['spec.containers[0].volumeMounts[0].name: Not found: "local-storage"'])
    expect(causes(pod({ volumes, containers: [{ name: 'c', image: 'busybox', volumeMounts: [...mounts, ...mounts] }] })))
      .toEqual(['spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique'])
  })

  it('checks hostPath volumes', () => {
    expect(causes(pod({ volumes: [{ name: 'v', hostPath: { path: '/tmp', type: 'Folder' } }] })))
      .toEqual(['spec.volumes[0].hostPath.type: Unsupported value: "Folder": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"'])
    expect(causes(pod({ volumes: [{ name: 'v', hostPath: { path: '/tmp/../etc' } }] }))).toEqual(['spec.volumes[0].hostPath.path: Invalid value: "/tmp/../etc": must not contain \'..\''])
    expect(causes(pod({ volumes: [{ name: 'v', hostPath: { path: '/a' }, emptyDir: {} }] }))).toEqual(['spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type'])
  })

  it('checks container names, duplicates and pull policies', () => {
    const c = (name: string, extra: Record<string, unknown> = {}) => ({ name, image: 'busybox', ...extra })
    expect(causes(pod({ containers: [c('a'), c('a')] }))).toEqual(['spec.containers[1].name: Duplicate value: "a"'])
    expect(causes(pod({ containers: [c('A')] }))[0]).toMatch(/^spec\.containers\[0\]\.name: Invalid value: "A": a lowercase RFC 1123 label/)
    expect(causes(pod({ containers: [c('a', { imagePullPolicy: 'Sometimes' })] })))
      .toEqual(['spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"'])
    expect(causes(pod({ containers: [c('a', { image: ' busybox' })] }))).toEqual(['spec.containers[0].image: Invalid value: " busybox": must not have leading or trailing whitespace'])
  })

  it('checks downward-API env vars', () => {
    const env = (fieldPath: string) => pod({ containers: [{ name: 'c', image: 'busybox', env: [{ name: 'INDEX', valueFrom: { fieldRef: { fieldPath } } }] }] })
    expect(causes(env("metadata.annotations['batch.kubernetes.io/job-completion-index']"))).toEqual([])
    expect(causes(env('metadata.labels'))).toEqual(['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "metadata.labels": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"'])
    expect(causes(env('spec.nope'))).toEqual(['spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: "spec.nope": error converting fieldPath: field label not supported: spec.nope'])
    expect(causes(pod({ containers: [{ name: 'c', image: 'busybox', env: [{ name: 'X', value: 'v', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }] })))
      .toEqual(['spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty'])
  })

  it('checks ports, hostname and subdomain', () => {
    expect(causes(pod({ containers: [{ name: 'c', image: 'busybox', ports: [{ containerPort: 70000 }] }] })))
      .toEqual(['spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive'])
    expect(causes(pod({ subdomain: 'my.svc' }))).toEqual(['spec.subdomain: Invalid value: "my.svc": must not contain dots'])
  })

  it('requires a name', () => {
    expect(causes(pod({}, ''))).toEqual(['metadata.name: Required value: name or generateName is required'])
  })
})
