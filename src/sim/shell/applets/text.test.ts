// Text applets: wc, head, tail, seq, grep (busybox output formats).
import { describe, expect, it } from 'vitest'
import { fakeHost, run } from '../testing'
import { runShell } from '../start'
import type { Wait } from '../types'

const files = { '/f': 'one two\nthree\nfour five six\n', '/g': 'x\n' }
const out = (s: string) => run(s, { files }).stdout

describe('wc', () => {
  it('pads columns unless exactly one count is asked for', () => {
    expect(out('wc -l < /f')).toBe('3\n')
    expect(out('wc -l /f')).toBe('3 /f\n')
    expect(out('wc /f')).toBe('        3         6        28 /f\n')
    expect(out('cat /f | wc')).toBe('        3         6        28\n')
    expect(out('wc -lw /f /g')).toBe('        3         6 /f\n        1         1 /g\n        4         7 total\n')
    expect(out('printf abc | wc -c')).toBe('3\n')
  })
})

describe('head and tail', () => {
  const ten = Array.from({ length: 12 }, (_, i) => `l${i + 1}\n`).join('')
  it('default to ten lines', () => {
    expect(run('head /t', { files: { '/t': ten } }).stdout).toBe(ten.split('\n').slice(0, 10).join('\n') + '\n')
    expect(run('tail /t', { files: { '/t': ten } }).stdout).toBe(ten.split('\n').slice(2, 12).join('\n') + '\n')
  })

  it('take -n N, -N and tail -n +N', () => {
    expect(out('head -n 2 /f')).toBe('one two\nthree\n')
    expect(out('head -1 /f')).toBe('one two\n')
    expect(out('tail -n 1 /f')).toBe('four five six\n')
    expect(out('tail -n +2 /f')).toBe('three\nfour five six\n')
    expect(out('head -c 3 /f')).toBe('one')
    expect(out('head -n 1 /f /g')).toBe('==> /f <==\none two\n\n==> /g <==\nx\n')
  })

  it('tail -f follows a file as it grows, waiting on its size', () => {
    const fake = fakeHost({ files: { '/v': 'start\n' } })
    let text = ''
    const proc = runShell(fake.host, { script: 'tail -f /v', env: new Map(), cwd: '/', io: { stdout: (t) => (text += t), stderr: () => {} } })
    const first = proc.next()
    expect(text).toBe('start\n')
    const w = first.value as Wait
    if (first.done || !('until' in w)) throw new Error('tail -f should wait for the file')
    expect(w.until()).toBe(false)
    fake.fs.writeFile('/v', 'more\n', true)
    expect(w.until()).toBe(true)
    expect(proc.next(true).done).toBe(false)
    expect(text).toBe('start\nmore\n')
  })
})

describe('seq', () => {
  it('counts like busybox', () => {
    expect(out('seq 3')).toBe('1\n2\n3\n')
    expect(out('seq 2 4')).toBe('2\n3\n4\n')
    expect(out('seq 10 -3 1')).toBe('10\n7\n4\n1\n')
    expect(out('seq 1 0.5 2')).toBe('1.0\n1.5\n2.0\n')
    expect(out('seq -w 8 10')).toBe('08\n09\n10\n')
    expect(out('seq -s , 3')).toBe('1,2,3\n')
    expect(out('seq 5 1')).toBe('')
    expect(run('seq x').stderr).toBe("seq: invalid number 'x'\n")
  })

  it('writes long sequences in chunks with pauses', () => {
    const r = run('seq 25000 | tail -n 1')
    expect(r.stdout).toBe('25000\n')
    expect(r.sleeps).toEqual([1, 1])
  })
})

describe('grep', () => {
  it('matches basic and extended expressions', () => {
    expect(out('grep t /f')).toBe('one two\nthree\n')
    expect(out('grep -v t /f')).toBe('four five six\n')
    expect(out('grep -c e /f')).toBe('3\n')
    expect(out('grep -n "^f" /f')).toBe('3:four five six\n')
    expect(out('grep -i THREE /f')).toBe('three\n')
    expect(out('grep -E "one|six" /f')).toBe('one two\nfour five six\n')
    expect(out('grep "one\\|six" /f')).toBe('one two\nfour five six\n')
    expect(out('grep -o "f[a-z]*" /f')).toBe('four\nfive\n')
    expect(out('grep -w fi /f; echo $?')).toBe('1\n')
    expect(out('grep -e one -e x /f /g')).toBe('/f:one two\n/f:four five six\n/g:x\n')
  })

  it('returns 0, 1 or 2', () => {
    expect(run('grep -q two /f; echo $?', { files }).stdout).toBe('0\n')
    expect(run('grep nothing /f; echo $?', { files }).stdout).toBe('1\n')
    const r = run('grep x /nope; echo $?', { files })
    expect([r.stdout, r.stderr]).toEqual(['2\n', "grep: can't open '/nope': No such file or directory\n"])
    expect(run('grep "a[" /f; echo $?', { files }).stdout).toBe('2\n')
  })
})
