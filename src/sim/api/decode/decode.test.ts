import { describe, expect, it } from 'vitest'
import { decodeObject } from './decode'

const job = (spec: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'x' },
  spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } }, ...spec },
  ...extra,
})
const text = (raw: unknown): string => {
  const r = decodeObject(raw, 'job.yaml')
  return r.ok ? 'ok' : r.error
}
const server = (detail: string) => `Error from server (BadRequest): error when creating "job.yaml": Job in version "v1" cannot be handled as a Job: ${detail}`

describe('decodeObject: strict field validation (kubectl --validate=strict, server-side)', () => {
  it('decodes the seed lab manifests', () => {
    const r = decodeObject(job({ completions: 12, parallelism: 3, completionMode: 'Indexed' }), 'job.yaml')
    expect(r.ok && r.object.kind === 'Job' && r.object.spec.completions).toBe(12)
  })

  it('rejects an unknown field with its path', () => {
    // The brief's example of kubectl 1.34 output.
    expect(text(job({ parallelismm: 2 }))).toBe(server('strict decoding error: unknown field "spec.parallelismm"'))
  })

  it('joins several unknown fields with ", ", in sorted key order, with list indexes', () => {
    // Real output (dotnet/dotnet-docker#5214): `strict decoding error: unknown field
    // "spec.template.metadata.containers", unknown field "spec.template.metadata.volumes"`; list
    // items carry their index (`spec.template.spec.initContainers[0].volumeMounts[5].hostPath`,
    // GoogleCloudPlatform/container-engine-accelerators#265).
    const raw = job({ zeta: 1, alpha: 2 })
    ;(raw['spec'] as { template: { spec: { containers: Record<string, unknown>[] } } }).template.spec.containers[0]!['imagee'] = 'x'
    expect(text(raw)).toBe(server('strict decoding error: unknown field "spec.alpha", unknown field "spec.template.spec.containers[0].imagee", unknown field "spec.zeta"'))
  })

  it('reports a wrong type as encoding/json does, without list indexes', () => {
    // The brief's example: `json: cannot unmarshal string into Go struct field JobSpec.spec.parallelism of type int32`.
    expect(text(job({ parallelism: 'two' }))).toBe(server('json: cannot unmarshal string into Go struct field JobSpec.spec.parallelism of type int32'))
    expect(text(job({ parallelism: 1.5 }))).toBe(server('json: cannot unmarshal number 1.5 into Go struct field JobSpec.spec.parallelism of type int32'))
    expect(text(job({ suspend: 'yes' }))).toBe(server('json: cannot unmarshal string into Go struct field JobSpec.spec.suspend of type bool'))
    expect(text(job({ template: { spec: { containers: { name: 'c' } } } })))
      .toBe(server('json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container'))
    expect(text(job({ template: { spec: { containers: [{ name: 'c', image: 'busybox', env: [{ name: 'N', value: 1 }] }] } } })))
      .toBe(server('json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string'))
    expect(text(job({}, { metadata: { name: 'x', labels: { tier: 1 } } })))
      .toBe(server('json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'))
    expect(text(job({}, { spec: 5 }))).toBe(server('json: cannot unmarshal number into Go struct field Job.spec of type v1.JobSpec'))
  })

  it('reports only the first wrong type, and a wrong type hides unknown fields', () => {
    expect(text(job({ backoffLimit: 'a', parallelism: 'b', parallelismm: 1 })))
      .toBe(server('json: cannot unmarshal string into Go struct field JobSpec.spec.backoffLimit of type int32'))
  })

  it('parses quantities and int-or-strings as the API types do', () => {
    const vol = (sizeLimit: unknown) => job({ template: { spec: { containers: [{ name: 'c', image: 'b' }], volumes: [{ name: 'v', emptyDir: { sizeLimit } }] } } })
    expect(text(vol('1Gi'))).toBe('ok')
    expect(text(vol(1))).toBe('ok')
    expect(text(vol('1GB'))).toBe(server("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"))
    const svc = (targetPort: unknown) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 80, targetPort }] } })
    expect(decodeObject(svc('http')).ok).toBe(true)
    const bad = decodeObject(svc(true), 'svc.yaml')
    expect(bad.ok ? '' : bad.detail.message).toBe('Service in version "v1" cannot be handled as a Service: json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32')
  })

  it('accepts every API field, even ones the simulator ignores', () => {
    expect(text(job({ template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'b', resources: { limits: { cpu: '1' } }, livenessProbe: { exec: { command: ['true'] } } }], affinity: {} } } }))).toBe('ok')
    expect(text(job({ template: { spec: { containers: [{ name: 'c', image: 'b', livenessProbe: 'x' }] } } })))
      .toBe(server('json: cannot unmarshal string into Go struct field Container.spec.template.spec.containers.livenessProbe of type v1.Probe'))
  })
})

describe('decodeObject: what kubectl checks before sending', () => {
  it('needs a kind', () => {
    // The brief's text for a missing kind.
    expect(text({ apiVersion: 'batch/v1', metadata: { name: 'x' } }))
      .toBe('error: error validating "job.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false')
    expect(text({ metadata: { name: 'x' } }))
      .toBe('error: error validating "job.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false')
  })

  it('needs a kind the cluster serves', () => {
    // The brief's text for an unknown kind.
    expect(text({ apiVersion: 'batch/v1', kind: 'Jobb', metadata: { name: 'x' } }))
      .toBe('error: resource mapping not found for name: "x" namespace: "" from "job.yaml": no matches for kind "Jobb" in version "batch/v1"\nensure CRDs are installed first')
    expect(text({ apiVersion: 'v1', kind: 'Job', metadata: { name: 'x', namespace: 'default' } }))
      .toBe('error: resource mapping not found for name: "x" namespace: "default" from "job.yaml": no matches for kind "Job" in version "v1"\nensure CRDs are installed first')
  })

  it('reports an empty document', () => {
    const r = decodeObject(null)
    expect(r.ok ? '' : r.detail.reason).toBe('Empty')
  })
})

describe('decodeObject: the manifest it returns', () => {
  it('drops server-owned metadata and status, and gives a generateName-only object an empty name', () => {
    const r = decodeObject(job({}, { metadata: { generateName: 'pi-', uid: 'u', resourceVersion: '9', labels: { a: 'b' } }, status: { active: 1 } }))
    if (!r.ok) throw new Error(r.error)
    expect(r.object.metadata).toEqual({ generateName: 'pi-', name: '', labels: { a: 'b' } })
    expect('status' in r.object).toBe(false)
  })

  it('fills absent structs that later code relies on', () => {
    const r = decodeObject({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' } })
    expect(r.ok && r.object.kind === 'Job' ? r.object.spec.template.spec : undefined).toEqual({})
  })
})
