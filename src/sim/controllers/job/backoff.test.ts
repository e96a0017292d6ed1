import { describe, expect, it } from 'vitest'
import { backoffDelay, remainingBackoff, updateBackoffRecord } from './backoff'

// reference/job-controller.md §4.3: 10 s × 2^(n−1), capped at 600 s; reset by a later success.
describe('pod recreation backoff', () => {
  it('doubles from 10 s and caps at 600 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffDelay(n, 10_000, 600_000) / 1000)).toEqual([10, 20, 40, 80, 160, 320, 600, 600, 600])
    expect(backoffDelay(0, 10_000, 600_000)).toBe(0)
  })

  it('counts failures and remembers the latest finish time', () => {
    const r = updateBackoffRecord({ failuresAfterLastSuccess: 1, lastFailureTime: 5000 }, [
      { failed: true, finishedAt: 9000 },
      { failed: true, finishedAt: 7000 },
    ])
    expect(r).toEqual({ failuresAfterLastSuccess: 3, lastFailureTime: 9000 })
    // case 06: one failure just now → wait 10 s
    expect(remainingBackoff({ failuresAfterLastSuccess: 1, lastFailureTime: 100_000 }, 100_000, 10_000, 600_000)).toBe(10_000)
    expect(remainingBackoff({ failuresAfterLastSuccess: 3, lastFailureTime: 100_000 }, 110_000, 10_000, 600_000)).toBe(30_000)
  })

  it('restarts the count after a success, keeping only later failures', () => {
    const r = updateBackoffRecord({ failuresAfterLastSuccess: 4, lastFailureTime: 1000 }, [
      { failed: true, finishedAt: 2000 },
      { failed: false, finishedAt: 3000 },
      { failed: true, finishedAt: 4000 },
    ])
    expect(r).toEqual({ failuresAfterLastSuccess: 1, lastFailureTime: 4000 })
    expect(updateBackoffRecord(r, [{ failed: false, finishedAt: 5000 }])).toEqual({ failuresAfterLastSuccess: 0, lastFailureTime: null })
  })
})
