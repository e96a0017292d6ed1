import { describe, expect, it } from 'vitest'
import { goJson, goQuote, goQuoteList, goStruct } from './goFormat'

describe('Go value rendering', () => {
  it('escapes HTML characters in JSON as encoding/json does', () => {
    expect(goJson({ k: '<a&b>' })).toBe('{"k":"\\u003ca\\u0026b\\u003e"}')
  })

  it('sorts map keys but keeps struct field order', () => {
    expect(goJson({ z: 1, a: [true, null] })).toBe('{"a":[true,null],"z":1}')
    expect(goStruct([['Z', 1], ['A', 'x']]).text).toBe('{"Z":1,"A":"x"}')
  })

  it('quotes lists like %q of a []string', () => {
    expect(goQuoteList(['In', 'NotIn'])).toBe('["In" "NotIn"]')
    expect(goQuote('\x01')).toBe('"\\x01"')
  })
})
