// busybox date (reference §10.1): default `%a %b %e %H:%M:%S %Z %Y` in UTC.
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

describe('date', () => {
  it('prints the simulated wall clock in the busybox default format', () => {
    expect(run('date').stdout).toBe('Sat Jan  3 01:46:00 UTC 2026\n')
    expect(run('date', { now: 29_000 }).stdout).toBe('Sat Jan  3 01:46:29 UTC 2026\n')
    // Day 31 has one space (two-digit %e).
    expect(run('date', { now: 28 * 86_400_000 }).stdout).toBe('Sat Jan 31 01:46:00 UTC 2026\n')
  })

  it('advances with simulated time', () => {
    expect(run('date +%T; sleep 90; date +%T').stdout).toBe('01:46:00\n01:47:30\n')
  })

  it('supports +FORMAT, -u, -R and -I', () => {
    expect(run('date +%Y-%m-%dT%H:%M:%S').stdout).toBe('2026-01-03T01:46:00\n')
    expect(run("date '+%s %j %u %w %y %e %k %I %p %Z %z %A %B %%'").stdout).toBe('1767404760 003 6 6 26  3  1 01 AM UTC +0000 Saturday January %\n')
    expect(run('date -u').stdout).toBe('Sat Jan  3 01:46:00 UTC 2026\n')
    expect(run('date -R').stdout).toBe('Sat, 03 Jan 2026 01:46:00 +0000\n')
    expect(run('date -I; date -Iseconds').stdout).toBe('2026-01-03\n2026-01-03T01:46:00+0000\n')
  })

  it('reads -d input', () => {
    expect(run('date -d @0 +%F').stdout).toBe('1970-01-01\n')
    expect(run('date -d "2026-02-01 10:00" "+%a %d"').stdout).toBe('Sun 01\n')
    const bad = run('date -d nonsense')
    expect([bad.stderr, bad.status]).toEqual(["date: invalid date 'nonsense'\n", 1])
  })

  it('cannot set the clock', () => {
    expect(run('date -s 2020-01-01').stderr).toBe("date: can't set date: Operation not permitted\n")
  })
})
