// podFailurePolicy against reference/job-controller.md §8 and upstream `pod_failure_policy.go`
// (`matchPodFailurePolicy`) and `job_controller.go` (`getFailJobMessage`, `nonIgnoredFailedPodsCount`).
import { describe, expect, it } from 'vitest'
import type { JobSpec } from '../../api/types'
import { harness } from './testing'

const policy = (...rules: NonNullable<JobSpec['podFailurePolicy']>['rules']): Partial<JobSpec> => ({ podFailurePolicy: { rules } })
const FAIL_ON_42 = policy({ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } })

describe('podFailurePolicy: FailJob', () => {
  it('fails the Job at once with reason PodFailurePolicy, naming container, pod, exit code and rule index', () => {
    const h = harness({ parallelism: 1, completions: 1, backoffLimit: 6, spec: FAIL_ON_42 })
    const [pod] = h.addPods({ phase: 'Failed', exitCode: 42 })
    h.sync()
    const message = `Container c for pod default/${pod!.metadata.name} failed with exit code 42 matching FailJob rule at index 0`
    // Nothing is running, so the interim and the terminal condition come in the same sync.
    expect(h.conditions()).toEqual([
      { type: 'FailureTarget', status: 'True', reason: 'PodFailurePolicy', message },
      { type: 'Failed', status: 'True', reason: 'PodFailurePolicy', message },
    ])
    expect(h.status()).toMatchObject({ active: 0, failed: 1 })
    expect(h.events().filter((e) => e.type === 'Warning')).toEqual([{ type: 'Warning', reason: 'PodFailurePolicy', message, count: 1 }])
    expect(h.job.status.completionTime).toBeUndefined()
  })

  it('deletes the other running pods, counts them as failed, and writes Failed only once they are gone', () => {
    const h = harness({ parallelism: 3, completions: 3, spec: FAIL_ON_42 })
    h.addPods({ phase: 'Failed', exitCode: 42 }, { phase: 'Running', count: 2 })
    const r = h.sync()
    expect(r.deleted).toHaveLength(2)
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 2, succeeded: 0, failed: 3 })
    expect(h.conditions().map((c) => c.type)).toEqual(['FailureTarget'])
    for (const p of r.deleted) p.status.phase = 'Failed'
    h.sync()
    expect(h.conditions().map((c) => c.type)).toEqual(['FailureTarget', 'Failed'])
  })

  it('names the rule by its position and matches pod conditions (DisruptionTarget) too', () => {
    const h = harness({ parallelism: 1, completions: 1, spec: policy(
      { action: 'Ignore', onExitCodes: { operator: 'In', values: [7] } },
      { action: 'FailJob', onPodConditions: [{ type: 'DisruptionTarget' }] },
    ) })
    const [pod] = h.addPods({ phase: 'Failed', exitCode: 1, podConditions: ['DisruptionTarget'] })
    h.sync()
    expect(h.conditions()[0]).toMatchObject({ reason: 'PodFailurePolicy', message: `Pod default/${pod!.metadata.name} has condition DisruptionTarget matching FailJob rule at index 1` })
  })

  it('restricts onExitCodes to containerName when given', () => {
    const h = harness({ parallelism: 1, completions: 1, containers: ['c', 'other'], spec: policy({ action: 'FailJob', onExitCodes: { containerName: 'other', operator: 'In', values: [42] } }) })
    h.addPods({ phase: 'Failed', exitCode: 42, finishedAgo: 60_000 })
    const r = h.sync()
    expect(h.conditions()).toEqual([])
    expect(r.created).toHaveLength(1)
    expect(h.status().failed).toBe(1)
  })

  it('NotIn matches any non-zero code outside the list', () => {
    const h = harness({ parallelism: 1, completions: 1, spec: policy({ action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [1, 2] } }) })
    h.addPods({ phase: 'Failed', exitCode: 3 })
    h.sync()
    expect(h.conditions().map((c) => c.type)).toEqual(['FailureTarget', 'Failed'])
  })

  it('records a decision naming the rule', () => {
    const h = harness({ parallelism: 1, completions: 1, spec: FAIL_ON_42 })
    h.addPods({ phase: 'Failed', exitCode: 42 })
    h.sync()
    const d = h.cluster.trace.events.find((e) => e.type === 'decision' && e.rule === 'job.pod-failure-policy.fail-job')
    expect(d).toMatchObject({ values: { rule: 0, exitCode: 42 } })
  })
})

describe('podFailurePolicy: Ignore and Count', () => {
  it('Ignore: the failure is not counted (failed stays 0), the finalizer comes off, the pod is replaced', () => {
    const h = harness({ parallelism: 1, completions: 1, backoffLimit: 0, spec: policy({ action: 'Ignore', onExitCodes: { operator: 'In', values: [42] } }) })
    h.addPods({ phase: 'Failed', exitCode: 42 })
    const r = h.sync()
    // backoffLimit 0 would fail the Job on the first counted failure; an ignored one does not.
    expect(h.conditions()).toEqual([])
    expect(r.created).toHaveLength(1)
    expect(r.finalizersRemoved).toBe(1)
    expect(h.status()).toMatchObject({ active: 1, failed: 0 })
  })

  it('Ignore still delays the replacement by the recreation backoff (the backoff record sees every failed pod)', () => {
    const h = harness({ parallelism: 1, completions: 1, spec: policy({ action: 'Ignore', onExitCodes: { operator: 'In', values: [42] } }) })
    h.addPods({ phase: 'Failed', exitCode: 42, finishedAgo: 0 })
    const r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(h.status().failed).toBe(0)
  })

  it('rules are tried in order: an earlier Count wins over a later FailJob', () => {
    const h = harness({ parallelism: 1, completions: 1, spec: policy(
      { action: 'Count', onExitCodes: { operator: 'In', values: [42] } },
      { action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [0] } },
    ) })
    h.addPods({ phase: 'Failed', exitCode: 42 })
    h.sync()
    expect(h.conditions()).toEqual([])
    expect(h.status().failed).toBe(1)
  })

  it('no matching rule: the failure counts as without a policy, and backoffLimit applies', () => {
    const h = harness({ parallelism: 1, completions: 1, backoffLimit: 0, spec: FAIL_ON_42 })
    h.addPods({ phase: 'Failed', exitCode: 1 })
    h.sync()
    expect(h.conditions().map((c) => c.reason)).toEqual(['BackoffLimitExceeded', 'BackoffLimitExceeded'])
  })

  it('forces podReplacementPolicy Failed by default', () => {
    const h = harness({ parallelism: 1, completions: 1, spec: FAIL_ON_42 })
    expect(h.job.spec.podReplacementPolicy).toBe('Failed')
  })
})
