// A Job's pod evicted through the Eviction API (reference/job-controller.md §8, eviction.go): the
// pod gets DisruptionTarget, the kubelet kills it after the grace period (busybox ignores SIGTERM:
// exit 137) and it ends Failed. Without a podFailurePolicy the default podReplacementPolicy
// (TerminatingOrFailed) counts it as failed as soon as it is terminating and replaces it at once;
// an `onPodConditions: [{type: DisruptionTarget}]` Ignore rule does not count it, and (the policy
// forcing podReplacementPolicy Failed) replaces it only once it has failed.
import { describe, expect, it } from 'vitest'
import type { Job } from '../../api/types'
import { Cluster } from '../../cluster'
import { jobObject } from '../../testing/simulate'

const EVICT_AT = 8000

function run(policy: Job['spec']['podFailurePolicy'] | undefined, until: number) {
  const c = new Cluster({ seed: 2 })
  const job = jobObject('d', { containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'sleep 120'] }], ...(policy ? { podFailurePolicy: policy } : {}) })
  c.api.create(job)
  let evicted = ''
  c.kernel.at(EVICT_AT, () => {
    const pod = c.api.list('Pod', 'default')[0]!
    evicted = pod.metadata.name
    expect(c.api.evict(pod.metadata.name, 'default').ok).toBe(true)
  })
  c.run(until)
  const rows = c.trace.events.filter((e) => e.type === 'pod')
  return { c, evicted: () => evicted, job: c.api.get('Job', 'd')!, rows }
}

describe('an evicted Job pod', () => {
  it('carries DisruptionTarget and a deletionTimestamp one grace period ahead', () => {
    const { c, evicted } = run(undefined, EVICT_AT + 500)
    const pod = c.api.get('Pod', evicted())!
    expect(pod.status.conditions?.find((x) => x.type === 'DisruptionTarget')).toEqual({ type: 'DisruptionTarget', status: 'True', lastTransitionTime: EVICT_AT, reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' })
    expect(pod.metadata.deletionTimestamp).toBe(EVICT_AT + 30_000)
  })

  it('is killed at the end of the 30 s grace period and ends Failed with exit code 137', () => {
    const { rows, evicted } = run(undefined, 60_000)
    const last = rows.filter((r) => r.type === 'pod' && r.name === evicted()).at(-1)!
    expect(last).toMatchObject({ phase: 'Failed', exitCodes: { c: 137 }, deleted: true })
    expect(last.at).toBeGreaterThanOrEqual(EVICT_AT + 30_000)
  })

  it('counts as a failure at once without a podFailurePolicy, and is replaced before it stops', () => {
    const { c, job, evicted } = run(undefined, EVICT_AT + 2500)
    expect(job.status.failed).toBe(1)
    // The replacement waits out the first failure's 10 s pod backoff, not the 30 s grace period.
    c.run(EVICT_AT + 12_500)
    expect(c.api.list('Pod', 'default').filter((p) => p.metadata.name !== evicted()).length).toBe(1)
  })

  it('is not counted under an Ignore rule on DisruptionTarget, and is replaced only after it failed', () => {
    const policy: Job['spec']['podFailurePolicy'] = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] }
    const { c, job, evicted } = run(policy, EVICT_AT + 29_000)
    expect(c.api.list('Pod', 'default').map((p) => p.metadata.name)).toEqual([evicted()])
    c.run(EVICT_AT + 45_000)
    expect(job.status.failed ?? 0).toBe(0)
    expect(c.api.list('Pod', 'default').filter((p) => p.metadata.name !== evicted()).length).toBe(1)
  })
})
