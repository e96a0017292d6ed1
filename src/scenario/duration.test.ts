import { describe, expect, it } from 'vitest'
import { parseStepTime } from './duration'

describe('parseStepTime', () => {
  it.each([
    ['0s', 0], ['90s', 90_000], ['2m', 120_000], ['1m30s', 90_000], ['1h', 3_600_000], ['500ms', 500],
    ['1.5s', 1500], [' 10m ', 600_000], ['45', 45_000], [30, 30_000], [0.25, 250],
  ] as const)('%j → %i ms', (input, want) => {
    expect(parseStepTime(input)).toEqual({ ok: true, value: want })
  })

  it.each(['', 'soon', '10 minutes', '1m30', '-5s', '5x'])('refuses %j', (input) => {
    const r = parseStepTime(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain('90s, 2m, 1m30s')
  })

  it('refuses negative and non-finite numbers', () => {
    expect(parseStepTime(-1).ok).toBe(false)
    expect(parseStepTime(Number.POSITIVE_INFINITY).ok).toBe(false)
    expect(parseStepTime(null).ok).toBe(false)
  })
})
