import { describe, expect, it } from 'vitest'
import { run } from '../../testing'

const out = (script: string, o = {}) => run(script, o).stdout

describe('builtins', () => {
  it('cd and pwd keep PWD and OLDPWD', () => {
    expect(out('mkdir -p /a/b; cd /a/b; pwd; echo $PWD; cd ..; pwd; cd -; echo $OLDPWD')).toBe('/a/b\n/a/b\n/a\n/a/b\n/a\n')
    expect(out('cd; pwd', { env: { HOME: '/root' }, files: { '/root/.profile': '' } })).toBe('/root\n')
  })

  it('export makes variables visible to commands; unset removes them', () => {
    expect(out('x=1; env | grep ^x=; export x; env | grep ^x=; unset x; echo "[$x]"')).toBe('x=1\n[]\n')
    expect(out('y=2 env | grep ^y=; echo "[$y]"')).toBe('y=2\n[]\n')
  })

  it('readonly refuses changes', () => {
    const r = run('readonly r=1; r=2; echo no')
    expect([r.stdout, r.stderr, r.status]).toEqual(['', 'sh: r: is read only\n', 2])
  })

  it('set sets options and positional parameters', () => {
    expect(out('set -- a b c; echo $# $2; set x; echo $#')).toBe('3 b\n1\n')
    expect(run('set -x; echo hi').stderr).toBe('+ echo hi\n')
    expect(run('set -Z').stderr).toBe('sh: set: line 1: illegal option -Z\n')
  })

  it('shift drops parameters; too many leaves them and returns 1', () => {
    expect(out('shift; echo $@; shift 5; echo $? $@', { positional: ['a', 'b', 'c'] })).toBe('b c\n1 b c\n')
  })

  it('read splits a line on IFS, the last name takes the rest', () => {
    expect(out('echo "a b c d" | { read x y; echo "$x|$y"; }')).toBe('a|b c d\n')
    expect(out('echo "a:b" | { IFS=: read x y; echo "$x|$y"; }')).toBe('a|b\n')
    expect(out('read x; echo $? "[$x]"')).toBe('1 []\n')
    expect(out('printf "no newline" | { read x; echo $? "$x"; }')).toBe('1 no newline\n')
    expect(out("printf 'a\\\\\\nb\\n' | { read x; echo \"$x\"; }")).toBe('ab\n')
    expect(out("printf 'a\\\\b\\n' | { read -r x; echo \"$x\"; }")).toBe('a\\b\n')
  })

  it('eval and . run text in this shell', () => {
    expect(out('eval "x=1; echo \\$x"; echo $x')).toBe('1\n1\n')
    expect(out('. /lib.sh; echo $lib', { files: { '/lib.sh': 'lib=loaded\n' } })).toBe('loaded\n')
    const bad = run('eval "if"; echo no')
    expect([bad.stderr, bad.status]).toEqual(['sh: syntax error: unexpected end of file (expecting "then")\n', 2])
  })

  it('exec runs a command and ends the shell with its status', () => {
    const r = run('exec sh -c "echo in; exit 5"; echo no')
    expect([r.stdout, r.status]).toEqual(['in\n', 5])
  })

  it('trap EXIT runs when the shell ends', () => {
    const r = run('trap "echo bye" EXIT; echo hi; exit 3')
    expect([r.stdout, r.status]).toEqual(['hi\nbye\n', 3])
  })

  it('command -v and type say what a name is', () => {
    expect(out('f() { :; }; command -v cd f echo nope; echo $?')).toBe('cd\nf\n/bin/echo\n1\n')
    expect(out('type cd echo')).toBe('cd is a shell builtin\necho is /bin/echo\n')
  })

  it('let and : evaluate for side effects', () => {
    expect(out('let x=2*3; echo $x; let 0; echo $?; : ${y:=7}; echo $y')).toBe('6\n1\n7\n')
  })

  it('nested sh -c gets its own $0 and parameters and the exported environment', () => {
    expect(out('export A=1; B=2; sh -c \'echo $0 $1 $A $B.\' name arg')).toBe('name arg 1 .\n')
    expect(run('sh -c "exit 7"; echo $?').stdout).toBe('7\n')
  })
})

describe('exec with only redirections', () => {
  it('redirects the rest of the script', () => {
    const r = run('echo before; exec >/log 2>&1; echo after; ls /nope\necho next line')
    expect(r.stdout).toBe('before\n')
    expect(r.fake.fs.readFile('/log')).toEqual({ ok: true, value: 'after\nls: /nope: No such file or directory\nnext line\n' })
  })

  it('stays inside a subshell', () => {
    const r = run('(exec >/log; echo in); echo out')
    expect(r.stdout).toBe('out\n')
    expect(r.fake.fs.readFile('/log')).toEqual({ ok: true, value: 'in\n' })
  })
})
