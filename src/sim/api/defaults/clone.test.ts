import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clone } from './clone'

describe('clone', () => {
  it('matches a JSON round trip for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(JSON.stringify(clone(v))).toBe(JSON.stringify(JSON.parse(JSON.stringify(v))))
      expect(clone(v)).toEqual(JSON.parse(JSON.stringify(v)))
    }), { numRuns: 500 })
  })
  it('drops undefined fields, turns undefined array items into null, and shares nothing', () => {
    const src = { a: 1, b: undefined, c: [1, undefined, { d: 2 }] }
    const out = clone(src)
    expect(out).toEqual({ a: 1, c: [1, null, { d: 2 }] })
    expect('b' in out).toBe(false)
    expect(out.c).not.toBe(src.c)
  })
})
