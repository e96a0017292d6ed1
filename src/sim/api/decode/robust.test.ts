import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultCronJob, defaultJob, defaultPod, defaultService, prepareCronJobForCreate, prepareJobForCreate } from '../defaults'
import type { CronJob, Job, PersistentVolumeClaim, Pod, Service } from '../types'
import { validateCronJobCreate, validateJobCreate, validatePodCreate, validateServiceCreate } from '../validation'
import { admitPvc, validatePvcCreate } from '../validation/pvc'
import { decodeObject } from './decode'

const stamp = { uid: 'u', resourceVersion: '1', creationTimestamp: 0, namespace: 'default' }

/** The API server's create path for whatever decodes: it may reject, but must never throw. */
function admit(raw: unknown): number {
  const r = decodeObject(raw, 'fuzz.yaml')
  if (!r.ok) return -1
  const o = r.object
  if (o.kind === 'Job') {
    const j = defaultJob(o)
    return validateJobCreate(prepareJobForCreate({ ...j, metadata: { ...j.metadata, ...stamp }, status: {} } as Job, 'u')).length
  }
  if (o.kind === 'Pod') {
    const p = defaultPod(o)
    return validatePodCreate({ ...p, metadata: { ...p.metadata, ...stamp }, status: { phase: 'Pending' } } as Pod).length
  }
  if (o.kind === 'CronJob') {
    const c = defaultCronJob(o)
    return validateCronJobCreate(prepareCronJobForCreate({ ...c, metadata: { ...c.metadata, ...stamp }, status: {} } as CronJob, 'u'), () => true).length
  }
  if (o.kind === 'PersistentVolumeClaim') return validatePvcCreate(admitPvc({ ...o, metadata: { ...o.metadata, ...stamp }, status: {} } as PersistentVolumeClaim)).length
  const s = defaultService(o)
  return validateServiceCreate({ ...s, metadata: { ...s.metadata, ...stamp }, status: {} } as Service).length
}

describe('untrusted manifests', () => {
  it('never make decoding, defaulting or validation throw', () => {
    const kind = fc.constantFrom(['batch/v1', 'Job'], ['batch/v1', 'CronJob'], ['v1', 'Pod'], ['v1', 'Service'], ['v1', 'PersistentVolumeClaim'])
    fc.assert(fc.property(kind, fc.jsonValue(), fc.jsonValue(), ([apiVersion, k], spec, podSpec) => {
      expect(() => admit({ apiVersion, kind: k, metadata: { name: 'x' }, spec })).not.toThrow()
      const nested = { apiVersion, kind: k, metadata: { name: 'x' }, spec: { template: { spec: podSpec }, containers: podSpec } }
      expect(() => admit(nested)).not.toThrow()
    }), { numRuns: 300 })
  })

  it('of the right shape but odd values never make the create path throw', () => {
    const word = fc.constantFrom('', 'a', 'A', 'x.y', 'busybox', 'Indexed', 'Never', 'OnFailure', '..', '-', '0')
    const int = fc.integer({ min: -3, max: 5 })
    const container = fc.record({ name: word, image: word, env: fc.array(fc.record({ name: word, valueFrom: fc.record({ fieldRef: fc.record({ fieldPath: word }) }) }), { maxLength: 2 }),
      volumeMounts: fc.array(fc.record({ name: word, mountPath: word, subPath: word }), { maxLength: 2 }), ports: fc.array(fc.record({ containerPort: int, name: word }), { maxLength: 2 }) }, { requiredKeys: [] })
    const spec = fc.record({
      parallelism: int, completions: int, backoffLimit: int, backoffLimitPerIndex: int, maxFailedIndexes: int, completionMode: word,
      manualSelector: fc.boolean(), suspend: fc.boolean(), podReplacementPolicy: word,
      selector: fc.record({ matchLabels: fc.dictionary(word, word), matchExpressions: fc.array(fc.record({ key: word, operator: word, values: fc.array(word) }), { maxLength: 2 }) }, { requiredKeys: [] }),
      podFailurePolicy: fc.record({ rules: fc.array(fc.record({ action: word, onExitCodes: fc.record({ operator: word, values: fc.array(int) }, { requiredKeys: [] }),
        onPodConditions: fc.array(fc.record({ type: word, status: word }, { requiredKeys: [] })) }, { requiredKeys: [] }), { maxLength: 2 }) }),
      successPolicy: fc.record({ rules: fc.array(fc.record({ succeededIndexes: word, succeededCount: int }, { requiredKeys: [] }), { maxLength: 2 }) }),
      template: fc.record({ metadata: fc.record({ labels: fc.dictionary(word, word) }), spec: fc.record({ restartPolicy: word, subdomain: word,
        containers: fc.array(container, { maxLength: 2 }), initContainers: fc.array(container, { maxLength: 1 }),
        volumes: fc.array(fc.record({ name: word, hostPath: fc.record({ path: word, type: word }, { requiredKeys: [] }) }, { requiredKeys: [] }), { maxLength: 2 }) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
    }, { requiredKeys: [] })
    fc.assert(fc.property(word, spec, (name, s) => {
      expect(() => admit({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec: s })).not.toThrow()
    }), { numRuns: 500 })
  })
})
