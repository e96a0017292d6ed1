// busybox printf, C printf semantics.
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

const out = (s: string) => run(s).stdout

describe('printf', () => {
  it('formats strings and integers with widths and flags', () => {
    expect(out('printf "%s|%5s|%-5s|%.2s\\n" a b c defg')).toBe('a|    b|c    |de\n')
    expect(out('printf "%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x\\n" 42 42 42 42 42 255 255 8 255')).toBe('42|   42|42   |00042|+42|ff|FF|10|0xff\n')
    expect(out('printf "%d %d\\n" -3 "\'A"')).toBe('-3 65\n')
    expect(out('printf "%%|%c\\n" xyz')).toBe('%|x\n')
  })

  it('formats floating point numbers', () => {
    expect(out('printf "%.2f|%8.3f|%e|%g|%g\\n" 3.14159 2.5 12345.678 0.0001 100000')).toBe('3.14|   2.500|1.234568e+04|0.0001|100000\n')
  })

  it('reuses the format for the remaining arguments', () => {
    expect(out('printf "%s=%s\\n" a 1 b 2 c')).toBe('a=1\nb=2\nc=\n')
  })

  it('interprets escapes in the format and in %b only', () => {
    expect(out("printf 'a\\tb\\101\\n'")).toBe('a\tbA\n')
    expect(out("printf '%s|%b\\n' 'x\\ty' 'x\\ty'")).toBe('x\\ty|x\ty\n')
  })

  it('complains about bad numbers but goes on', () => {
    const r = run('printf "%d\\n" abc')
    expect([r.stdout, r.stderr, r.status]).toEqual(['0\n', "printf: invalid number 'abc'\n", 1])
  })

  it('clamps absurd widths', () => {
    expect(out('printf "%999999999s" x').length).toBe(10_000)
  })
})
