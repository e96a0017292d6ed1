import { describe, expect, it } from 'vitest'
import { Rng } from './rng'

describe('Rng', () => {
  it('repeats itself for the same seed', () => {
    const a = new Rng(7)
    const b = new Rng(7)
    expect(Array.from({ length: 20 }, () => a.nextU32())).toEqual(Array.from({ length: 20 }, () => b.nextU32()))
  })

  it('differs between seeds and between forks', () => {
    expect(new Rng(1).nextU32()).not.toBe(new Rng(2).nextU32())
    const root = new Rng(1)
    expect(root.fork('names').nextU32()).not.toBe(root.fork('timing').nextU32())
    expect(root.fork('names').nextU32()).toBe(new Rng(1).fork('names').nextU32())
  })

  it('stays in range', () => {
    const r = new Rng(3)
    for (let i = 0; i < 2000; i++) {
      const x = r.next()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
      const k = r.between(2, 5)
      expect(k).toBeGreaterThanOrEqual(2)
      expect(k).toBeLessThanOrEqual(5)
    }
  })

  it('makes version-4 UUIDs and names from an alphabet', () => {
    const r = new Rng(9)
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(r.chars('bcd', 5)).toMatch(/^[bcd]{5}$/)
  })
})
