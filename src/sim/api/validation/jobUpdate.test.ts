import { describe, expect, it } from 'vitest'
import { clone } from '../defaults'
import type { Job } from '../types'
import { errorText } from './fieldError'
import { createdJob, jobYaml } from './fixtures'
import { formatInvalid } from './format'
import { validateJobUpdate } from './jobUpdate'

const stored = (spec: Record<string, unknown> = {}, pod: Record<string, unknown> = {}): Job => createdJob(jobYaml('x', spec, pod))
const change = (old: Job, f: (j: Job) => void): string[] => {
  const next = clone(old)
  f(next)
  return validateJobUpdate(old, next).map(errorText)
}

// reference/job-controller.md §2.3 ("Update rules").
describe('validateJobUpdate', () => {
  it('lets the mutable fields change', () => {
    const old = stored({ completions: 5, parallelism: 2 })
    expect(change(old, (j) => {
      j.spec.parallelism = 3
      j.spec.suspend = true
      j.spec.activeDeadlineSeconds = 90
      j.spec.backoffLimit = 1
      j.spec.ttlSecondsAfterFinished = 10
      j.spec.podReplacementPolicy = 'Failed'
      j.metadata.labels = { ...j.metadata.labels, team: 'a' }
      j.metadata.annotations = { note: 'x' }
    })).toEqual([])
  })

  it('keeps completions of a NonIndexed Job immutable', () => {
    // §2.3: "`spec.completions: Invalid value: 10: field is immutable`"
    expect(change(stored({ completions: 5 }), (j) => (j.spec.completions = 10))).toEqual(['spec.completions: Invalid value: 10: field is immutable'])
  })

  it('lets an Indexed Job change completions only in tandem with parallelism', () => {
    const old = stored({ completionMode: 'Indexed', completions: 5, parallelism: 5 })
    // §2.3: "`spec.completions: Invalid value: 10: can only be modified in tandem with spec.parallelism`"
    expect(change(old, (j) => (j.spec.completions = 10))).toEqual(['spec.completions: Invalid value: 10: can only be modified in tandem with spec.parallelism'])
    expect(change(old, (j) => {
      j.spec.completions = 10
      j.spec.parallelism = 10
    })).toEqual([])
  })

  it('keeps the template immutable once the Job can run', () => {
    const text = formatInvalid('Job', 'x', validateJobUpdate(stored(), (() => {
      const j = stored()
      j.spec.template.spec.containers[0]!.image = 'busybox:1.36'
      return j
    })()))
    // §2.3 / kubectl-and-kubelet.md §8: `The Job "x" is invalid: spec.template: Invalid value: …: field is immutable`
    expect(text).toMatch(/^The Job "x" is invalid: spec\.template: Invalid value: \{.*"Image":"busybox:1\.36".*\}: field is immutable$/)
  })

  it('lets a suspended, never-started Job change scheduling directives, labels and annotations', () => {
    const old = stored({ suspend: true })
    expect(change(old, (j) => {
      j.spec.template.spec.nodeSelector = { disk: 'ssd' }
      j.spec.template.spec.tolerations = [{ key: 'k', operator: 'Exists' }]
      j.spec.template.metadata = { ...j.spec.template.metadata, labels: { ...j.spec.template.metadata?.labels, extra: 'y' }, annotations: { a: 'b' } }
    })).toEqual([])
    expect(change(old, (j) => (j.spec.template.spec.containers[0]!.image = 'busybox:1.36'))[0]).toMatch(/^spec\.template: Invalid value: .*: field is immutable$/)
    const started = clone(old)
    started.status.startTime = 1000
    expect(change(started, (j) => (j.spec.template.spec.nodeSelector = { disk: 'ssd' }))[0]).toMatch(/^spec\.template: Invalid value: .*: field is immutable$/)
  })

  it('keeps selector, completionMode, podFailurePolicy, backoffLimitPerIndex, managedBy and successPolicy immutable', () => {
    const idx = stored({ completionMode: 'Indexed', completions: 3, backoffLimitPerIndex: 1 })
    expect(change(idx, (j) => (j.spec.backoffLimitPerIndex = 2))).toEqual(['spec.backoffLimitPerIndex: Invalid value: 2: field is immutable'])
    expect(change(idx, (j) => (j.spec.successPolicy = { rules: [{ succeededCount: 1 }] })))
      .toEqual(['spec.successPolicy: Invalid value: {"Rules":[{"SucceededIndexes":null,"SucceededCount":1}]}: field is immutable'])
    const plain = stored()
    expect(change(plain, (j) => (j.spec.managedBy = 'example.com/x'))).toEqual(['spec.managedBy: Invalid value: "example.com/x": field is immutable'])
    expect(change(plain, (j) => (j.spec.completionMode = 'Indexed'))).toContain('spec.completionMode: Invalid value: "Indexed": field is immutable')
    const sel = change(plain, (j) => (j.spec.selector = { matchLabels: { ...j.spec.selector?.matchLabels, extra: 'y' } }))
    expect(sel).toContain(`spec.selector: Invalid value: {"matchLabels":{"batch.kubernetes.io/controller-uid":"${plain.metadata.uid}","extra":"y"}}: field is immutable`)
    const pfp = change(plain, (j) => {
      j.spec.podFailurePolicy = { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] }
      j.spec.podReplacementPolicy = 'Failed'
    })
    expect(pfp).toEqual(['spec.podFailurePolicy: Invalid value: {"Rules":[{"Action":"FailJob","OnExitCodes":{"ContainerName":null,"Operator":"In","Values":[42]},"OnPodConditions":null}]}: field is immutable'])
  })

  it('still validates the new spec, each cause once', () => {
    const causes = change(stored(), (j) => (j.spec.parallelism = -1))
    expect(causes).toEqual(['spec.parallelism: Invalid value: -1: must be greater than or equal to 0'])
  })

  it('keeps the identity (uid) immutable', () => {
    expect(change(stored(), (j) => (j.metadata.uid = 'other'))).toContain('metadata.uid: Invalid value: "other": field is immutable')
  })
})
