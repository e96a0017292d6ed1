// restartPolicy OnFailure: the kubelet restarts a failing container in place, at once the first
// time, then after 10 s, 20 s, 40 s … (CrashLoopBackOff, reference kubectl-and-kubelet.md §9.3),
// retrying its sync every 10–15 s, so real gaps are ~11–16 s, ~21–31 s, ~41–55 s.
import { describe, expect, it } from 'vitest'
import { jobObject, runObjects } from '../testing/simulate'

describe('CrashLoopBackOff', () => {
  const { of } = runObjects([jobObject('crash', { backoffLimit: 100, restartPolicy: 'OnFailure', containers: [{ name: 'crash', image: 'busybox:1.36', command: ['sh', '-c', 'echo "attempt at $(date)"; exit 1'] }] })], 5 * 60_000)

  it('restarts at once, then backs off 10 s, 20 s, 40 s, 80 s …', () => {
    const waits = of('decision').filter((d) => d.rule === 'kubelet.crashloop-backoff').map((d) => d.values?.backoffMs)
    expect([...new Set(waits)].slice(0, 4)).toEqual([10_000, 20_000, 40_000, 80_000])
    const restarts = of('decision').filter((d) => d.rule === 'kubelet.restart')
    expect(restarts.length).toBeGreaterThanOrEqual(5)
  })

  it('records one back-off decision per exit, not one per pod sync', () => {
    const backoffs = of('decision').filter((d) => d.rule === 'kubelet.crashloop-backoff')
    expect(backoffs.slice(0, 4).map((d) => d.values?.backoffMs)).toEqual([10_000, 20_000, 40_000, 80_000])
    // each back-off follows a restart decision; restarts happen once the back-off has passed
    expect(backoffs.length).toBeLessThanOrEqual(of('decision').filter((d) => d.rule === 'kubelet.restart').length)
  })

  it('shows Error, then CrashLoopBackOff with the restart count, and gaps of 11–16 s then 21–31 s between attempts', () => {
    const rows = of('pod')
    expect(rows.some((r) => r.status === 'Error' && r.restarts === 0)).toBe(true)
    expect(rows.some((r) => r.status === 'CrashLoopBackOff' && r.restarts === 1)).toBe(true)
    const logs = of('log').map((l) => l.at)
    const gaps = logs.slice(1).map((t, i) => t - logs[i]!)
    // attempt 2 follows attempt 1 at once (plus the image check); attempt 3 waits out 10 s, attempt 4 20 s.
    expect(gaps[0]!).toBeLessThan(6000)
    expect(gaps[1]!).toBeGreaterThanOrEqual(10_000)
    expect(gaps[1]!).toBeLessThanOrEqual(16_000 + 4000)
    expect(gaps[2]!).toBeGreaterThanOrEqual(20_000)
    expect(gaps[2]!).toBeLessThanOrEqual(31_000 + 4000)
  })

  it('never makes a new pod: the restarts happen inside the same one', () => {
    expect(new Set(of('pod').map((r) => r.name)).size).toBe(1)
  })
})
