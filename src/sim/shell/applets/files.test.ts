// File applets: cat, touch, rm, mkdir, ls, tee.
import { describe, expect, it } from 'vitest'
import { run } from '../testing'

describe('cat', () => {
  it('concatenates files and stdin', () => {
    const files = { '/a': '1\n', '/b': '2\n' }
    expect(run('cat /a /b', { files }).stdout).toBe('1\n2\n')
    expect(run('echo in | cat /a - /b', { files }).stdout).toBe('1\nin\n2\n')
    expect(run('cat -n /a /b', { files }).stdout).toBe('     1\t1\n     2\t2\n')
  })

  it('reports missing files but prints the rest (status 1)', () => {
    const r = run('cat /nope /a', { files: { '/a': 'x\n' } })
    expect([r.stdout, r.stderr, r.status]).toEqual(['x\n', "cat: can't open '/nope': No such file or directory\n", 1])
    expect(run('mkdir /d; cat /d').stderr).toBe('cat: read error: Is a directory\n')
  })
})

describe('touch, mkdir, rm', () => {
  it('creates files and directories and removes them', () => {
    const r = run('mkdir -p /x/y; touch /x/y/f; ls /x/y; rm /x/y/f; ls /x/y; rm -r /x; ls /x; echo $?')
    expect(r.stdout).toBe('f\n1\n')
    expect(r.stderr).toBe('ls: /x: No such file or directory\n')
  })

  it('keeps the content of an existing file on touch', () => {
    expect(run('echo keep > /f; touch /f; cat /f').stdout).toBe('keep\n')
  })

  it('reports errors as busybox does', () => {
    expect(run('mkdir /a/b').stderr).toBe("mkdir: can't create directory '/a/b': No such file or directory\n")
    expect(run('mkdir /a; mkdir /a').stderr).toBe("mkdir: can't create directory '/a': File exists\n")
    expect(run('mkdir /a; rm /a').stderr).toBe("rm: '/a' is a directory\n")
    expect(run('rm -f /nope; echo $?').stdout).toBe('0\n')
    expect(run('touch /nope/f').stderr).toBe('touch: /nope/f: No such file or directory\n')
  })

  it('resolves relative paths against the working directory', () => {
    expect(run('mkdir /w; cd /w; touch f; ls /w; cat ./f; echo $?').stdout).toBe('f\n0\n')
  })
})

describe('ls', () => {
  const files = { '/d/b': 'bb', '/d/a': 'a', '/d/.h': '', '/d/sub/x': '' }
  it('lists one name per line, sorted, hiding dot files', () => {
    expect(run('ls /d', { files }).stdout).toBe('a\nb\nsub\n')
    expect(run('ls -a /d', { files }).stdout).toBe('.\n..\n.h\na\nb\nsub\n')
    expect(run('ls -A /d', { files }).stdout).toBe('.h\na\nb\nsub\n')
    expect(run('ls /d/a /d/sub', { files }).stdout).toBe('/d/a\n\n/d/sub:\nx\n')
  })

  it('shows sizes with -l', () => {
    expect(run('ls -l /d/b', { files }).stdout).toBe('-rw-r--r--    1 root     root             2 Jan  3 01:46 /d/b\n')
  })
})

describe('tee', () => {
  it('copies stdin to stdout and files', () => {
    expect(run('echo x | tee /f; echo y | tee -a /f >/dev/null; cat /f').stdout).toBe('x\nx\ny\n')
  })
})
