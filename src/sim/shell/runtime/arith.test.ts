import { describe, expect, it } from 'vitest'
import { ArithError, arith } from './arith'

function calc(expr: string, vars: Record<string, string> = {}) {
  const v = { ...vars }
  const r = arith(expr, { get: (n) => v[n], set: (n, x) => (v[n] = x) })
  return { r: r.toString(), v }
}

describe('arith ($((...)))', () => {
  it('follows C precedence', () => {
    expect(calc('1 + 2 * 3').r).toBe('7')
    expect(calc('(1 + 2) * 3').r).toBe('9')
    expect(calc('2 ** 3 ** 2').r).toBe('512')
    expect(calc('-2 + 5 % 3').r).toBe('0')
    expect(calc('1 < 2 && 3 > 4 || 5 == 5').r).toBe('1')
    expect(calc('!0 + ~0').r).toBe('0')
    expect(calc('1 ? 2 : 3').r).toBe('2')
    expect(calc('7 / 2').r).toBe('3')
    expect(calc('-7 / 2').r).toBe('-3')
    expect(calc('1 << 4 | 1').r).toBe('17')
    expect(calc('').r).toBe('0')
  })

  it('reads and assigns variables', () => {
    expect(calc('i + 1', { i: '41' }).r).toBe('42')
    expect(calc('i + 1').r).toBe('1')
    const a = calc('i += 5', { i: '1' })
    expect([a.r, a.v.i]).toEqual(['6', '6'])
    const b = calc('i++', { i: '1' })
    expect([b.r, b.v.i]).toEqual(['1', '2'])
    const c = calc('--i', { i: '1' })
    expect([c.r, c.v.i]).toEqual(['0', '0'])
    expect(calc('x * 2', { x: '1 + 2', }).r).toBe('6')
    expect(calc('0x10 + 010').r).toBe('24')
  })

  it('wraps at 64 bits', () => {
    expect(calc('9223372036854775807 + 1').r).toBe('-9223372036854775808')
    expect(calc('2 ** 64').r).toBe('0')
  })

  it('reports busybox errors', () => {
    expect(() => calc('1 / 0')).toThrow(new ArithError('divide by zero'))
    expect(() => calc('1 +')).toThrow(new ArithError('arithmetic syntax error'))
    expect(() => calc('2 $ 3')).toThrow(ArithError)
    expect(() => calc('x', { x: 'x' })).toThrow(new ArithError('expression recursion loop detected'))
    expect(() => calc('('.repeat(500) + '1' + ')'.repeat(500))).toThrow(ArithError)
  })
})
