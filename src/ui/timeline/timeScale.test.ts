import { describe, expect, it } from 'vitest'
import { formatTick, timeScale, timeTicks } from './timeScale'

describe('timeScale', () => {
  it('maps time to pixels and back', () => {
    const s = timeScale([0, 100_000], [200, 1200])
    expect(s.x(50_000)).toBe(700)
    expect(s.t(700)).toBe(50_000)
  })

  it('puts round ticks at readable spacing', () => {
    const s = timeScale([0, 261_000], [0, 800])
    const ticks = timeTicks(s, 72)
    expect(ticks.slice(0, 3)).toEqual([0, 30_000, 60_000])
    expect(ticks.map(formatTick).slice(0, 4)).toEqual(['0s', '30s', '1m', '1m30s'])
    expect(timeTicks(timeScale([1_000, 3_000], [0, 800]), 72)).toEqual([1_000, 1_250, 1_500, 1_750, 2_000, 2_250, 2_500, 2_750, 3_000])
  })
})
