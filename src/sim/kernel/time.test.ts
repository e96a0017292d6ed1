import { describe, expect, it } from 'vitest'
import { addMs, formatOffset, ms, seconds } from './time'

describe('simulated time', () => {
  it('accepts integers only', () => {
    expect(ms(1500)).toBe(1500)
    expect(() => ms(1.5)).toThrow(RangeError)
    expect(() => ms(Number.NaN)).toThrow(RangeError)
  })
  it('converts seconds and adds offsets', () => {
    expect(seconds(2.5)).toBe(2500)
    expect(addMs(ms(1000), 250)).toBe(1250)
  })
  it('formats offsets for people', () => {
    expect(formatOffset(ms(0))).toBe('0s')
    expect(formatOffset(ms(4500))).toBe('4.5s')
    expect(formatOffset(ms(261_000))).toBe('4m21s')
    expect(formatOffset(ms(120_000))).toBe('2m')
    expect(formatOffset(ms(3_723_000))).toBe('1h2m3s')
  })
})
