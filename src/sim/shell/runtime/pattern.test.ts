import { describe, expect, it } from 'vitest'
import { escapePattern, hasMagic, matchPattern } from './pattern'

describe('matchPattern (fnmatch)', () => {
  it('matches *, ? and brackets', () => {
    expect(matchPattern('*.txt', 'message.txt')).toBe(true)
    expect(matchPattern('*.txt', 'message.txt.bak')).toBe(false)
    expect(matchPattern('a?c', 'abc')).toBe(true)
    expect(matchPattern('a?c', 'ac')).toBe(false)
    expect(matchPattern('[a-c]x', 'bx')).toBe(true)
    expect(matchPattern('[!a-c]x', 'bx')).toBe(false)
    expect(matchPattern('[[:digit:]]*', '7up')).toBe(true)
    expect(matchPattern('*', '')).toBe(true)
    expect(matchPattern('a*b*c', 'axxbyyc')).toBe(true)
    expect(matchPattern('a*b*c', 'axxbyy')).toBe(false)
    expect(matchPattern('[', '[')).toBe(true)
  })

  it('treats escaped characters literally', () => {
    expect(matchPattern('\\*', '*')).toBe(true)
    expect(matchPattern('\\*', 'x')).toBe(false)
    expect(matchPattern(escapePattern('a*[b]?'), 'a*[b]?')).toBe(true)
    expect(hasMagic(escapePattern('*?['))).toBe(false)
    expect(hasMagic('a*')).toBe(true)
  })
})
