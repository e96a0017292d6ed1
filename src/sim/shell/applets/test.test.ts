// test / [ / [[ (POSIX test; busybox coreutils/test.c).
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

const st = (expr: string, files: Record<string, string> = {}) => run(`${expr}; echo $?`, { files }).stdout.trim()

describe('test and [', () => {
  it('compares strings and integers', () => {
    expect(st('[ a = a ]')).toBe('0')
    expect(st('[ a != a ]')).toBe('1')
    expect(st('[ 2 -lt 10 ]')).toBe('0')
    expect(st('[ 10 -le 2 ]')).toBe('1')
    expect(st('[ -n "" ]')).toBe('1')
    expect(st('[ -z "" ]')).toBe('0')
    expect(st('[ x ]')).toBe('0')
    expect(st('[ "" ]')).toBe('1')
    expect(st('[ ]')).toBe('1')
    expect(st('test b \\> a')).toBe('0')
  })

  it('combines with !, -a, -o and parentheses', () => {
    expect(st('[ ! a = b ]')).toBe('0')
    expect(st('[ a = a -a b = c ]')).toBe('1')
    expect(st('[ a = a -o b = c ]')).toBe('0')
    expect(st('[ \\( a = b -o 1 -eq 1 \\) -a x ]')).toBe('0')
    expect(st('[ -n ]')).toBe('0')
    expect(st('[ = = = ]')).toBe('0')
  })

  it('tests files', () => {
    const files = { '/d/f': 'x', '/d/empty': '' }
    expect(st('[ -e /d/f ]', files)).toBe('0')
    expect(st('[ -f /d ]', files)).toBe('1')
    expect(st('[ -d /d ]', files)).toBe('0')
    expect(st('[ -s /d/f ]', files)).toBe('0')
    expect(st('[ -s /d/empty ]', files)).toBe('1')
    expect(st('[ -e /nope ]', files)).toBe('1')
    expect(st('[ -x /bin/sh ]', files)).toBe('1')
  })

  it('reports syntax errors with status 2', () => {
    const r = run('[ 1 -eq 1')
    expect([r.stderr, r.status]).toEqual(['[: missing ]\n', 2])
    const n = run('[ a -eq 1 ]')
    expect([n.stderr, n.status]).toEqual(['[: a: bad number\n', 2])
    expect(st('[[ a = a ]]')).toBe('0')
  })
})
