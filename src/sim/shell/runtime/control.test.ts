// Control flow and exit statuses (busybox ash semantics, reference §10.2).
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

const out = (script: string, o = {}) => run(script, o).stdout

describe('lists and exit status', () => {
  it('runs ; always, && and || short-circuit, ! negates', () => {
    expect(out('false; echo a; false && echo b; false || echo c; true && echo d; ! false && echo e')).toBe('a\nc\nd\ne\n')
  })

  it('exits with the status of the last command', () => {
    expect(run('true; false').status).toBe(1)
    expect(run('false; true').status).toBe(0)
    expect(run('exit 3; echo no').status).toBe(3)
    expect(run('exit 300').status).toBe(44)
    expect(run('false; exit').status).toBe(1)
  })

  it('keeps set -e off by default and honours it when set', () => {
    expect(run('false; echo still').stdout).toBe('still\n')
    const r = run('set -e; echo a; false; echo b')
    expect([r.stdout, r.status]).toEqual(['a\n', 1])
    expect(run('set -e; false || true; if false; then :; fi; ! true; false && true; echo alive').stdout).toBe('alive\n')
  })

  it('runs `cmd &` to completion in the foreground and sets $!', () => {
    const r = run('echo bg & echo fg; test -n "$!" && echo pid; wait $!; echo $?')
    expect(r.stdout).toBe('bg\nfg\npid\n0\n')
  })
})

describe('compound commands', () => {
  it('if / elif / else', () => {
    const script = 'for n in 1 2 3; do if [ $n = 1 ]; then echo one; elif [ $n = 2 ]; then echo two; else echo other; fi; done'
    expect(out(script)).toBe('one\ntwo\nother\n')
  })

  it('while, until, break and continue', () => {
    expect(out('i=0; while :; do i=$((i+1)); [ $i = 2 ] && continue; [ $i -gt 3 ] && break; echo $i; done')).toBe('1\n3\n')
    expect(out('i=0; until [ $i = 2 ]; do i=$((i+1)); echo $i; done')).toBe('1\n2\n')
    expect(out('for a in 1 2; do for b in x y; do [ $b = y ] && break 2; echo $a$b; done; done; echo end')).toBe('1x\nend\n')
    expect(out('for a in 1 2; do for b in x y; do continue 2; echo no; done; echo no; done; echo end')).toBe('end\n')
  })

  it('for without in loops over the positional parameters', () => {
    expect(out('for a; do echo $a; done', { positional: ['x', 'y'] })).toBe('x\ny\n')
  })

  it('case with patterns, alternatives and no match', () => {
    const script = 'for f in a.txt b.log c; do case $f in *.txt|*.md) echo text;; *.log) echo log;; *) echo other;; esac; done; case x in y) echo no;; esac; echo $?'
    expect(out(script)).toBe('text\nlog\nother\n0\n')
    expect(out('x="*"; case a in "$x") echo literal;; $x) echo pattern;; esac')).toBe('pattern\n')
  })

  it('groups run in the shell, subshells do not change it', () => {
    expect(out('x=1; { x=2; }; echo $x; (x=3; echo in $x); echo $x; (exit 4); echo $?')).toBe('2\nin 3\n2\n4\n')
    expect(out('cd /tmp 2>/dev/null || mkdir /tmp; (cd /tmp; pwd); pwd')).toBe('/tmp\n/\n')
  })

  it('functions take arguments, return, and keep locals local', () => {
    const script = 'f() { local x=inner; echo "$1-$2-$#"; return 4; }; x=outer; f a b; echo $? $x; g() { echo g; }; g'
    expect(out(script)).toBe('a-b-2\n4 outer\ng\n')
    expect(out('f() { echo $1; shift; echo $1; }; f 1 2; echo "$1"', { positional: ['top'] })).toBe('1\n2\ntop\n')
  })

  it('ends deep recursion with an error instead of overflowing', () => {
    const r = run('f() { f; }; f; echo after')
    expect(r.stderr).toBe('sh: recursion too deep\n')
    expect(r.status).toBe(2)
    expect(run('f() { echo $(f); }; f').stderr).toContain('recursion too deep')
    expect(run('x=\'eval "$x"\'; eval "$x"').stderr).toContain('recursion too deep')
  })
})

describe('never hangs', () => {
  it('yields 1 ms every 1000 commands of a busy loop', () => {
    const r = run('while true; do :; done', { maxSteps: 3 })
    expect(r.status).toBeNull()
    expect(r.sleeps).toEqual([1, 1, 1])
  })

  it('counts loop turns even when the loop runs no simple command', () => {
    const r = run('while case x in esac; do case y in esac; done', { maxSteps: 2 })
    expect(r.sleeps).toEqual([1, 1])
  })

  it('does not pause short scripts', () => {
    expect(run('for i in $(seq 1 500); do :; done').sleeps).toEqual([])
  })
})
