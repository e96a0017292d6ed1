import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EventQueue } from './eventQueue'
import { ms } from './time'

describe('EventQueue', () => {
  it('pops by time, then by insertion order', () => {
    const q = new EventQueue<string>()
    q.push(ms(20), 'c')
    q.push(ms(10), 'a')
    q.push(ms(20), 'd')
    q.push(ms(10), 'b')
    const out: string[] = []
    for (let e = q.pop(); e; e = q.pop()) out.push(e.item)
    expect(out).toEqual(['a', 'b', 'c', 'd'])
  })

  it('skips cancelled entries and counts only live ones', () => {
    const q = new EventQueue<string>()
    const a = q.push(ms(1), 'a')
    q.push(ms(2), 'b')
    q.cancel(a)
    q.cancel(a)
    expect(q.size).toBe(1)
    expect(q.peekTime()).toBe(2)
    expect(q.pop()?.item).toBe('b')
    expect(q.pop()).toBeUndefined()
  })

  it('matches a stable sort for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
        const q = new EventQueue<number>()
        times.forEach((t, i) => q.push(ms(t), i))
        const out: number[] = []
        for (let e = q.pop(); e; e = q.pop()) out.push(e.item)
        const expected = times.map((t, i) => [t, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([, i]) => i)
        expect(out).toEqual(expected)
      }),
    )
  })
})
