// backoffLimitPerIndex and maxFailedIndexes against reference/job-controller.md §1.1, §1.3, §4.3
// and §8, and upstream `indexed_job_utils.go` / `backoff_utils.go`.
import { describe, expect, it } from 'vitest'
import { defaultJob } from '../../api/defaults/job'
import type { Job, JobSpec } from '../../api/types'
import { harness, NOW } from './testing'

const COUNT = 'batch.kubernetes.io/job-index-failure-count'
const IGNORED = 'batch.kubernetes.io/job-index-ignored-failure-count'
const perIndex = (limit: number, extra: Partial<JobSpec> = {}): Partial<JobSpec> => ({ backoffLimitPerIndex: limit, ...extra })
const annotations = (p: { metadata: { annotations?: Record<string, string> } }) => p.metadata.annotations ?? {}

describe('backoffLimitPerIndex', () => {
  it('defaults backoffLimit to MaxInt32 (2147483647) when set, 6 otherwise', () => {
    const base = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' }, spec: { completionMode: 'Indexed', completions: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } } } as const
    expect(defaultJob({ ...base, spec: { ...base.spec, backoffLimitPerIndex: 1 } } as unknown as Job).spec.backoffLimit).toBe(2147483647)
    expect(defaultJob(base as unknown as Job).spec.backoffLimit).toBe(6)
  })

  it('new pods carry job-index-failure-count "0" and no ignored count', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 2, spec: perIndex(1) })
    const r = h.sync()
    expect(r.created.map((p) => annotations(p)[COUNT])).toEqual(['0', '0'])
    expect(r.created.some((p) => IGNORED in annotations(p))).toBe(false)
    expect(h.job.status.failedIndexes).toBe('')
  })

  it('a failure under the limit: the index is retried after its own backoff, the replacement carries count 1', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 2, spec: perIndex(1) })
    const [, failedPod] = h.addPods({ phase: 'Running', index: 0 }, { phase: 'Failed', index: 1, finishedAgo: 4000, annotations: { [COUNT]: '0' } })
    let r = h.sync()
    // Per-index backoff: 10 s × 2^0 after the index's first failure; 4 s have passed.
    expect(r.created).toHaveLength(0)
    expect(h.cluster.trace.events.find((e) => e.type === 'decision' && e.rule === 'job.per-index-backoff-wait')).toMatchObject({ values: { remainingMs: 6000 } })
    // The failed pod keeps its finalizer until it has a replacement, so it is not counted yet.
    expect(r.finalizersRemoved).toBe(0)
    expect(h.status().failed).toBe(0)
    h.cluster.kernel.now = (NOW + 6000) as typeof h.cluster.kernel.now
    r = h.sync()
    expect(r.created.map((p) => [annotations(p)['batch.kubernetes.io/job-completion-index'], annotations(p)[COUNT]])).toEqual([['1', '1']])
    expect(h.status().failed).toBe(0)
    // Next sync: the index has an active pod again, so the failed one is counted and let go.
    r = h.sync()
    expect(r.finalizersRemoved).toBe(1)
    expect(h.status().failed).toBe(1)
    expect(failedPod!.metadata.finalizers ?? []).not.toContain('batch.kubernetes.io/job-tracking')
    expect(h.job.status.failedIndexes).toBe('')
  })

  it('the second retry of an index waits 20 s (count 1 + 1 failures)', () => {
    const h = harness({ mode: 'Indexed', parallelism: 1, completions: 1, spec: perIndex(3) })
    h.addPods({ phase: 'Failed', index: 0, finishedAgo: 15_000, annotations: { [COUNT]: '1' } })
    h.sync()
    expect(h.cluster.trace.events.find((e) => e.type === 'decision' && e.rule === 'job.per-index-backoff-wait')).toMatchObject({ values: { remainingMs: 5000 } })
  })

  it('a failure at the limit fails the index: never retried, listed in failedIndexes; FailedIndexes once all are done', () => {
    const h = harness({ mode: 'Indexed', parallelism: 3, completions: 3, spec: perIndex(1) })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Failed', index: 1, annotations: { [COUNT]: '1' } }, { phase: 'Running', index: 2 })
    const r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(h.job.status.failedIndexes).toBe('1')
    expect(h.status()).toMatchObject({ active: 1, succeeded: 1, failed: 1 })
    expect(h.conditions()).toEqual([])
    const running = h.pods().find((p) => p.status.phase === 'Running')!
    running.status.phase = 'Succeeded'
    running.status.containerStatuses![0]!.state = { terminated: { exitCode: 0, startedAt: 0, finishedAt: NOW } }
    h.sync()
    const why = { reason: 'FailedIndexes', message: 'Job has failed indexes' }
    expect(h.conditions()).toEqual([{ type: 'FailureTarget', status: 'True', ...why }, { type: 'Failed', status: 'True', ...why }])
    expect(h.job.status.completedIndexes).toBe('0,2')
    expect(h.events().filter((e) => e.type === 'Warning')).toEqual([{ type: 'Warning', ...why, count: 1 }])
  })

  it('more failed indexes than maxFailedIndexes: MaxFailedIndexesExceeded, the running pods are deleted', () => {
    const h = harness({ mode: 'Indexed', parallelism: 3, completions: 3, spec: perIndex(0, { maxFailedIndexes: 0 }) })
    h.addPods({ phase: 'Failed', index: 0, annotations: { [COUNT]: '0' } }, { phase: 'Running', index: 1 }, { phase: 'Running', index: 2 })
    const r = h.sync()
    expect(r.deleted).toHaveLength(2)
    expect(h.job.status.failedIndexes).toBe('0')
    expect(h.conditions()).toEqual([{ type: 'FailureTarget', status: 'True', reason: 'MaxFailedIndexesExceeded', message: 'Job has exceeded the specified maximal number of failed indexes' }])
    expect(h.status()).toMatchObject({ active: 0, terminating: 2, failed: 3 })
  })

  it('FailIndex (podFailurePolicy) fails the index on the first matching failure, below the limit', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 2, spec: perIndex(5, { podFailurePolicy: { rules: [{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [42] } }] } }) })
    h.addPods({ phase: 'Failed', index: 0, exitCode: 42, annotations: { [COUNT]: '0' } }, { phase: 'Running', index: 1 })
    const r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(h.job.status.failedIndexes).toBe('0')
  })

  it('an ignored failure raises the ignored count, not the failure count', () => {
    const h = harness({ mode: 'Indexed', parallelism: 1, completions: 1, spec: perIndex(0, { podFailurePolicy: { rules: [{ action: 'Ignore', onExitCodes: { operator: 'In', values: [42] } }] } }) })
    h.addPods({ phase: 'Failed', index: 0, exitCode: 42, annotations: { [COUNT]: '0' } })
    const r = h.sync()
    expect(r.created.map((p) => [annotations(p)[COUNT], annotations(p)[IGNORED]])).toEqual([['0', '1']])
    expect(h.job.status.failedIndexes).toBe('')
  })
})
