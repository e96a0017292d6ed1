// Expansion as busybox ash does it; expected outputs follow POSIX sh / busybox behaviour.
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

const out = (script: string, o = {}) => run(script, o).stdout

describe('quoting', () => {
  it('keeps single-quoted text literal and expands inside double quotes', () => {
    expect(out(`x=hi; echo '$x' "$x" "\\$x" \\$x`)).toBe('$x hi $x $x\n')
    expect(out(`echo "a'b" 'a"b' a\\ b`)).toBe(`a'b a"b a b\n`)
    expect(out(`echo "tab\\there"`)).toBe('tab\\there\n')
    expect(out('echo "" x ""; echo $unset x')).toBe(' x \nx\n')
  })

  it('joins lines ending in a backslash', () => {
    expect(out('echo a\\\nb')).toBe('ab\n')
  })
})

describe('parameters', () => {
  it('expands $VAR, ${VAR} and the defaults', () => {
    expect(out('x=1; echo $x ${x}y ${u:-d} ${u-d} ${e:-d} ${e-d}', { env: { e: '' } })).toBe('1 1y d d d\n')
    expect(out('echo ${u:=set} $u')).toBe('set set\n')
    expect(out('x=1; echo ${x:+alt} ${u:+alt}.')).toBe('alt .\n')
    expect(out('x=hello; echo ${#x} ${#u}')).toBe('5 0\n')
  })

  it('removes prefixes and suffixes by pattern', () => {
    expect(out('f=/data/message.txt; echo ${f##*/} ${f#*/} ${f%.txt} ${f%%/*}.')).toBe('message.txt data/message.txt /data/message .\n')
    expect(out('f=a.b.c; echo ${f%.*} ${f%%.*} ${f#*.} ${f##*.}')).toBe('a.b a b.c c\n')
  })

  it('takes substrings and replaces (bash extensions busybox has)', () => {
    expect(out('x=abcdef; echo ${x:2} ${x:1:3} ${x: -2}')).toBe('cdef bcd ef\n')
    expect(out('x=a-b-c; echo ${x/-/+} ${x//-/+}')).toBe('a+b-c a+b+c\n')
  })

  it('gives the special parameters', () => {
    const r = run('echo $# "$1" "$2" $0; echo "$@"; echo "$*"; false; echo $?; echo $$', { positional: ['a b', 'c'] })
    expect(r.stdout).toBe('2 a b c sh\na b c\na b c\n1\n1\n')
  })

  it('expands "$@" to one field per parameter, and to nothing without parameters', () => {
    expect(out('for a in "$@"; do echo "[$a]"; done', { positional: ['a b', '', 'c'] })).toBe('[a b]\n[]\n[c]\n')
    expect(out('for a in "$@"; do echo x; done; echo end')).toBe('end\n')
    expect(out('for a in $@; do echo "[$a]"; done', { positional: ['a b', '', 'c'] })).toBe('[a]\n[b]\n[c]\n')
  })

  it('draws $RANDOM from the host in 0..32767', () => {
    const n = Number(out('echo $RANDOM').trim())
    expect(Number.isInteger(n) && n >= 0 && n <= 32767).toBe(true)
  })

  it('fails on ${x?} and set -u with ash messages and status 2', () => {
    const r = run('echo ${x?}; echo not reached')
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'sh: x: parameter not set\n', 2])
    expect(run('echo ${x:?}').stderr).toBe('sh: x: parameter not set or null\n')
    expect(run('echo ${x?custom message}').stderr).toBe('sh: x: custom message\n')
    expect(run('set -u; echo $nope').stderr).toBe('sh: nope: parameter not set\n')
  })
})

describe('command substitution', () => {
  it('runs $(...) and backquotes, dropping trailing newlines', () => {
    expect(out('x=$(echo hi; echo; echo); echo "[$x]"; echo `echo back`')).toBe('[hi]\nback\n')
    expect(out('echo "$(echo "nested $(echo deep)")"')).toBe('nested deep\n')
  })

  it('squeezes the double space of date only when unquoted (reference §10.1)', () => {
    expect(out('echo $(date)')).toBe('Sat Jan 3 01:46:00 UTC 2026\n')
    expect(out('echo "$(date)"')).toBe('Sat Jan  3 01:46:00 UTC 2026\n')
  })

  it('runs in a subshell: assignments do not leak, exit ends only the substitution', () => {
    expect(out('x=1; y=$(x=2; echo $x); echo $x $y')).toBe('1 2\n')
    expect(out('y=$(exit 3); echo $? $y.')).toBe('3 .\n')
  })
})

describe('arithmetic expansion', () => {
  it('evaluates with variables and assigns', () => {
    expect(out('i=3; echo $((i * 2 + 1)) $((i += 1)) $i $(( $i - 1 ))')).toBe('7 4 4 3\n')
  })

  it('ends the shell on an error (status 2)', () => {
    const r = run('echo $((1/0)); echo no')
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'sh: divide by zero\n', 2])
    expect(run('echo $((1+))').stderr).toBe('sh: arithmetic syntax error\n')
  })
})

describe('tilde and globbing', () => {
  it('expands ~ from HOME', () => {
    expect(out('echo ~ ~/x "~"', { env: { HOME: '/root' } })).toBe('/root /root/x ~\n')
  })

  it('globs unquoted patterns against the file system, sorted; no match stays literal', () => {
    const files = { '/data/b.txt': '', '/data/a.txt': '', '/data/.hidden.txt': '', '/data/c.log': '' }
    expect(out('echo /data/*.txt', { files })).toBe('/data/a.txt /data/b.txt\n')
    expect(out('cd /data; echo *.txt ?.log', { files })).toBe('a.txt b.txt c.log\n')
    expect(out('echo /data/*.nope "/data/*.txt"', { files })).toBe('/data/*.nope /data/*.txt\n')
    expect(out('set -f; echo /data/*.txt', { files })).toBe('/data/*.txt\n')
  })
})
