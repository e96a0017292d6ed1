import { describe, expect, it } from 'vitest'
import { parseGoDuration } from './goDuration'

describe('parseGoDuration', () => {
  it.each([['30s', 30_000], ['1m30s', 90_000], ['500ms', 500], ['1h', 3_600_000], ['0', 0], ['-1s', -1000], ['1.5s', 1500]])('%s', (t, v) => {
    expect(parseGoDuration(t)).toBe(v)
  })
  it.each(['', '30', 'soon', '1x'])('refuses %j', (t) => expect(parseGoDuration(t)).toBeNull())
})
