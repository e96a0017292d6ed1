// One sync at a time, against the cases of reference/job-controller.md §11 (upstream's
// TestControllerSyncJob and friends, restated for the default 1.32–1.34 feature gates).
import { describe, expect, it } from 'vitest'
import { harness, NOW } from './testing'

const SUCCESS = { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' }
const BACKOFF = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }
const DEADLINE = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' }
const reasons = (events: { reason: string; count: number }[]) => events.map((e) => e.reason)

describe('Job controller sync (reference §11)', () => {
  it('01 job start: creates parallelism pods and sets startTime', () => {
    const h = harness({ parallelism: 2, completions: 5 })
    const r = h.sync()
    expect(r.created).toHaveLength(2)
    expect(h.status()).toEqual({ active: 2, ready: 0, terminating: 0, succeeded: 0, failed: 0 })
    expect(h.job.status.startTime).toBe(NOW)
    expect(h.conditions()).toEqual([])
    expect(reasons(h.events())).toEqual(['SuccessfulCreate', 'SuccessfulCreate'])
  })

  it('02 too few active: one running and one succeeded → one more pod, finalizer removed', () => {
    const h = harness({ parallelism: 2, completions: 5 })
    h.addPods({ phase: 'Running' }, { phase: 'Succeeded' })
    const r = h.sync()
    expect(r.created).toHaveLength(1)
    expect(r.finalizersRemoved).toBe(1)
    expect(h.status()).toEqual({ active: 2, ready: 0, terminating: 0, succeeded: 1, failed: 0 })
  })

  it('03 too many active: deletes one, not counted as a failure', () => {
    const h = harness({ parallelism: 2, completions: 5 })
    h.addPods({ phase: 'Running', count: 3 })
    const r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(r.deleted).toHaveLength(1)
    expect(r.finalizersRemoved).toBe(1)
    expect(h.status()).toEqual({ active: 2, ready: 0, terminating: 1, succeeded: 0, failed: 0 })
    expect(reasons(h.events())).toEqual(['SuccessfulDelete'])
  })

  it('04 more active pods than remaining completions: deletes the extra one', () => {
    const h = harness({ parallelism: 3, completions: 4 })
    h.addPods({ phase: 'Running', count: 3 }, { phase: 'Succeeded', count: 2 })
    const r = h.sync()
    expect(r.deleted).toHaveLength(1)
    expect(r.finalizersRemoved).toBe(3)
    expect(h.status()).toEqual({ active: 2, ready: 0, terminating: 1, succeeded: 2, failed: 0 })
  })

  it('05 new failed pod (long ago): counted, replaced at once', () => {
    const h = harness({ parallelism: 2, completions: 5 })
    h.addPods({ phase: 'Running' }, { phase: 'Failed' })
    const r = h.sync()
    expect(r.created).toHaveLength(1)
    expect(r.finalizersRemoved).toBe(1)
    expect(h.status()).toEqual({ active: 2, ready: 0, terminating: 0, succeeded: 0, failed: 1 })
  })

  it('06 a failure just now delays the replacement by 10 s (requeue)', () => {
    const h = harness({ parallelism: 1, completions: 1 })
    h.addPods({ phase: 'Failed', finishedAgo: 0 })
    const r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(h.status().active).toBe(0)
    const wait = h.cluster.trace.events.find((e) => e.type === 'decision' && e.rule === 'job.backoff-wait')
    expect(wait).toMatchObject({ values: { failures: 1, backoffMs: 10_000, remainingMs: 10_000 } })
  })

  it('07 job finish: SuccessCriteriaMet, then Complete in the same sync, completionTime, Completed event', () => {
    const h = harness({ parallelism: 2, completions: 5 })
    h.addPods({ phase: 'Succeeded', count: 5 })
    const r = h.sync()
    expect(r.finalizersRemoved).toBe(5)
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 0, succeeded: 5, failed: 0 })
    expect(h.conditions()).toEqual([{ type: 'SuccessCriteriaMet', status: 'True', ...SUCCESS }, { type: 'Complete', status: 'True', ...SUCCESS }])
    expect(h.job.status.completionTime).toBe(NOW)
    expect(h.events().at(-1)).toMatchObject({ type: 'Normal', reason: 'Completed', message: 'Job completed' })
  })

  it('08 work queue: done when one pod succeeded and none is active, despite a failure', () => {
    const h = harness({ parallelism: 2, completions: null })
    h.addPods({ phase: 'Succeeded' }, { phase: 'Failed' })
    h.sync()
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 0, succeeded: 1, failed: 1 })
    expect(h.conditions().map((c) => c.type)).toEqual(['SuccessCriteriaMet', 'Complete'])
  })

  it('10 indexed start: the lowest indexes, with annotation, label, hostname and the index env var', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 5 })
    const r = h.sync()
    expect(r.created.map((p) => [p.metadata.generateName, p.spec.hostname, p.metadata.annotations?.['batch.kubernetes.io/job-completion-index'], p.metadata.labels?.['batch.kubernetes.io/job-completion-index']]))
      .toEqual([['foobar-0-', 'foobar-0', '0', '0'], ['foobar-1-', 'foobar-1', '1', '1']])
    expect(r.created[0]!.spec.containers[0]!.env).toContainEqual({ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } })
    expect(h.job.status.completedIndexes).toBe('')
  })

  it('11 indexed completed: distinct indexes count, completedIndexes 0-2', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 3 })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Failed', index: 1 }, { phase: 'Succeeded', index: 1 }, { phase: 'Succeeded', index: 2 })
    const r = h.sync()
    expect(r.finalizersRemoved).toBe(4)
    expect(h.status()).toMatchObject({ active: 0, succeeded: 3, failed: 1 })
    expect(h.job.status.completedIndexes).toBe('0-2')
    expect(h.conditions().map((c) => c.type)).toEqual(['SuccessCriteriaMet', 'Complete'])
  })

  it('12 indexed, backoffLimit 0: FailureTarget, the running pod deleted and counted; Failed once it is gone', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 3, backoffLimit: 0 })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Failed', index: 1 }, { phase: 'Running', index: 2 })
    const r = h.sync()
    expect(r.deleted).toHaveLength(1)
    expect(r.finalizersRemoved).toBe(3)
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 1, succeeded: 1, failed: 2 })
    expect(h.job.status.completedIndexes).toBe('0')
    expect(h.conditions()).toEqual([{ type: 'FailureTarget', status: 'True', ...BACKOFF }])
    expect(reasons(h.events())).toEqual(['SuccessfulDelete'])
    // The pod stops: the next sync adds Failed and the Warning.
    const doomed = r.deleted[0]!
    doomed.status.phase = 'Failed'
    h.cluster.api.commit(doomed)
    h.sync()
    expect(h.conditions().map((c) => c.type)).toEqual(['FailureTarget', 'Failed'])
    expect(h.events().at(-1)).toMatchObject({ type: 'Warning', ...BACKOFF })
    expect(h.status().terminating).toBe(0)
  })

  it('13 indexed, an index succeeded twice: counted once, the next index started', () => {
    const h = harness({ mode: 'Indexed', parallelism: 2, completions: 3 })
    h.addPods({ phase: 'Succeeded', index: 0 }, { phase: 'Succeeded', index: 1 }, { phase: 'Succeeded', index: 1 })
    const r = h.sync()
    expect(r.created.map((p) => p.spec.hostname)).toEqual(['foobar-2'])
    expect(h.status()).toMatchObject({ active: 1, succeeded: 2, failed: 0 })
    expect(h.job.status.completedIndexes).toBe('0,1')
  })

  it('14 indexed: fills the lowest pending indexes', () => {
    const h = harness({ mode: 'Indexed', parallelism: 8, completions: 20 })
    h.addPods({ phase: 'Running', index: 0 }, { phase: 'Succeeded', index: 2 }, { phase: 'Pending', index: 3 }, { phase: 'Succeeded', index: 4 },
      { phase: 'Succeeded', index: 5 }, { phase: 'Succeeded', index: 7 }, { phase: 'Succeeded', index: 8 }, { phase: 'Succeeded', index: 9 })
    const r = h.sync()
    expect(r.created.map((p) => Number(p.spec.hostname!.split('-')[1]))).toEqual([1, 6, 10, 11, 12, 13])
    expect(h.job.status.completedIndexes).toBe('2,4,5,7-9')
    expect(h.status()).toMatchObject({ active: 8, succeeded: 6 })
  })

  it('15 suspend: running pods deleted without counting, Suspended condition and event', () => {
    const h = harness({ parallelism: 2, completions: 4, suspend: true })
    h.addPods({ phase: 'Running', count: 2 })
    const r = h.sync()
    expect(r.deleted).toHaveLength(2)
    expect(r.finalizersRemoved).toBe(2)
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 2, succeeded: 0, failed: 0 })
    expect(h.job.status.startTime).toBeUndefined()
    expect(h.conditions()).toEqual([{ type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended' }])
    expect(reasons(h.events())).toEqual(['SuccessfulDelete', 'SuccessfulDelete', 'Suspended'])
  })

  it('16 resume: Suspended flips to False (JobResumed), startTime reset, pods created', () => {
    const h = harness({ parallelism: 2, completions: 4 }, { conditions: [{ type: 'Suspended', status: 'True', reason: 'JobSuspended', message: 'Job suspended', lastProbeTime: 0, lastTransitionTime: 0 }] })
    const r = h.sync()
    expect(r.created).toHaveLength(2)
    expect(h.job.status.startTime).toBe(NOW)
    expect(h.conditions()).toEqual([{ type: 'Suspended', status: 'False', reason: 'JobResumed', message: 'Job resumed' }])
    expect(reasons(h.events())).toEqual(['Resumed', 'SuccessfulCreate', 'SuccessfulCreate'])
  })

  it('17 deadline passed with a running pod: FailureTarget, pod deleted and counted as failed', () => {
    const h = harness({ parallelism: 1, completions: 1, activeDeadlineSeconds: 10 }, { startTimeAgo: 15_000 })
    h.addPods({ phase: 'Running' })
    const r = h.sync()
    expect(r.deleted).toHaveLength(1)
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 1, succeeded: 0, failed: 1 })
    expect(h.conditions()).toEqual([{ type: 'FailureTarget', status: 'True', ...DEADLINE }])
  })

  it('18 deadline reached (10 s ≥ 10 s) before any pod: FailureTarget and Failed at once', () => {
    const h = harness({ parallelism: 1, completions: 1, activeDeadlineSeconds: 10 }, { startTimeAgo: 10_000 })
    const r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(h.conditions()).toEqual([{ type: 'FailureTarget', status: 'True', ...DEADLINE }, { type: 'Failed', status: 'True', ...DEADLINE }])
    expect(h.job.status.completionTime).toBeUndefined()
    expect(h.events()).toEqual([{ type: 'Warning', count: 1, ...DEADLINE }])
  })

  it('19 Never: failed 2 > backoffLimit 1 fails the Job; 1 failure does not', () => {
    const h = harness({ parallelism: 1, completions: 1, backoffLimit: 1 })
    h.addPods({ phase: 'Failed', count: 2 })
    h.sync()
    expect(h.status()).toMatchObject({ active: 0, failed: 2 })
    expect(h.conditions().map((c) => c.type)).toEqual(['FailureTarget', 'Failed'])
    expect(h.events().at(-1)).toMatchObject({ type: 'Warning', reason: 'BackoffLimitExceeded' })

    const one = harness({ parallelism: 1, completions: 1, backoffLimit: 1 })
    one.addPods({ phase: 'Failed' })
    expect(one.sync().created).toHaveLength(1)
    expect(one.conditions()).toEqual([])
  })

  it('20 OnFailure: restarts 1 ≥ backoffLimit 1 → FailureTarget, the pod deleted; below the limit nothing happens', () => {
    const h = harness({ parallelism: 1, completions: 1, backoffLimit: 1, restartPolicy: 'OnFailure' })
    h.addPods({ phase: 'Running', restarts: 1 })
    const r = h.sync()
    expect(r.deleted).toHaveLength(1)
    expect(h.status()).toEqual({ active: 0, ready: 0, terminating: 1, succeeded: 0, failed: 1 })
    expect(h.conditions()).toEqual([{ type: 'FailureTarget', status: 'True', ...BACKOFF }])

    const zero = harness({ parallelism: 1, completions: 1, backoffLimit: 0, restartPolicy: 'OnFailure' })
    zero.addPods({ phase: 'Running', restarts: 0 })
    zero.sync()
    expect(zero.conditions()).toEqual([])
    expect(zero.status().active).toBe(1)

    const two = harness({ parallelism: 2, completions: 2, backoffLimit: 3, restartPolicy: 'OnFailure' })
    two.addPods({ phase: 'Running', restarts: 1, count: 2 })
    two.sync()
    expect(two.conditions()).toEqual([])
    expect(two.status().active).toBe(2)
  })
})
