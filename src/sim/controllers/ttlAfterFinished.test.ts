// ttlSecondsAfterFinished (reference job-controller.md §7): the Job and its pods are deleted
// that many seconds after Complete — with foreground propagation, so the pods go first.
import { describe, expect, it } from 'vitest'
import { jobObject, runObjects } from '../testing/simulate'

describe('TTL-after-finished controller', () => {
  it('deletes a finished Job ttl seconds after Complete, pods before the Job', () => {
    const { of } = runObjects([jobObject('ttl', { ttlSecondsAfterFinished: 30, containers: [{ name: 'c', image: 'busybox:1.36', command: ['echo', 'hi'] }] })], 10 * 60_000)
    const complete = of('job').find((r) => r.status === 'Complete')!.at
    const deletes = of('delete')
    const podGone = deletes.find((d) => d.object.startsWith('Pod/'))!.at
    const jobGone = deletes.find((d) => d.object === 'Job/ttl')!.at
    expect(podGone - complete).toBeGreaterThanOrEqual(30_000)
    expect(podGone - complete).toBeLessThan(32_000)
    expect(jobGone).toBeGreaterThanOrEqual(podGone)
    // STATUS checks Complete before the deletion timestamp, so the Job still reads Complete (reference §3);
    // and the TTL controller records no Event.
    expect(of('job').filter((r) => r.at >= podGone - 1000).every((r) => r.status === 'Complete')).toBe(true)
    expect(of('event').some((e) => e.object === 'Job/ttl' && e.reason !== 'SuccessfulCreate' && e.reason !== 'Completed')).toBe(false)
  })

  it('leaves Jobs without the field alone', () => {
    const { of } = runObjects([jobObject('keep', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['echo', 'hi'] }] })], 10 * 60_000)
    expect(of('delete')).toEqual([])
  })
})
