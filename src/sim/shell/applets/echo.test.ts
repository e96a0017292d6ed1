// busybox echo: -n, -e/-E, escapes only with -e (reference §10.2).
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

const out = (s: string) => run(s).stdout

describe('echo', () => {
  it('prints its arguments separated by spaces', () => {
    expect(out('echo a   b "c  d"')).toBe('a b c  d\n')
    expect(out('echo')).toBe('\n')
  })

  it('handles -n and leaves escapes alone without -e', () => {
    expect(out('echo -n hi; echo')).toBe('hi\n')
    expect(out("echo 'a\\nb'")).toBe('a\\nb\n')
    expect(out("echo -e 'a\\nb\\tc\\\\'")).toBe('a\nb\tc\\\n')
    expect(out("echo -e 'x\\0101\\x42'")).toBe('xAB\n')
    expect(out("echo -e 'stop\\cnot'; echo")).toBe('stop\n')
    expect(out("echo -ne 'a\\n'")).toBe('a\n')
    expect(out("echo -E 'a\\n'")).toBe('a\\n\n')
  })

  it('treats other dash words as text', () => {
    expect(out('echo -x -- -n')).toBe('-x -- -n\n')
    expect(out('echo -n -e')).toBe('')
  })
})
