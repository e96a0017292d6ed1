// resource.Quantity's canonical String() (apimachinery `quantity.go`): the largest suffix that
// keeps the value whole, in the format it was written in; milli-units only when needed.
import { describe, expect, it } from 'vitest'
import { addQuantity, parseQuantity, quantityString, ZERO } from './quantity'

const canon = (s: string) => quantityString(parseQuantity(s))

describe('Quantity', () => {
  it('prints the canonical form', () => {
    expect(['100m', '4', '0.5', '1000m', '1500m', '50Mi', '1024Ki', '16365384Ki', '128M', '1000k', '0', '2Gi'].map(canon))
      .toEqual(['100m', '4', '500m', '1', '1500m', '50Mi', '1Mi', '16365384Ki', '128M', '1M', '0', '2Gi'])
  })

  it('adds, keeping the first operand\'s format', () => {
    expect(quantityString(addQuantity(parseQuantity('50Mi'), parseQuantity('64Mi')))).toBe('114Mi')
    expect(quantityString(addQuantity(addQuantity(ZERO, parseQuantity('100m')), parseQuantity('400m')))).toBe('500m')
  })
})
