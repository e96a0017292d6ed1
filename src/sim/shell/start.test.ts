// Starting processes from an argv (PID 1, kubectl exec) and from script text.
import { describe, expect, it } from 'vitest'
import { parseScript, runShell } from './index'
import { execArgv } from './start'
import { drive, fakeHost } from './testing'
import type { Applet } from './types'

function exec(argv: string[], o: { stdin?: string; files?: Record<string, string>; extra?: Record<string, Applet> } = {}) {
  const fake = fakeHost({ files: o.files ?? {}, ...(o.extra ? { extraCommands: o.extra } : {}) })
  let stdout = ''
  let stderr = ''
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), ...(o.stdin === undefined ? {} : { stdin: o.stdin }) }
  const started = execArgv(fake.host, argv, { env: new Map([['PATH', '/bin']]), cwd: '/', io })
  if (!started.ok) return { message: started.message }
  const d = drive(fake.clock, started.proc)
  return { status: d.status, stdout, stderr, sleeps: d.sleeps }
}

describe('execArgv', () => {
  it('runs sh -c SCRIPT NAME ARGS with $0 and parameters', () => {
    expect(exec(['sh', '-c', 'echo $0 $1 $#', 'name', 'a', 'b'])).toMatchObject({ status: 0, stdout: 'name a 2\n' })
    expect(exec(['/bin/sh', '-c', 'echo $0'])).toMatchObject({ stdout: '/bin/sh\n' })
    expect(exec(['sh', '-ec', 'false; echo no'])).toMatchObject({ status: 1, stdout: '' })
  })

  it('runs sh alone: reads stdin, or exits 0 without it', () => {
    expect(exec(['sh'])).toMatchObject({ status: 0, stdout: '' })
    expect(exec(['sh'], { stdin: 'echo from stdin; exit 4' })).toMatchObject({ status: 4, stdout: 'from stdin\n' })
    expect(exec(['sh', '-c'])).toMatchObject({ status: 2, stderr: 'sh: -c requires an argument\n' })
  })

  it('runs a script file', () => {
    expect(exec(['sh', '/s.sh', 'x'], { files: { '/s.sh': 'echo $0 $1\n' } })).toMatchObject({ stdout: '/s.sh x\n' })
    expect(exec(['/s.sh'], { files: { '/s.sh': '#!/bin/sh\necho shebang\n' } })).toMatchObject({ stdout: 'shebang\n' })
  })

  it('runs applets directly, by name or bin path', () => {
    expect(exec(['sleep', '60'])).toMatchObject({ status: 0, sleeps: [60_000] })
    expect(exec(['/bin/echo', 'hi'])).toMatchObject({ stdout: 'hi\n' })
    expect(exec(['/usr/bin/env'])).toMatchObject({ stdout: 'PATH=/bin\n' })
    expect(exec(['false'])).toMatchObject({ status: 1 })
  })

  it('fails like containerd for anything else', () => {
    expect(exec(['foo'])).toEqual({ message: 'exec: "foo": executable file not found in $PATH' })
    expect(exec(['/opt/foo'])).toEqual({ message: 'exec: "/opt/foo": stat /opt/foo: no such file or directory' })
    expect(exec([])).toEqual({ message: 'exec: "": executable file not found in $PATH' })
    expect(exec(['/s.txt'], { files: { '/s.txt': 'echo x' } })).toEqual({ message: 'exec: "/s.txt": exec format error' })
  })

  it('runs host commands (kubectl in the terminal) from argv and from scripts', () => {
    const kubectl: Applet = {
      name: 'kubectl',
      run(ctx, argv) {
        ctx.io.stdout(`kubectl ${argv.slice(1).join(' ')}\n`)
        return 0
      },
    }
    expect(exec(['kubectl', 'get', 'pods'], { extra: { kubectl } })).toMatchObject({ stdout: 'kubectl get pods\n' })
    expect(exec(['sh', '-c', 'kubectl get jobs | cat'], { extra: { kubectl } })).toMatchObject({ stdout: 'kubectl get jobs\n' })
    expect(exec(['sh', '-c', 'toString; __proto__; constructor'], { extra: { kubectl } })).toMatchObject({ status: 127 })
  })

  it('lets applets run command lines through ctx.sh', () => {
    const watch: Applet = {
      name: 'twice',
      *run(ctx, argv) {
        const sh = ctx.sh
        if (!sh) return 1
        yield* sh(argv.slice(1).join(' '), ctx.io)
        return yield* sh(argv.slice(1).join(' '), ctx.io)
      },
    }
    expect(exec(['sh', '-c', 'twice "echo \\$((1+1))"'], { extra: { twice: watch } })).toMatchObject({ stdout: '2\n2\n', status: 0 })
  })
})

describe('runShell and parseScript', () => {
  it('runs script text with positional parameters', () => {
    const fake = fakeHost()
    let out = ''
    const proc = runShell(fake.host, { script: 'echo "$@"; sleep 2', positional: ['a', 'b'], env: new Map(), cwd: '/', io: { stdout: (t) => (out += t), stderr: () => {} } })
    expect(drive(fake.clock, proc)).toMatchObject({ status: 0, sleeps: [2000] })
    expect(out).toBe('a b\n')
  })

  it('parses once and reports ash syntax errors', () => {
    const a = parseScript('echo hi')
    const b = parseScript('echo hi')
    expect(a.ok && b.ok && a.script === b.script).toBe(true)
    expect(parseScript('if true')).toEqual({ ok: false, error: 'syntax error: unexpected end of file (expecting "then")' })
  })
})
