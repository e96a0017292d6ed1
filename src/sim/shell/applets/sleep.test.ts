// busybox sleep: fractions, s/m/h/d suffixes, several arguments added, infinity (reference §10.2).
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

describe('sleep', () => {
  it('yields one wait of the total in milliseconds', () => {
    expect(run('sleep 10').sleeps).toEqual([10_000])
    expect(run('sleep 0.5').sleeps).toEqual([500])
    expect(run('sleep 1m 30s 2').sleeps).toEqual([92_000])
    expect(run('sleep 1h').sleeps).toEqual([3_600_000])
    expect(run('sleep .25').sleeps).toEqual([250])
    expect(run('sleep 0; echo done').sleeps).toEqual([])
  })

  it('sleeps forever with infinity', () => {
    const r = run('sleep infinity; echo never')
    expect(r.sleeps).toEqual([Infinity])
    expect(r.status).toBeNull()
    expect(r.stdout).toBe('')
  })

  it('refuses bad input', () => {
    const r = run('sleep 5x')
    expect([r.stderr, r.status, r.sleeps]).toEqual(["sleep: invalid number '5x'\n", 1, []])
    expect(run('sleep').stderr).toContain('Usage: sleep [N]...')
  })

  it('works as /bin/sleep', () => {
    expect(run('/bin/sleep 3').sleeps).toEqual([3000])
  })
})
