import { describe, expect, it } from 'vitest'
import { deepEqual, mergePatch } from './merge'

describe('merge patches', () => {
  it('follows RFC 7386: objects merge, null deletes, arrays replace', () => {
    expect(mergePatch({ spec: { suspend: true, parallelism: 2 } }, { spec: { suspend: false } })).toEqual({ spec: { suspend: false, parallelism: 2 } })
    expect(mergePatch({ a: 1, b: 2 }, { a: null })).toEqual({ b: 2 })
    expect(mergePatch({ list: [1, 2] }, { list: [3] })).toEqual({ list: [3] })
  })

  it('merges containers by name in strategic mode', () => {
    const target = { containers: [{ name: 'a', image: 'busybox' }, { name: 'b', image: 'busybox' }] }
    expect(mergePatch(target, { containers: [{ name: 'b', image: 'busybox:1.36' }] }, true)).toEqual({
      containers: [{ name: 'a', image: 'busybox' }, { name: 'b', image: 'busybox:1.36' }],
    })
  })

  it('compares without caring for key order', () => {
    expect(deepEqual({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true)
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false)
  })
})
