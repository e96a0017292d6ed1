import { describe, expect, it } from 'vitest'
import { endIsRight, parseEndTime, score } from './score'
import type { Outcome } from './types'

const outcome: Outcome = {
  job: 'j', pods: 3, status: 'Failed', file: '/tmp/data/message.txt', lines: 0, end: 100_000, settledAt: 100_000,
  why: { pods: [{ text: 'create 3 pods', at: 0 }], status: [], lines: [], end: [] },
}

describe('scoring a prediction', () => {
  it('holds counts and the status exact', () => {
    const rows = score({ pods: 3, status: 'Complete', lines: 1 }, outcome, ['pods', 'status', 'lines', 'end'])
    expect(rows.map((r) => [r.question, r.right, r.actual])).toEqual([['pods', true, 3], ['status', false, 'Failed'], ['lines', false, 0]])
    expect(rows[0]?.why).toEqual([{ text: 'create 3 pods', at: 0 }])
  })
  it('only scores the questions asked and answered', () => {
    expect(score({ pods: 3, lines: 0 }, outcome, ['pods']).map((r) => r.question)).toEqual(['pods'])
  })
  it('takes an end time within ±10 % or ±5 s, whichever is larger', () => {
    expect(endIsRight(110_000, 100_000)).toBe(true)
    expect(endIsRight(110_001, 100_000)).toBe(false)
    expect(endIsRight(15_000, 10_000)).toBe(true)
    expect(endIsRight(15_001, 10_000)).toBe(false)
    expect(endIsRight('never', null)).toBe(true)
    expect(endIsRight('never', 10_000)).toBe(false)
    expect(endIsRight(10_000, null)).toBe(false)
  })
  it('reads end times as the scenario format writes them, or "never"', () => {
    expect(parseEndTime('1m30s')).toEqual({ ok: true, value: 90_000 })
    expect(parseEndTime(' 45 ')).toEqual({ ok: true, value: 45_000 })
    expect(parseEndTime('Never')).toEqual({ ok: true, value: 'never' })
    expect(parseEndTime('soon').ok).toBe(false)
  })
})
