import { describe, expect, it } from 'vitest'
import type { Proc } from '../shell/types'
import { Kernel } from './kernel'

describe('Kernel', () => {
  it('runs timers in time order and stops when idle', () => {
    const k = new Kernel()
    const seen: string[] = []
    k.at(20, () => seen.push(`b@${k.now}`))
    k.at(10, () => seen.push(`a@${k.now}`))
    k.at(10, () => k.after(5, () => seen.push(`c@${k.now}`)))
    expect(k.run()).toBe('idle')
    expect(seen).toEqual(['a@10', 'c@15', 'b@20'])
  })

  it('resumes processes after sleeps and reports their exit status', () => {
    const k = new Kernel()
    const log: string[] = []
    function* proc(): Proc {
      log.push(`start@${k.now}`)
      yield { sleep: 1000 }
      log.push(`woke@${k.now}`)
      return 3
    }
    let exit: number | undefined
    k.spawn(proc(), (code) => (exit = code))
    k.run()
    expect(log).toEqual(['start@0', 'woke@1000'])
    expect(exit).toBe(3)
  })

  it('wakes a waiting process when its condition holds, or on timeout', () => {
    const k = new Kernel()
    let flag = false
    const results: [boolean | undefined, number][] = []
    function* waiter(timeout: number): Proc<number> {
      const ok = yield { until: () => flag, timeout }
      results.push([ok, k.now])
      return 0
    }
    k.spawn(waiter(5000))
    k.spawn(waiter(500))
    k.at(2000, () => (flag = true))
    k.run()
    expect(results).toEqual([[false, 500], [true, 2000]])
  })

  it('kills a sleeping process at once, including `sleep infinity`', () => {
    const k = new Kernel()
    function* forever(): Proc {
      yield { sleep: Number.POSITIVE_INFINITY }
      return 0
    }
    const outcomes: [number | undefined, boolean][] = []
    const h = k.spawn(forever(), (code, killed) => outcomes.push([code, killed]))
    expect(k.run()).toBe('idle')
    h.kill()
    h.kill()
    expect(outcomes).toEqual([[undefined, true]])
  })

  it('stops at the horizon and at the event budget', () => {
    const tick = (k: Kernel) => k.after(1000, () => tick(k))
    const a = new Kernel({ horizonMs: 10_000, eventBudget: 1_000_000, workBudget: 1e9 })
    tick(a)
    expect(a.run()).toBe('horizon')
    expect(a.now).toBe(10_000)
    const b = new Kernel({ horizonMs: 1e12, eventBudget: 50, workBudget: 1e9 })
    tick(b)
    expect(b.run()).toBe('budget')
    expect(b.processed).toBe(50)
  })

  it('stops a run whose processes keep busy without waiting (work budget)', () => {
    const k = new Kernel({ horizonMs: 1e12, eventBudget: 1e9, workBudget: 50_000 })
    function* spin(): Proc {
      for (;;) yield { sleep: 1, work: 1000 }
    }
    k.spawn(spin())
    expect(k.run()).toBe('budget')
    expect(k.work).toBe(50_000)
  })

  it('runs up to a given time and can continue from there', () => {
    const k = new Kernel()
    const seen: number[] = []
    for (const t of [100, 200, 300]) k.at(t, () => seen.push(t))
    expect(k.run(200)).toBe('until')
    expect(seen).toEqual([100, 200])
    expect(k.run()).toBe('idle')
    expect(seen).toEqual([100, 200, 300])
  })
})
