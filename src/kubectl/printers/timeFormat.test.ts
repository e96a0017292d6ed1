import { describe, expect, it } from 'vitest'
import { rfc1123z, rfc3339 } from './timeFormat'

// Expected text: the seed's describe times (`Fri, 02 Jan 2026 14:46:39 -0500`, shown here in UTC
// as DESIGN asks) and reference §4 (`Sat, 03 Jan 2026 01:46:29 +0000`).
describe('time formats', () => {
  const epoch = Date.UTC(2026, 0, 3, 1, 46, 0)

  it('prints RFC1123Z in UTC with two-digit days', () => {
    expect(rfc1123z(epoch, 29_000)).toBe('Sat, 03 Jan 2026 01:46:29 +0000')
    expect(rfc1123z(Date.UTC(2026, 0, 2, 19, 46, 0), 39_999)).toBe('Fri, 02 Jan 2026 19:46:39 +0000')
  })

  it('prints RFC3339 with whole seconds', () => {
    expect(rfc3339(epoch, 29_700)).toBe('2026-01-03T01:46:29Z')
  })
})
