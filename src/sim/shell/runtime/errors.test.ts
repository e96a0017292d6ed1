// Error messages as busybox prints them under `sh -c` (no `line N:` except for builtins, which
// name themselves: shell/ash.c ash_vmsg), and their exit statuses.
import { describe, expect, it } from 'vitest'
import { run } from '../testing'
import { execArgv } from '../start'
import { drive, fakeHost } from '../testing'

describe('error messages', () => {
  it('command not found: 127', () => {
    const r = run('foo; echo $?')
    expect([r.stdout, r.stderr]).toEqual(['127\n', 'sh: foo: not found\n'])
    expect(run('/usr/bin/nope').stderr).toBe('sh: /usr/bin/nope: not found\n')
    expect(run('foo 2>/dev/null').stderr).toBe('')
  })

  it('uses $0 as the prefix, as ash does (`/bin/sh -c` prints /bin/sh:)', () => {
    const fake = fakeHost()
    let err = ''
    const started = execArgv(fake.host, ['/bin/sh', '-c', 'foo'], { env: new Map(), cwd: '/', io: { stdout: () => {}, stderr: (t) => (err += t) } })
    expect(started.ok).toBe(true)
    if (started.ok) expect(drive(fake.clock, started.proc).status).toBe(127)
    expect(err).toBe('/bin/sh: foo: not found\n')
  })

  it('syntax errors: status 2, after running the lines before', () => {
    const r = run('echo before\nif true; then echo x\n')
    expect([r.stdout, r.stderr, r.status]).toEqual(['before\n', 'sh: syntax error: unexpected end of file (expecting "fi")\n', 2])
    expect(run('echo a; fi').stdout).toBe('')
  })

  it('builtins name themselves and the line', () => {
    const r = run('echo x\ncd /nope; echo $?')
    expect([r.stdout, r.stderr]).toEqual(['x\n2\n', "sh: cd: line 2: can't cd to /nope: No such file or directory\n"])
    const e = run('exit abc; echo no')
    expect([e.stderr, e.status]).toEqual(['sh: exit: line 1: Illegal number: abc\n', 2])
    expect(run('export 1x=2').stderr).toBe('sh: export: line 1: 1x: bad variable name\n')
  })

  it('applet errors are worded as busybox applets', () => {
    expect(run('cat /nope').stderr).toBe("cat: can't open '/nope': No such file or directory\n")
    expect(run('sleep x').stderr).toBe("sleep: invalid number 'x'\n")
    expect(run('rm /nope').stderr).toBe("rm: can't remove '/nope': No such file or directory\n")
  })

  it('an out-of-control variable ends with out of memory instead of exhausting the page', () => {
    const r = run('x=0123456789; while :; do x=$x$x; done')
    expect(r.stderr).toBe('sh: out of memory\n')
    expect(r.status).toBe(2)
  })
})
