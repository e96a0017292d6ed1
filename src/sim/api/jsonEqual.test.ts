import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonEqual } from './jsonEqual'

describe('jsonEqual', () => {
  it('agrees with comparing sorted JSON for any two values', () => {
    const sorted = (v: unknown): unknown => Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      expect(jsonEqual(a, b)).toBe(JSON.stringify(sorted(a)) === JSON.stringify(sorted(b)))
      expect(jsonEqual(a, JSON.parse(JSON.stringify(a)))).toBe(true)
    }))
  })
  it('treats a missing field like an undefined one', () => {
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(jsonEqual([1], { 0: 1 })).toBe(false)
  })
})
