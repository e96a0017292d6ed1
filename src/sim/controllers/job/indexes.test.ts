import { describe, expect, it } from 'vitest'
import { firstPendingIndexes, formatIntervals, parseIntervals } from './indexes'

// reference/job-controller.md §5.2 and the unit-test cases 11, 13 and 14 of §11.
describe('completed index intervals', () => {
  it.each([
    [[], ''],
    [[0, 1, 2], '0-2'],
    [[0, 1], '0,1'],
    [[0], '0'],
    [[2, 4, 5, 7, 8, 9], '2,4,5,7-9'],
    [[9, 8, 7, 5, 4, 2, 2], '2,4,5,7-9'],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], '0-11'],
  ])('%j → %j', (indexes, text) => {
    expect(formatIntervals(indexes)).toBe(text)
  })

  it('parses its own text and ignores indexes past completions', () => {
    expect([...parseIntervals('2,4,5,7-9', 100)]).toEqual([2, 4, 5, 7, 8, 9])
    expect([...parseIntervals('0-5', 3)]).toEqual([0, 1, 2])
    expect(parseIntervals(undefined, 3).size).toBe(0)
  })
})

describe('firstPendingIndexes', () => {
  it('picks the lowest free indexes (case 14: active 0,3; succeeded 2,4,5,7,8,9)', () => {
    expect(firstPendingIndexes(6, 20, new Set([0, 3]), new Set([2, 4, 5, 7, 8, 9]))).toEqual([1, 6, 10, 11, 12, 13])
  })
  it('never goes past completions', () => {
    expect(firstPendingIndexes(5, 3, new Set([1]))).toEqual([0, 2])
  })
})
