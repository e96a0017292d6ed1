import { describe, expect, it } from 'vitest'
import type { TraceEvent } from '../../sim/trace/events'
import { countUntil, nextEventTime, previousEventTime } from './eventsUntil'

const at = (...times: number[]) => times.map((t): TraceEvent => ({ at: t, type: 'delete', object: `Pod/p${t}` }))

describe('event stepping', () => {
  const events = at(0, 10, 10, 20)
  it('counts events up to and including t', () => {
    expect([countUntil(events, -1), countUntil(events, 0), countUntil(events, 10), countUntil(events, 99)]).toEqual([0, 1, 3, 4])
  })
  it('finds the next and previous event times, skipping ties', () => {
    expect(nextEventTime(events, 0)).toBe(10)
    expect(nextEventTime(events, 10)).toBe(20)
    expect(nextEventTime(events, 20)).toBeNull()
    expect(previousEventTime(events, 20)).toBe(10)
    expect(previousEventTime(events, 10)).toBe(0)
    expect(previousEventTime(events, 0)).toBeNull()
  })
})
