import { describe, expect, it } from 'vitest'
import { errorBody, errorText, forbidden, invalid, notFound, notSupported, required, tooLong, tooMany, duplicate } from './fieldError'
import { GoRaw } from './goFormat'

// reference/job-controller.md §2.1: "Field error bodies (apimachinery field.Error.ErrorBody):
// `Required value[: detail]`, `Invalid value: <value>: <detail>` (ints/bools bare, strings quoted,
// ...), `Unsupported value: "<v>": supported values: "a", "b"`, `Duplicate value: ...`,
// `Too many: ...`, `Too long: ...`."
describe('errorBody', () => {
  it('renders Required with and without a detail', () => {
    expect(errorBody(required('spec.selector'))).toBe('Required value')
    expect(errorBody(required('spec.completions', 'when completion mode is Indexed'))).toBe('Required value: when completion mode is Indexed')
  })

  it('prints ints and bools bare and strings quoted', () => {
    expect(errorBody(invalid('spec.parallelism', -1, 'must be greater than or equal to 0'))).toBe('Invalid value: -1: must be greater than or equal to 0')
    expect(errorBody(invalid('x', true, 'd'))).toBe('Invalid value: true: d')
    expect(errorBody(invalid('spec.template.spec.restartPolicy', 'OnFailure', 'only "Never" is supported when podFailurePolicy is specified')))
      .toBe('Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified')
  })

  it('quotes strings the way Go %q does', () => {
    // strconv.Quote escapes quotes, backslashes and control characters, keeps printable Unicode.
    expect(errorBody(invalid('x', 'a"b\\c\nd\tü', 'd'))).toBe('Invalid value: "a\\"b\\\\c\\nd\\tü": d')
  })

  it('renders Unsupported with the quoted list of supported values', () => {
    expect(errorBody(notSupported('spec.completionMode', 'X', ['NonIndexed', 'Indexed'])))
      .toBe('Unsupported value: "X": supported values: "NonIndexed", "Indexed"')
  })

  it('renders maps and lists as JSON with sorted keys (apimachinery #132314, 1.34)', () => {
    expect(errorBody(invalid('l', { b: '2', a: '1' }, 'd'))).toBe('Invalid value: {"a":"1","b":"2"}: d')
    expect(errorBody(invalid('l', [3, 1], 'must be ordered'))).toBe('Invalid value: [3,1]: must be ordered')
    expect(errorBody(invalid('l', null, 'd'))).toBe('Invalid value: null: d')
    expect(errorBody(invalid('l', new GoRaw('{"Rules":null}'), 'd'))).toBe('Invalid value: {"Rules":null}: d')
  })

  it('omits the value for field.OmitValueType and for Forbidden and TooLong', () => {
    expect(errorBody(invalid('spec.podFailurePolicy.rules[0]', undefined, 'specifying one of OnExitCodes and OnPodConditions is required')))
      .toBe('Invalid value: specifying one of OnExitCodes and OnPodConditions is required')
    expect(errorBody(forbidden('spec.x', 'may not be set'))).toBe('Forbidden: may not be set')
    expect(errorBody(tooLong('metadata.annotations', 262144))).toBe('Too long: may not be more than 262144 bytes')
  })

  it('renders Duplicate, Too many and Not found', () => {
    expect(errorBody(duplicate('spec.containers[1].name', 'a'))).toBe('Duplicate value: "a"')
    expect(errorBody(tooMany('spec.podFailurePolicy.rules', 21, 20))).toBe('Too many: 21: must have at most 20 items')
    expect(errorBody(notFound('spec.containers[0].volumeMounts[0].name', 'data'))).toBe('Not found: "data"')
  })

  it('prefixes the field in errorText', () => {
    expect(errorText(invalid('spec.parallelism', -1, 'must be greater than or equal to 0'))).toBe('spec.parallelism: Invalid value: -1: must be greater than or equal to 0')
  })
})
