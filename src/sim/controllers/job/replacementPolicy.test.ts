// podReplacementPolicy against reference/job-controller.md §1.1, §3 (`isPodFailed`,
// `onlyReplaceFailedPods`, manageJob's `diff`) and quick-check 14: under TerminatingOrFailed a pod
// that merely got a deletionTimestamp is already a failure and is replaced at once; under Failed
// the controller waits until the pod has really failed.
import { describe, expect, it } from 'vitest'
import { harness, NOW } from './testing'

function deleteOne(h: ReturnType<typeof harness>) {
  const [pod] = h.addPods({ phase: 'Running', index: 0 })
  h.sync()
  h.cluster.api.delete('Pod', pod!.metadata.name, 'default')
  return pod!
}

describe('podReplacementPolicy', () => {
  it('TerminatingOrFailed (the default): a terminating pod counts as failed at once and is replaced after the 10 s backoff, while it still terminates', () => {
    const h = harness({ mode: 'Indexed', parallelism: 1, completions: 1 })
    expect(h.job.spec.podReplacementPolicy).toBe('TerminatingOrFailed')
    deleteOne(h)
    let r = h.sync()
    expect(h.status()).toMatchObject({ active: 0, terminating: 1, failed: 1 })
    // Its finish time is deletionTimestamp − grace period, i.e. now: the recreation backoff starts.
    expect(r.created).toHaveLength(0)
    expect(h.cluster.trace.events.find((e) => e.type === 'decision' && e.rule === 'job.backoff-wait')).toMatchObject({ values: { failures: 1, remainingMs: 10_000 } })
    h.cluster.kernel.now = (NOW + 10_000) as typeof h.cluster.kernel.now
    r = h.sync()
    expect(r.created.map((p) => p.metadata.annotations?.['batch.kubernetes.io/job-completion-index'])).toEqual(['0'])
    // The old pod (30 s grace) is still terminating: the two overlap.
    expect(h.status()).toMatchObject({ active: 1, terminating: 1, failed: 1 })
  })

  it('Failed: no replacement while the pod is terminating (its index is taken), and it is not counted yet', () => {
    const h = harness({ mode: 'Indexed', parallelism: 1, completions: 1, spec: { podReplacementPolicy: 'Failed' } })
    const pod = deleteOne(h)
    let r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(h.status()).toMatchObject({ active: 0, terminating: 1, failed: 0 })
    // The kubelet kills it: phase Failed. Now it is a failure, and the index gets a new pod.
    pod.status.phase = 'Failed'
    pod.status.containerStatuses![0]!.state = { terminated: { exitCode: 137, startedAt: 0, finishedAt: 0 } }
    r = h.sync()
    expect(r.created).toHaveLength(1)
    expect(h.status()).toMatchObject({ active: 1, terminating: 0, failed: 1 })
  })

  it('Failed on a NonIndexed Job: wantActive counts the terminating pod as taking a slot', () => {
    const h = harness({ parallelism: 2, completions: 4, spec: { podReplacementPolicy: 'Failed' } })
    h.addPods({ phase: 'Running', count: 2 })
    h.sync()
    const victim = h.pods()[0]!
    h.cluster.api.delete('Pod', victim.metadata.name, 'default')
    const r = h.sync()
    expect(r.created).toHaveLength(0)
    expect(h.status()).toMatchObject({ active: 1, terminating: 1, failed: 0 })
  })
})
