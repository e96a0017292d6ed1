import { describe, expect, it } from 'vitest'
import { Builder, Mode } from './fields'

const split = (text: string, ifs = ' \t\n') => {
  const b = new Builder(Mode.Fields, ifs)
  b.expanded(text)
  b.finish()
  return b.fields.map((f) => f.text)
}

describe('field splitting (POSIX 2.6.5)', () => {
  it('collapses IFS white space and trims the ends', () => {
    expect(split('Sat Jan  3 01:46:00 UTC 2026')).toEqual(['Sat', 'Jan', '3', '01:46:00', 'UTC', '2026'])
    expect(split('  a \n b  ')).toEqual(['a', 'b'])
    expect(split('')).toEqual([])
  })

  it('makes empty fields between non-white-space separators', () => {
    expect(split('a::b', ':')).toEqual(['a', '', 'b'])
    expect(split(':a', ':')).toEqual(['', 'a'])
    expect(split('a : b', ' :')).toEqual(['a', 'b'])
  })

  it('does not split with an empty IFS or quoted text', () => {
    expect(split('a b', '')).toEqual(['a b'])
    const b = new Builder(Mode.Fields, ' ')
    b.quoted('a  b')
    b.quoted('')
    b.finish()
    expect(b.fields.map((f) => f.text)).toEqual(['a  b'])
  })

  it('notes glob patterns only for unquoted glob characters', () => {
    const b = new Builder(Mode.Fields, ' ')
    b.literal('/data/')
    b.quoted('*')
    b.finish()
    expect(b.fields[0]?.pat).toBeNull()
    const c = new Builder(Mode.Fields, ' ')
    c.quoted('a*')
    c.literal('*')
    c.finish()
    expect(c.fields[0]?.pat).toBe('a\\**')
  })
})
