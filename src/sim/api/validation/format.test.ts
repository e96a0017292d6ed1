import { describe, expect, it } from 'vitest'
import { invalid, required } from './fieldError'
import { formatInvalid } from './format'

// reference/job-controller.md §2.1: "one cause → one line: `The Job "x" is invalid:
// spec.parallelism: Invalid value: -1: must be greater than or equal to 0`; several causes →
// header line `The Job "x" is invalid: ` then one line per cause prefixed with `* `"; duplicate
// causes dropped.
describe('formatInvalid', () => {
  const parallelism = invalid('spec.parallelism', -1, 'must be greater than or equal to 0')

  it('prints one cause on one line', () => {
    expect(formatInvalid('Job', 'x', [parallelism])).toBe('The Job "x" is invalid: spec.parallelism: Invalid value: -1: must be greater than or equal to 0')
  })

  it('prints a header with a trailing space and one bullet per cause', () => {
    const text = formatInvalid('Job', 'x', [parallelism, required('spec.selector')])
    expect(text.split('\n')).toEqual([
      'The Job "x" is invalid: ',
      '* spec.parallelism: Invalid value: -1: must be greater than or equal to 0',
      '* spec.selector: Required value',
    ])
  })

  it('drops repeated causes (which also turns two identical causes into one line)', () => {
    expect(formatInvalid('Job', 'x', [parallelism, parallelism])).toBe('The Job "x" is invalid: spec.parallelism: Invalid value: -1: must be greater than or equal to 0')
  })
})
