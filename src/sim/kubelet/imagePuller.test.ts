import { describe, expect, it } from 'vitest'
import { Rng } from '../kernel/rng'
import { DEFAULT_TIMING } from '../timing'
import { ImagePuller } from './imagePuller'

// Pulls are serial on a node (`serializeImagePulls`); policy Always pulls every time, IfNotPresent
// only when the node does not have the image yet (reference kubectl-and-kubelet.md §4.3, §9.6).
describe('ImagePuller', () => {
  it('queues pulls one after another, the first one slow, the later ones quick', () => {
    const p = new ImagePuller(new Rng(1), DEFAULT_TIMING)
    const a = p.plan('busybox:1.36', 'IfNotPresent', 0)
    const b = p.plan('busybox:1.36', 'IfNotPresent', 0)
    expect(a.pulls && b.pulls).toBe(true)
    expect(b.start).toBe(a.end)
    expect(a.end - a.start).toBeGreaterThanOrEqual(DEFAULT_TIMING.pullUncachedMs[0])
    expect(b.end - b.start).toBeLessThanOrEqual(DEFAULT_TIMING.pullInFlightMs[1])
  })

  it('skips IfNotPresent pulls once the image is on the node, but never Always pulls', () => {
    const p = new ImagePuller(new Rng(1), DEFAULT_TIMING)
    p.done('busybox:1.36')
    expect(p.plan('busybox:1.36', 'IfNotPresent', 100)).toEqual({ pulls: false, start: 100, end: 100 })
    p.done('busybox')
    expect(p.plan('busybox', 'Always', 100).pulls).toBe(true)
    expect(p.has('busybox:latest')).toBe(true)
  })
})
